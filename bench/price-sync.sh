#!/usr/bin/env bash
# Price sync benchmark (docs/performance.md, "Price sync of 500 securities"): one run of the `prices`
# job over SECURITIES securities against a local fake Yahoo Finance, each catching up CATCH_UP_DAYS days.
#
# Seeds, in SQL, SECURITIES equities BENCH0001.. with one close CATCH_UP_DAYS days ago each (so the run
# asks from that day to today), serves them from bin/fake-providers (the captured AAPL chart under each
# symbol) with LATENCY_MS per request and a FAIL_SHARE of 429s and 500s in turn, starts the packaged
# jar as a platform would with the scheduled syncs off, triggers POST /api/v1/admin/sync/prices as an
# admin and polls /api/v1/admin/sync/runs?job=prices until the run finished. Prints the run's own
# wall time (started_at -> finished_at), rows written, status and error, the requests the fake served
# and the most it had in flight at once, and the configured concurrency and request budget.
#
#   bench/price-sync.sh
#   FAIL_SHARE=0.05 bench/price-sync.sh          # retries: 5 % of the chart requests fail once
#   CONCURRENCY=4 BUDGET=1000 LATENCY_MS=200 bench/price-sync.sh
#
# CONCURRENCY and BUDGET set coffer.market.yahoo.max-concurrency and coffer.sync.prices.request-budget;
# empty, the application's defaults hold (docs/market.md). BUDGET defaults to SECURITIES: the run is
# meant to reach every security (with the default of 200, 300 of them would wait for the next run).
#
# Held securities: the job syncs the securities someone holds (holding.HoldingSecurities), so the
# seed puts every one of them in one investment account of the bench's admin user.
#
# Needs: the jar (built if missing), Postgres and Redis on their default local ports, curl, openssl,
# python3. Uses database coffer_bench_prices (re-created) and Redis database 13; PORT (18941) for the
# application and PORT+1 for the fake.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/app-environment.sh

SECURITIES=${SECURITIES:-500}
CATCH_UP_DAYS=${CATCH_UP_DAYS:-10}
LATENCY_MS=${LATENCY_MS:-50}
FAIL_SHARE=${FAIL_SHARE:-0}
CONCURRENCY=${CONCURRENCY-}
BUDGET=${BUDGET-$SECURITIES}
JAVA_OPTS=${JAVA_OPTS:-}
DB=coffer_bench_prices
export PORT=${PORT:-18941}
FAKE_PORT=$((PORT + 1))
export BENCH_DATABASE_URL="postgres://127.0.0.1:5432/$DB"
export BENCH_REDIS_URL="redis://127.0.0.1:6379/13"
JAR=target/quarkus-app/quarkus-run.jar
ADMIN_EMAIL=bench-admin@bench.coffer.test
PASSWORD="bench password 1"
base="http://127.0.0.1:$PORT"
fake="http://127.0.0.1:$FAKE_PORT"

[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
java_bin="$(find_jdk)/bin/java"

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -d "$DB" "$@"; }
json() { python3 -c "import json, sys; data = json.load(sys.stdin); print($1)"; }

psql -X -q -h 127.0.0.1 -d postgres -c "drop database if exists $DB" -c "create database $DB"
redis-cli -n 13 flushdb >/dev/null

for n in $(seq 1 "$SECURITIES"); do printf 'BENCH%04d\n' "$n"; done >"$work/symbols.txt"
bin/fake-providers --quiet --symbols-file "$work/symbols.txt" --latency-ms "$LATENCY_MS" --fail-share "$FAIL_SHARE" \
  "$FAKE_PORT" >"$work/fake.env" 2>"$work/fake.log" &
pids+=($!)
for _ in $(seq 1 50); do [ "$(wc -l <"$work/fake.env")" -ge 5 ] && break; sleep 0.2; done
[ "$(wc -l <"$work/fake.env")" -ge 5 ] || { cat "$work/fake.log" >&2; exit 1; }

