#!/usr/bin/env bash
# Start-up time and memory of the native executable and of the JVM jar, as docs/performance.md
# reports them: time from exec to the first 200 from /q/health/ready (median of RUNS runs), RSS
# after REQUESTS requests (/q/health/live, /api/v1/currencies, /q/health/ready in turn),
# artifact size and, with BUILD=1, build times.
#
#   bench/startup.sh                 # measures target/*-runner and target/quarkus-app as built
#   BUILD=1 bench/startup.sh         # builds both first (native ~5-8 min) and times the builds
#
# Modes: native (target/*-runner), jvm (java -jar target/quarkus-app/quarkus-run.jar) and jvm-aot
# (the same with -XX:AOTCache=target/quarkus-app/app.aot, JDK 25's ahead-of-time cache). BUILD=1
# makes the JVM build with -Dquarkus.package.jar.aot.enabled=true and runs the *IT tests, which
# serve as the training run that records app.aot; they need Postgres and Redis as for
# ./mvnw verify (pass -Dcoffer.local.db-url=... through MAVEN_ARGS to choose the database).
#
# Settings (environment): RUNS=5 REQUESTS=1000 PORT=18089 MODES="native jvm jvm-aot"
#   BENCH_JAVA_OPTS="-XX:MaxRAM=512m" (JVM options, e.g. to size the JVM as in a 512 MiB container)
#   BENCH_DATABASE_URL=postgres://127.0.0.1:5432/test  BENCH_REDIS_URL=redis://127.0.0.1:6379/15
# Postgres and Redis on the same machine; loopback traffic only. Results also go to bench/results/.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

runs="${RUNS:-5}"
requests="${REQUESTS:-1000}"
port="${PORT:-18089}"
modes="${MODES:-native jvm jvm-aot}"
read -r -a java_opts <<< "${BENCH_JAVA_OPTS:-}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$repo/bench/results/startup-$stamp"
mkdir -p "$results"

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
java_cmd=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [[ -n "$candidate" && -x "$candidate/bin/java" ]] && (( $(java_major "$candidate/bin/java") >= 21 )); then
    java_cmd="$candidate/bin/java"
    break
  fi
done
[[ -n "$java_cmd" ]] || { echo "startup.sh: no JDK >= 21 found (set JAVA_HOME)" >&2; exit 2; }

if [[ "${BUILD:-0}" == 1 ]]; then
  graalvm_home="$(bin/graalvm-home)"
  # Native first: the native profile does not produce the jar, the JVM package afterwards does.
  start=$(date +%s.%N)
  ./mvnw -B package -Pnative -DskipTests "-Dquarkus.native.graalvm-home=$graalvm_home" > "$results/build-native.log" 2>&1
  native_build_seconds=$(echo "$(date +%s.%N) - $start" | bc)
  start=$(date +%s.%N)
  ./mvnw -B verify -Dquarkus.package.jar.aot.enabled=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    > "$results/build-jvm.log" 2>&1
  jvm_build_with_aot_training_seconds=$(echo "$(date +%s.%N) - $start" | bc)
  printf '{"native_build_seconds": %.0f, "jvm_build_with_aot_training_seconds": %.0f}\n' "$native_build_seconds" "$jvm_build_with_aot_training_seconds" \
    | tee "$results/build-times.json"
fi

source bench/app-environment.sh
export_app_environment "$results"

for mode in $modes; do
  case "$mode" in
    native)
      runner=$(ls target/*-runner 2>/dev/null | head -n 1)
      [[ -n "$runner" ]] || { echo "startup.sh: no target/*-runner; build it (BUILD=1)" >&2; exit 2; }
      command=("$runner")
      size_bytes=$(stat -c %s "$runner")
      ;;
    jvm)
      [[ -f target/quarkus-app/quarkus-run.jar ]] || { echo "startup.sh: no target/quarkus-app; build it (BUILD=1)" >&2; exit 2; }
      command=("$java_cmd" "${java_opts[@]}" -jar target/quarkus-app/quarkus-run.jar)
      size_bytes=$(du -sb --exclude='*.aot' --exclude='*.jsa' target/quarkus-app | cut -f1)
      ;;
    jvm-aot)
      [[ -f target/quarkus-app/app.aot ]] || { echo "startup.sh: no target/quarkus-app/app.aot; build it (BUILD=1)" >&2; exit 2; }
      command=("$java_cmd" "${java_opts[@]}" -XX:AOTCache=target/quarkus-app/app.aot -jar target/quarkus-app/quarkus-run.jar)
      size_bytes=$(du -sb --exclude='*.aot' --exclude='*.jsa' target/quarkus-app | cut -f1)
      ;;
    *) echo "startup.sh: unknown mode $mode" >&2; exit 2 ;;
  esac
  echo "startup.sh: $mode: ${command[*]} (${runs} runs, ${requests} requests each)" >&2
  python3 bench/startup.py --name "$mode" --port "$port" --runs "$runs" --requests "$requests" \
    --log-dir "$results" -- "${command[@]}" \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); d["artifact_bytes"]=int(sys.argv[1]); print(json.dumps(d))' "$size_bytes" \
    | tee "$results/$mode.json"
done

echo "startup.sh: results in $results" >&2
