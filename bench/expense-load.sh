#!/usr/bin/env bash
# Expense load benchmark (docs/performance.md, "Expense list and create under load", and
# "Analytics and budget status of a large account").
#
# Seeds the data set of the quality bars: USERS users x PER_USER expenses over 24 months, in four
# currencies (USD, the users' base, and EUR, GBP, JPY converted at seeded daily rates), ten
# categories and two payment methods per user, tags on some, and four budgets per user (all spending
# monthly in USD with rollover, one category monthly in EUR, all spending weekly in GBP and yearly in
# USD). The first user registers through the
# API; the others are copies of it made in SQL (same password hash, their own categories), so seeding
# a million rows takes about a minute. Every user then signs in through the API and the packaged jar
# is loaded with wrk, each request as a random one of those users:
#   list:   GET /api/v1/expenses?size=50 with two filters (category_id and start_date)
#   create: POST /api/v1/expenses (random amount, currency, category and date)
#   monthly: GET /api/v1/analytics/monthly/{year}/{month}, a random one of the last 12 months (after
#           the warm-up, every answer comes from the analytics cache in Redis)
#   status: GET /api/v1/budgets/status?date= a random day of the last 12 months (not cached)
#   trends: GET /api/v1/analytics/trends?months=12
#   forecast: GET /api/v1/analytics/forecast?months=6
#   insights: GET /api/v1/analytics/insights?date= for each of the last FRESH_SAMPLES days once, timed
#           with curl: every answer is computed (a date not read before is not cached); prints p50/p95/p99.
# WARMUP seconds of load first (not reported), then DURATION measured seconds; prints req/s,
# p50/p95/p99 and every error wrk saw (non-2xx included).
#   monthly-fresh: FRESH_SAMPLES times, one expense created in the current month, then
#           GET /api/v1/analytics/monthly of that month timed with curl: every read follows a write,
#           so it is computed from Postgres (the cache answer was invalidated); prints p50/p95/p99.
#
#   bench/expense-load.sh
#   USERS=100 PER_USER=100 WARMUP=5 DURATION=5 bench/expense-load.sh    # a quick look
#   SCENARIOS=list bench/expense-load.sh
#   SEED=0 bench/expense-load.sh     # reuse the data set of the previous run
#   USERS=1 PER_USER=50000 CONNECTIONS=1 THREADS=1 WARMUP=10 DURATION=30 \
#     SCENARIOS="monthly monthly-fresh status" bench/expense-load.sh    # one large account, one client
#
# Needs: the jar (built if missing), Postgres and Redis on their default local ports, wrk
# (apt-get install wrk), curl, openssl. Uses database coffer_bench_load (re-created) and Redis
# database 14.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/app-environment.sh

USERS=${USERS:-1000}
PER_USER=${PER_USER:-1000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-60}
DURATION=${DURATION:-30}
SCENARIOS=${SCENARIOS:-list create}
SEED=${SEED:-1}
FRESH_SAMPLES=${FRESH_SAMPLES:-200}
JAVA_OPTS=${JAVA_OPTS:-}
DB=coffer_bench_load
export PORT=${PORT:-18931}
export BENCH_DATABASE_URL="postgres://127.0.0.1:5432/$DB"
export BENCH_REDIS_URL="redis://127.0.0.1:6379/14"
JAR=target/quarkus-app/quarkus-run.jar
PASSWORD="bench password 1"
base="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "expense-load.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

java_bin="$(find_jdk)/bin/java"

work=$(mktemp -d)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$DB" "$@"; }

if [ "$SEED" = 1 ]; then
  psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi
redis-cli -n 14 flushdb >/dev/null

export_app_environment "$work"
# Sign-in limits and the token lifetime sized for one sign-in per user, then minutes of load.
export COFFER_RATE_LIMIT_LOGIN_PER_IP_PER_MINUTE=1000000
export COFFER_RATE_LIMIT_FAILED_LOGIN_PER_IP_PER_MINUTE=1000000
export COFFER_RATE_LIMIT_REGISTER_PER_IP_PER_HOUR=1000000
export COFFER_AUTH_ACCESS_TOKEN_TTL=2H
export COFFER_SYNC_ENABLED=false
# shellcheck disable=SC2086
"$java_bin" $JAVA_OPTS -jar "$JAR" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$base/q/health/ready" >/dev/null

