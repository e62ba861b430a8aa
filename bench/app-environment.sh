# Sourced by the bench/ scripts: the environment the application
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

# find_jdk prints the home of a JDK >= 21 (JAVA_HOME when it is one, else the newest under
# /usr/lib/jvm), the machine's default java being possibly older.
find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort -r); do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/jstat" ] &&
       [ "$("$candidate/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "no JDK >= 21 found (set JAVA_HOME)" >&2
  return 1
}
