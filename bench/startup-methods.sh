#!/usr/bin/env bash
# Records which methods the native executable runs to start and to answer common requests, and
# writes them to src/main/native-image/resources/dev/coffer/common/nativeimage/startup-methods.txt,
# the list StartupCodeLayoutFeature lays out first in the executable's code (docs/performance.md,
# "Code layout"). Re-run it after changes to what start-up or the common requests run; a stale
# list only leaves new methods among the rest, it never changes behaviour.
#
#   bench/startup-methods.sh                 # builds an executable with local symbols first (~5-8 min)
#   bench/startup-methods.sh path/to/runner  # an executable already built with -H:-DeleteLocalSymbols
#
# The executable runs under valgrind's callgrind, which sees every function that runs; symbol names
# are the methods' unique short names, which the feature matches. Needs valgrind, Postgres and
# Redis as for bench/startup.sh; PORT+1 serves the fake ECB. Settings (environment): PORT=18089
#   BENCH_DATABASE_URL=postgres://127.0.0.1:5432/test  BENCH_REDIS_URL=redis://127.0.0.1:6379/15
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
command -v valgrind >/dev/null || { echo "startup-methods.sh: valgrind is not installed" >&2; exit 2; }

list=src/main/native-image/resources/dev/coffer/common/nativeimage/startup-methods.txt
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$repo/bench/results/startup-methods-$stamp"
mkdir -p "$results"

if (( $# == 0 )); then
  echo "startup-methods.sh: building an executable with local symbols (log: $results/build.log)" >&2
  ./mvnw -B package -Pnative -DskipTests "-Dquarkus.native.graalvm-home=$(bin/graalvm-home)" \
    -Dquarkus.native.additional-build-args-append=-H:-DeleteLocalSymbols > "$results/build.log" 2>&1
  runner=$(ls target/*-runner | head -n 1)
else
  runner=$1
fi
nm --defined-only "$runner" | awk '$2 ~ /^[tT]$/ {print $3}' | LC_ALL=C sort -u > "$results/code-symbols.txt"
(( $(wc -l < "$results/code-symbols.txt") > 10000 )) \
  || { echo "startup-methods.sh: $runner has no local symbols; build it with -H:-DeleteLocalSymbols" >&2; exit 2; }

source bench/app-environment.sh
export_app_environment "$results"

# The catch-up sync that every serving instance runs shortly after start-up, against a local fake
# ECB serving the captured fixtures (the fallback provider points at a closed port). A database
# whose rates are older than 90 days asks for the full history: the 90-day file stands in for it.
fake_ecb_port=$((PORT + 1))
mkdir -p "$results/fake-ecb"
cp src/test/resources/fixtures/providers/ecb/eurofxref-daily.xml src/test/resources/fixtures/providers/ecb/eurofxref-hist-90d.xml "$results/fake-ecb/"
cp "$results/fake-ecb/eurofxref-hist-90d.xml" "$results/fake-ecb/eurofxref-hist.xml"
(cd "$results/fake-ecb" && exec python3 -m http.server "$fake_ecb_port" --bind 127.0.0.1) > "$results/fake-ecb.log" 2>&1 &
fake_ecb_pid=$!
export COFFER_FX_ECB_BASE_URL="http://127.0.0.1:$fake_ecb_port" COFFER_FX_FALLBACK_BASE_URL="http://127.0.0.1:9"
export COFFER_SYNC_STARTUP_DELAY=PT2S

valgrind --tool=callgrind --compress-strings=no --callgrind-out-file="$results/callgrind.out" "$runner" > "$results/app.log" 2>&1 &
valgrind_pid=$!
trap 'kill -TERM "$valgrind_pid" "$fake_ecb_pid" 2>/dev/null || true' EXIT

# What a client does first, and what a platform asks every few seconds: the probes, metrics,
# registration and sign-in, the user's profile, the currency list, rates and a conversion; then
# the catch-up sync, which starts 2 s after start-up here.
python3 - "$PORT" <<'PY'
import http.client, json, sys, time, uuid

sys.path.insert(0, "bench")
from startup import first_ready

port = int(sys.argv[1])
# Start-up under valgrind takes 10-60 s here.
if first_ready(port, time.monotonic() + 300) is None:
    sys.exit("startup-methods.sh: not ready within 300 s")

connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

def call(method, path, body=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    connection.request(method, path, json.dumps(body) if body is not None else None, headers)
    response = connection.getresponse()
    return response.status, response.read()

email = f"layout-{uuid.uuid4().hex[:12]}@example.com"
password = "correct horse battery staple"
for _ in range(3):
    for path in ("/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics", "/api/v1/currencies",
                 "/api/v1/exchange-rates/latest", "/api/v1/exchange-rates/latest?base=USD",
                 "/api/v1/exchange-rates/convert?from=USD&to=EUR&amount=12.50", "/api/v1/no-such-route"):
        call("GET", path)
call("POST", "/api/v1/auth/register", {"email": email, "password": password, "display_name": "Layout"})
call("POST", "/api/v1/auth/register", {"email": "not-an-email", "password": "x"})
status, body = call("POST", "/api/v1/auth/login", {"email": email, "password": password})
tokens = json.loads(body) if status == 200 else {}
access = tokens.get("access_token")
for _ in range(3):
    call("GET", "/api/v1/users/me", token=access)
    call("GET", "/api/v1/sync/status", token=access)
call("PATCH", "/api/v1/users/me", {"display_name": "Layout 2"}, token=access)
call("POST", "/api/v1/auth/refresh", {"refresh_token": tokens.get("refresh_token", "")})
call("POST", "/api/v1/auth/login", {"email": email, "password": "wrong password"})
print("startup-methods.sh: requests sent", file=sys.stderr)
PY

# The catch-up run logs one line when it ends (succeeded, partial or failed).
for _ in $(seq 1 300); do
  grep -q 'Sync job exchange-rates [a-z]* in' "$results/app.log" && break
  sleep 1
done
grep -o 'Sync job exchange-rates [a-z]* in [0-9]* ms' "$results/app.log" >&2 || echo "startup-methods.sh: the catch-up sync did not finish" >&2

kill -TERM "$valgrind_pid"
wait "$valgrind_pid" || true
kill "$fake_ecb_pid" 2>/dev/null || true
trap - EXIT

# Functions callgrind saw run: its fn= lines, one per function that ran (names uncompressed).
sed -n 's/^fn=//p' "$results/callgrind.out" | LC_ALL=C sort -u > "$results/executed.txt"
{
  echo "# Methods the native executable runs to start and to answer common requests, by unique short name"
  echo "# (its local symbol names). Generated by bench/startup-methods.sh; read by StartupCodeLayoutFeature."
  comm -12 "$results/executed.txt" "$results/code-symbols.txt"
} > "$list"
echo "startup-methods.sh: $(($(wc -l < "$list") - 2)) methods written to $list (run: $results)" >&2
