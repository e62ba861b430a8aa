#!/usr/bin/env bash
# CSV import and export benchmark: generates a file of ROWS short expense rows (100,000 by default,
# about 6 MiB), starts the packaged jar with a capped heap (-Xmx, HEAP=256m by default), registers a
# user, imports the file, then exports it again as CSV and as JSON. While each request runs, jstat
# samples the heap every 100 ms; the script prints the time of each request and the peak heap in use
# (young + old generation) and the peak of the old generation, next to the heap in use before it.
#
#   bench/import-heap.sh
#   ROWS=20000 HEAP=128m BENCH_DATABASE_URL=postgres://127.0.0.1:5432/mydb bench/import-heap.sh
#
# Database and Redis: BENCH_DATABASE_URL and BENCH_REDIS_URL (bench/app-environment.sh; the user and
# its expenses stay in that database). Needs: the jar (built if missing), openssl, python3, curl, a
# JDK >= 21 with jstat.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app-environment.sh

ROWS=${ROWS:-100000}
HEAP=${HEAP:-256m}
export PORT=${PORT:-18941}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

java_bin="$(find_jdk)/bin/java"
jstat_bin="$(dirname "$java_bin")/jstat"
command -v "$jstat_bin" >/dev/null || jstat_bin=jstat

work=$(mktemp -d)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export_app_environment "$work"
export COFFER_SYNC_ENABLED=false
# Repeated runs from this machine would otherwise meet the registration limit (20 an hour per address).
export COFFER_RATE_LIMIT_REGISTER_PER_IP_PER_HOUR=100000

# Short rows, every one distinct (the description carries its number), so that all are imported:
# dates over two years, four currencies, 12 categories of which 2 the account does not have yet,
# a tag on every third row.
python3 - "$work/expenses.csv" "$ROWS" <<'PY'
import datetime, random, sys
path, rows = sys.argv[1], int(sys.argv[2])
random.seed(42)
categories = ["Food & Dining", "Transport", "Housing", "Utilities", "Health", "Entertainment", "Shopping",
              "Travel", "Education", "Other", "Garden", "Pets"]
currencies = ["USD", "USD", "USD", "EUR", "GBP", "JPY"]
start = datetime.date.today() - datetime.timedelta(days=730)
with open(path, "w") as f:
    f.write("date,amount,currency,category,description,merchant,notes,tags,payment_method\n")
    for i in range(rows):
        currency = random.choice(currencies)
        amount = str(random.randint(100, 99999)) if currency == "JPY" else "%d.%02d" % (random.randint(1, 500), random.randint(0, 99))
        day = start + datetime.timedelta(days=random.randint(0, 729))
        tags = "bench" if i % 3 == 0 else ""
        f.write("%s,%s,%s,%s,Item %d,,,%s,\n" % (day, amount, currency, random.choice(categories), i, tags))
PY
size=$(wc -c < "$work/expenses.csv")
echo "file: $ROWS rows, $size bytes"

"$java_bin" -Xmx"$HEAP" -jar "$JAR" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -sf "localhost:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "localhost:$PORT/q/health/ready" >/dev/null || { echo "the application did not start:"; tail -n 30 "$work/app.log"; exit 1; }

email="bench-import-$(date +%s)-$$@bench.test"
registered=$(curl -s -XPOST "localhost:$PORT/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"correct horse battery\"}" -w ' %{http_code}')
[ "${registered##* }" = 201 ] || { echo "registration failed: $registered"; exit 1; }
token=$(curl -sf -XPOST "localhost:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"correct horse battery\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

# Heap in use (S0U+S1U+EU+OU) and old generation in use (OU), in MiB, sampled while "$@" runs.
measure() {
  local label=$1; shift
  local before
  before=$("$jstat_bin" -gc "$app_pid" | awk 'NR==2 {printf "%.0f", ($3+$4+$6+$8)/1024}')
  "$jstat_bin" -gc "$app_pid" 100 > "$work/jstat-$label.txt" &
  local jstat_pid=$!
  local started ended
  started=$(date +%s.%N)
  "$@" > "$work/out-$label"
  ended=$(date +%s.%N)
  kill "$jstat_pid" 2>/dev/null; wait "$jstat_pid" 2>/dev/null || true
  awk -v label="$label" -v before="$before" -v started="$started" -v ended="$ended" '
    BEGIN { peak = before }
    $1 ~ /^[0-9.]+$/ { used = ($3+$4+$6+$8)/1024; old = $8/1024; if (used > peak) peak = used; if (old > oldpeak) oldpeak = old }
    END { printf "%-12s %7.1f s   heap in use before %4d MiB, peak %4.0f MiB, old generation peak %4.0f MiB\n", label, ended - started, before, peak, oldpeak }
  ' "$work/jstat-$label.txt"
}

measure import curl -sf -XPOST "localhost:$PORT/api/v1/expenses/import" -H "Authorization: Bearer $token" \
  -H 'Content-Type: text/csv' --data-binary @"$work/expenses.csv"
echo "answer: $(head -c 200 "$work/out-import")"
measure export-csv curl -sf "localhost:$PORT/api/v1/expenses/export" -H "Authorization: Bearer $token"
echo "csv export: $(wc -l < "$work/out-export-csv") lines, $(wc -c < "$work/out-export-csv") bytes"
measure export-json curl -sf "localhost:$PORT/api/v1/expenses/export?format=json" -H "Authorization: Bearer $token"
echo "json export: $(wc -c < "$work/out-export-json") bytes"
measure reimport curl -sf -XPOST "localhost:$PORT/api/v1/expenses/import" -H "Authorization: Bearer $token" \
  -H 'Content-Type: text/csv' --data-binary @"$work/out-export-csv"
echo "answer: $(head -c 200 "$work/out-reimport")"