seed() {
echo "seeding $USERS users x $PER_USER expenses ..."
seed_started=$(date +%s)
curl -fs -XPOST "$base/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench-1@bench.coffer.test\",\"password\":\"$PASSWORD\",\"base_currency\":\"USD\"}" >/dev/null

psql_db -v users="$USERS" -v per_user="$PER_USER" <<'SQL'
-- Users 2..N: copies of the registered one (same password hash), each with copies of its categories.
insert into users (id, email, password_hash, base_currency, timezone)
select gen_random_uuid(), 'bench-' || n || '@bench.coffer.test', t.password_hash, 'USD', 'UTC'
  from users t, generate_series(2, :users) n
 where t.email = 'bench-1@bench.coffer.test';

insert into categories (id, user_id, name, color, icon)
select gen_random_uuid(), u.id, c.name, c.color, c.icon
  from users u
 cross join categories c
  join users t on t.id = c.user_id and t.email = 'bench-1@bench.coffer.test'
 where u.id <> t.id;

insert into payment_methods (id, user_id, name, type, last4)
select gen_random_uuid(), u.id, p.name, p.type, p.last4
  from users u
 cross join (values ('Cash', 'cash', null), ('Visa', 'credit_card', '4242')) p (name, type, last4);

-- Daily euro rates on weekdays for 25 months, drifting: EUR->USD, EUR->GBP, EUR->JPY.
insert into exchange_rates (rate_date, base, quote, rate, source, fetched_at)
select d::date, 'EUR', q.quote, round(q.rate * (1 + 0.02 * cast(sin(extract(epoch from d) / 864000) as numeric)), q.digits),
       'ECB', now()
  from generate_series(current_date - interval '760 days', current_date, interval '1 day') d
 cross join (values ('USD', 1.0850, 4), ('GBP', 0.8520, 5), ('JPY', 162.30, 2)) q (quote, rate, digits)
 where extract(isodow from d) < 6;

-- Expenses: PER_USER per user over the last 730 days; 70 % USD, 15 % EUR, 10 % GBP, 5 % JPY.
create temporary table seed_categories as
select user_id, array_agg(id order by name) ids from categories group by user_id;
create temporary table seed_methods as
select user_id, array_agg(id order by name) ids from payment_methods group by user_id;

insert into expenses (id, user_id, amount, currency, date, category_id, payment_method_id,
                      description, merchant, notes, tags, created_at, updated_at)
select gen_random_uuid(), s.user_id,
       case when s.currency = 'JPY' then round(s.units * 150) else round(s.units, 2) end,
       s.currency, s.date, s.category_id, s.payment_method_id,
       (array['Groceries', 'Coffee', 'Lunch', 'Train ticket', 'Rent', 'Electricity', 'Cinema',
              'Books', 'Pharmacy', 'Taxi'])[1 + s.n % 10],
       (array['Corner Shop', 'Cafe Nero', 'Metro', 'City Power', null])[1 + s.n % 5],
       case when s.n % 7 = 0 then 'paid in two parts' end,
       case when s.n % 4 = 0 then array['work'] when s.n % 9 = 0 then array['family', 'weekend']
            else '{}' end,
       now() - (s.n || ' minutes')::interval, now()
  from (select c.user_id, n,
               current_date - (random() * 730)::int as date,
               (1 + random() * 120)::numeric as units,
               case when r < 0.70 then 'USD' when r < 0.85 then 'EUR' when r < 0.95 then 'GBP' else 'JPY' end
                 as currency,
               c.ids[1 + (random() * 9)::int] as category_id,
               case when random() < 0.5 then m.ids[1 + (random())::int] end as payment_method_id
          from seed_categories c
          join seed_methods m using (user_id)
         cross join lateral (select n, random() r from generate_series(1, :per_user) n) g) s;

-- The stored conversion into USD (docs/expenses.md): the latest weekday rate on or before the date.
update expenses e
   set converted_amount = case when e.currency = 'USD' then e.amount
                               else expense_convert_half_even(e.amount, d.rate_to, d.rate_from, 2) end,
       converted_currency = 'USD',
       rate = case when e.currency = 'USD' then 1 else d.rate_to / d.rate_from end,
       rate_date = case when e.currency = 'USD' then e.date else d.day end,
       rate_source = case when e.currency = 'USD' then 'identity' else 'ECB' end
  from (select x.id, t.rate_date as day, t.rate as rate_to, coalesce(f.rate, 1) as rate_from
          from expenses x
          join exchange_rates t
            on t.base = 'EUR' and t.quote = 'USD'
           and t.rate_date = x.date - case extract(isodow from x.date) when 6 then 1 when 7 then 2 else 0 end
          left join exchange_rates f on f.base = 'EUR' and f.quote = x.currency and f.rate_date = t.rate_date) d
 where e.id = d.id;

insert into budgets (id, user_id, name, category_id, amount, currency, period, start_date, rollover)
select gen_random_uuid(), c.user_id, b.name, case when b.per_category then c.ids[1] end, b.amount, b.currency,
       b.period, current_date - 800, b.rollover
  from seed_categories c
 cross join (values ('Everything', false, 3000, 'USD', 'monthly', true),
                    ('First category', true, 400, 'EUR', 'monthly', false),
                    ('Week', false, 700, 'GBP', 'weekly', false),
                    ('Year', false, 36000, 'USD', 'yearly', false))
       b (name, per_category, amount, currency, period, rollover);

vacuum analyze;
SQL
echo "seeded in $(( $(date +%s) - seed_started )) s: $(psql_db -Atc 'select count(*) from expenses') expenses"
}
[ "$SEED" = 1 ] && seed

