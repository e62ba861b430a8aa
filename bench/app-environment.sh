# Sourced by bench/startup.sh and bench/startup-instructions.sh: the environment the application
# is started with, as a platform would start it.
#
# export_app_environment DIR writes throw-away JWT signing keys into DIR and exports them with
# DATABASE_URL, REDIS_URL and PORT, taken from BENCH_DATABASE_URL, BENCH_REDIS_URL and PORT
# (defaults: database test and Redis database 15 on the local ports, port 18089).
export_app_environment() {
  local dir=$1
  # Throw-away signing keys, so that a build which insists on JWT keys starts as in production.
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private.pem" 2>/dev/null
  openssl pkey -in "$dir/jwt-private.pem" -pubout -out "$dir/jwt-public.pem"
  export DATABASE_URL="${BENCH_DATABASE_URL:-postgres://127.0.0.1:5432/test}"
  export REDIS_URL="${BENCH_REDIS_URL:-redis://127.0.0.1:6379/15}"
  export PORT="${PORT:-18089}"
  JWT_PRIVATE_KEY="$(cat "$dir/jwt-private.pem")"
  JWT_PUBLIC_KEY="$(cat "$dir/jwt-public.pem")"
  export JWT_PRIVATE_KEY JWT_PUBLIC_KEY
}
