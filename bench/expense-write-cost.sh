#!/usr/bin/env bash
# What the expense_month_totals triggers (migration V6_4, docs/decisions/0017) add to a write:
# single-row inserts into expenses with pgbench, one client, with the triggers enabled and disabled
# in turn (ROUNDS times each, DURATION seconds each), on a copy of the load benchmark's database.
#
#   bench/expense-load.sh             # once, to create coffer_bench_load (any USERS/PER_USER)
#   bench/expense-write-cost.sh       # ROUNDS=3 DURATION=10
#
# Needs: Postgres on 127.0.0.1:5432 (trust auth), pgbench. Uses database coffer_bench_write (re-created).
set -euo pipefail
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
SOURCE=coffer_bench_load
DB=coffer_bench_write
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d postgres "$@"; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$DB" "$@"; }

psql_admin -c "drop database if exists $DB" -c "create database $DB template $SOURCE"
user=$(psql_db -Atc "select id from users order by id limit 1")
category=$(psql_db -Atc "select id from categories where user_id = '$user' order by id limit 1")
script=$(mktemp)
trap 'rm -f "$script"; psql_admin -c "drop database if exists $DB"' EXIT
cat >"$script" <<SQL
insert into expenses (id, user_id, amount, currency, date, category_id)
values (gen_random_uuid(), '$user', 12.34, 'USD', current_date - (random() * 700)::int, '$category');
SQL

run() {
  pgbench -h 127.0.0.1 -U postgres -n -c 1 -T "$DURATION" -f "$script" "$DB" 2>/dev/null \
    | awk -v label="$1" '/latency average/ {latency = $4} /^tps/ {tps = $3} END {printf "%-9s latency %s ms  %s inserts/s\n", label, latency, tps}'
}
for ((round = 1; round <= ROUNDS; round++)); do
  psql_db -c "alter table expenses enable trigger user"
  run "triggers"
  psql_db -c "alter table expenses disable trigger user"
  run "none"
done