export_app_environment "$work"
set -a
. "$work/fake.env"
set +a
export COFFER_SYNC_ENABLED=false COFFER_LOG_JSON=false COFFER_ADMIN_EMAILS="$ADMIN_EMAIL"
[ -n "$CONCURRENCY" ] && export COFFER_MARKET_YAHOO_MAX_CONCURRENCY="$CONCURRENCY"
[ -n "$BUDGET" ] && export COFFER_SYNC_PRICES_REQUEST_BUDGET="$BUDGET"
# shellcheck disable=SC2086
"$java_bin" $JAVA_OPTS -jar "$JAR" >"$work/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$base/q/health/ready" >/dev/null

curl -fs -XPOST "$base/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$PASSWORD\"}" >/dev/null
admin=$(curl -fs -XPOST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$PASSWORD\"}" | json 'data["access_token"]')
bench_user=$(psql_db -Atc "select id from users where email = '$ADMIN_EMAIL'")

echo "seeding $SECURITIES securities, each with one close $CATCH_UP_DAYS days ago ..."
psql_db -v securities="$SECURITIES" -v catch_up="$CATCH_UP_DAYS" <<'SQL'
insert into securities (id, symbol, name, type, exchange, currency)
select gen_random_uuid(), 'BENCH' || lpad(n::text, 4, '0'), 'Bench security ' || n, 'equity', 'NMS', 'USD'
  from generate_series(1, :securities) n;

insert into security_prices (security_id, price_date, close, source, fetched_at)
select id, current_date - :catch_up, 100, 'yahoo', now() - (:catch_up || ' days')::interval
  from securities;
SQL
psql_db -v bench_user="$bench_user" <<'SQL'
insert into accounts (id, user_id, name, type, currency)
values (gen_random_uuid(), :'bench_user', 'Bench broker', 'investment', 'USD');

insert into holdings (id, user_id, account_id, security_id, quantity, cost_basis, cost_currency)
select gen_random_uuid(), a.user_id, a.id, s.id, 10, 1000, 'USD'
  from accounts a cross join securities s
 where a.user_id = :'bench_user' and s.symbol like 'BENCH%';
SQL
echo "held: $(psql_db -Atc 'select count(distinct security_id) from holdings') securities"
psql_db -c 'vacuum analyze securities, security_prices, holdings'

before=$(curl -fs "$fake/_fake/stats" | json 'data["requests"]')
run=$(curl -fs -XPOST "$base/api/v1/admin/sync/prices" -H "Authorization: Bearer $admin" | json 'data["id"]')
for _ in $(seq 1 600); do
  status=$(curl -fs "$base/api/v1/admin/sync/runs?job=prices&size=20" -H "Authorization: Bearer $admin" |
    json "next(r['status'] for r in data['items'] if r['id'] == '$run')")
  [ "$status" != running ] && break
  sleep 0.5
done
stats=$(curl -fs "$fake/_fake/stats")

row=$(psql_db -At -F ' ' -c "select round(extract(epoch from finished_at - started_at)::numeric, 2), items_written, status
                                from sync_runs where id = '$run'")
read -r seconds written status <<<"$row"
echo "run:         $seconds s (started_at -> finished_at), $written prices written, status $status"
error=$(psql_db -Atc "select coalesce(error, '') from sync_runs where id = '$run'")
[ -n "$error" ] && echo "error:       $error"
echo "fake Yahoo:  $(($(json 'data["requests"]' <<<"$stats") - before)) requests, peak $(json 'data["peak_in_flight"]' <<<"$stats") in flight," \
  "statuses $(json 'data["statuses"]' <<<"$stats"), latency $LATENCY_MS ms, failure share $FAIL_SHARE"
echo "configured:  max-concurrency ${CONCURRENCY:-default (2)}, request budget ${BUDGET:-default (200)}"
echo "data set:    $(psql_db -Atc "select count(*) from securities") securities," \
  "$(psql_db -Atc "select count(*) from security_prices") prices," \
  "$(psql_db -Atc "select count(*) from securities s where (select max(price_date) from security_prices p
                    where p.security_id = s.id) >= current_date - 7") caught up to the last week"