# One sign-in per user: "token category_id" per line, the category being one with expenses.
psql_db -Atc "select u.email, c.ids[1] from users u join (select user_id, array_agg(id order by name) ids
              from categories group by user_id) c on c.user_id = u.id" >"$work/users.txt"
sign_in() {
  local email=$1 category=$2 token
  token=$(curl -fs -XPOST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  echo "$token $category"
}
export -f sign_in
export base PASSWORD
tr '|' ' ' <"$work/users.txt" | xargs -P 4 -n 2 bash -c 'sign_in "$0" "$1"' >"$work/tokens.txt"
echo "signed in $(wc -l <"$work/tokens.txt") users"

since=$(date -d '-12 months' +%F)
today=$(date +%F)
cat >"$work/load.lua" <<LUA
local users = {}
local scenario
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
function init(args)
  scenario = args[1]
  for line in io.lines("$work/tokens.txt") do
    local token, category = line:match("^(%S+) (%S+)$")
    users[#users + 1] = { token = token, category = category }
  end
  math.randomseed(os.time() * 100 + id)
end
local currencies = { "USD", "USD", "USD", "EUR", "GBP" }
function request()
  local user = users[math.random(#users)]
  local headers = { ["Authorization"] = "Bearer " .. user.token }
  if scenario == "create" then
    headers["Content-Type"] = "application/json"
    local body = string.format(
      '{"amount":"%d.%02d","currency":"%s","date":"$today","category_id":"%s","description":"Load test","tags":["bench"]}',
      math.random(1, 200), math.random(0, 99), currencies[math.random(#currencies)], user.category)
    return wrk.format("POST", "/api/v1/expenses", headers, body)
  end
  if scenario == "monthly" then
    local back = math.random(0, 11)
    local year, month = $(date +%Y), $(date +%-m) - back
    if month < 1 then year, month = year - 1, month + 12 end
    return wrk.format("GET", string.format("/api/v1/analytics/monthly/%d/%d", year, month), headers)
  end
  if scenario == "trends" then
    return wrk.format("GET", "/api/v1/analytics/trends?months=12", headers)
  end
  if scenario == "forecast" then
    return wrk.format("GET", "/api/v1/analytics/forecast?months=6", headers)
  end
  if scenario == "status" then
    local day = os.date("!%Y-%m-%d", os.time() - math.random(0, 364) * 86400)
    return wrk.format("GET", "/api/v1/budgets/status?date=" .. day, headers)
  end
  return wrk.format("GET", "/api/v1/expenses?size=50&category_id=" .. user.category .. "&start_date=$since", headers)
end
function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT %8.0f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  requests %d  errors %d (non-2xx %d, timeout %d, connect %d, read %d, write %d)\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors.status + errors.timeout + errors.connect + errors.read + errors.write,
    errors.status, errors.timeout, errors.connect, errors.read, errors.write))
end
LUA

# Reads that each follow a write of the same month: the analytics answer is computed afresh.
monthly_fresh() {
  local token category i
  read -r token category <"$work/tokens.txt"
  for i in $(seq 1 "$FRESH_SAMPLES"); do
    curl -fs -o /dev/null -XPOST "$base/api/v1/expenses" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' \
      -d "{\"amount\":\"$((i % 90 + 1)).50\",\"currency\":\"USD\",\"date\":\"$today\",\"category_id\":\"$category\",\"description\":\"Fresh read\"}"
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
      "$base/api/v1/analytics/monthly/$(date +%Y)/$(date +%-m)"
  done | percentiles
}

# Seconds per line in, "RESULT p50 p95 p99" in milliseconds out.
percentiles() {
  sort -n | awk '{ t[NR] = $1 * 1000 } END {
    printf "RESULT  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  requests %d\n",
      t[int(NR * 0.50 + 0.5)], t[int(NR * 0.95 + 0.5)], t[int(NR * 0.99 + 0.5)], NR }'
}

# Each of the last FRESH_SAMPLES days once: no answer comes from the cache.
insights_computed() {
  local token category i
  read -r token category <"$work/tokens.txt"
  for i in $(seq 1 "$FRESH_SAMPLES"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
      "$base/api/v1/analytics/insights?date=$(date -d "-$i days" +%F)"
  done | percentiles
}

for scenario in $SCENARIOS; do
  if [ "$scenario" = monthly-fresh ]; then
    monthly_fresh | sed -n "s/^RESULT/$scenario/p"
    continue
  fi
  if [ "$scenario" = insights ]; then
    insights_computed | sed -n "s/^RESULT/$scenario/p"
    continue
  fi
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" -s "$work/load.lua" "$base" -- "$scenario" >/dev/null
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 5s -s "$work/load.lua" "$base" -- "$scenario" |
    sed -n "s/^RESULT/$(printf '%-6s' "$scenario")/p"
done
echo "data set: $(psql_db -Atc 'select count(*) from users') users, $(psql_db -Atc 'select count(*) from expenses') expenses"
