#!/usr/bin/env bash
# Exchange-rate back-fill benchmark: a fresh install catching up 90 days x 30 currencies from a
# local fake ECB (python's http.server on loopback serving generated files in the ECB format),
# run through the one-shot command of the packaged jar. Prints the sync run's own duration (from
# sync_runs) and the process wall time, median of RUNS runs, each against a new empty database.
#
#   bench/fx-backfill.sh            # RUNS=5 by default
#   RUNS=3 bench/fx-backfill.sh
#
# Needs: the jar (built if missing), Postgres and Redis on their default local ports, openssl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/app-environment.sh

RUNS=${RUNS:-5}
PORT=${PORT:-18931}
DB=coffer_bench_fx
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

java_bin="$(find_jdk)/bin/java"

work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# 90 calendar days of weekday cubes with the 30 currencies and rates of the ECB daily file of
# 2025-05-09 (src/test/resources/fixtures/providers/ecb/eurofxref-daily.xml), drifting
# a little each day so that every row differs.
python3 - "$work" <<'PY'
import datetime, sys, os
out = sys.argv[1]
base = {"USD": "1.1252", "JPY": "163.36", "BGN": "1.9558", "CZK": "24.946", "DKK": "7.4604", "GBP": "0.84770",
        "HUF": "404.90", "PLN": "4.2393", "RON": "5.1181", "SEK": "10.9200", "CHF": "0.9353", "ISK": "146.90",
        "NOK": "11.6725", "TRY": "43.5999", "AUD": "1.7572", "BRL": "6.3647", "CAD": "1.5658", "CNY": "8.1470",
        "HKD": "8.7519", "IDR": "18606.59", "ILS": "3.9928", "INR": "96.0755", "KRW": "1575.72", "MXN": "21.9473",
        "MYR": "4.8350", "NZD": "1.9095", "PHP": "62.413", "SGD": "1.4600", "THB": "37.132", "ZAR": "20.4835"}
today = datetime.date.today()
lines = []
for back in range(0, 91):
    day = today - datetime.timedelta(days=back)
    if day.weekday() >= 5:
        continue
    cubes = "".join('<Cube currency="%s" rate="%s"/>' % (code, round(float(rate) * (1 + back / 10000), 4))
                    for code, rate in base.items())
    lines.append('<Cube time="%s">%s</Cube>' % (day.isoformat(), cubes))
doc = ('<?xml version="1.0" encoding="UTF-8"?><gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
       'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref"><gesmes:subject>Reference rates</gesmes:subject>'
       '<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender><Cube>\n'
       + "\n".join(lines) + '\n</Cube></gesmes:Envelope>')
for name in ("eurofxref-hist-90d.xml", "eurofxref-hist.xml", "eurofxref-daily.xml"):
    with open(os.path.join(out, name), "w") as f:
        f.write(doc)
print("generated %d days x %d currencies" % (len(lines), len(base)))
PY

(cd "$work" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 >/dev/null 2>&1) &
server_pid=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/eurofxref-daily.xml" >/dev/null && break; sleep 0.1; done

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"

sync_seconds=()
wall_seconds=()
for run in $(seq 1 "$RUNS"); do
  psql -h 127.0.0.1 -q -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null 2>&1
  redis-cli -n 15 flushdb >/dev/null
  start=$(date +%s.%N)
  DATABASE_URL="postgres://127.0.0.1:5432/$DB" REDIS_URL="redis://127.0.0.1:6379/15" \
    JWT_PRIVATE_KEY="$(cat "$work/private.pem")" JWT_PUBLIC_KEY="$(cat "$work/public.pem")" \
    COFFER_FX_ECB_BASE_URL="http://127.0.0.1:$PORT" COFFER_FX_FALLBACK_BASE_URL="http://127.0.0.1:9" \
    COFFER_LOG_JSON=false "$java_bin" -jar "$JAR" sync exchange-rates >"$work/run.log" 2>&1 ||
    { echo "run $run failed:"; tail -20 "$work/run.log"; exit 1; }
  end=$(date +%s.%N)
  row=$(psql -h 127.0.0.1 -At -d "$DB" -c "select extract(epoch from finished_at - started_at), items_written, status from sync_runs order by started_at desc limit 1")
  echo "run $run: sync ${row%%|*} s, $(echo "$row" | cut -d'|' -f2) rates, $(echo "$row" | cut -d'|' -f3); process $(echo "$end - $start" | bc) s"
  sync_seconds+=("${row%%|*}")
  wall_seconds+=("$(echo "$end - $start" | bc)")
done
psql -h 127.0.0.1 -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median of $RUNS: sync run $(median "${sync_seconds[@]}") s (bar: <= 3 s), whole one-shot process $(median "${wall_seconds[@]}") s"
