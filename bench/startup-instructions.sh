#!/usr/bin/env bash
# Instructions the native executable runs to start, counted by valgrind's callgrind. Unlike
# wall-clock time on the 2-core build machine, the count repeats within a few per cent whatever else
# the machine is doing, so two builds can be compared one after the other.
#
#   bench/startup-instructions.sh                      # target/*-runner
#   bench/startup-instructions.sh path/to/runner ...   # several executables, one after the other
#
# The executable starts as bench/startup.sh starts it, with the start-up sync put off, and is
# stopped after RUN_SECONDS. Under valgrind it takes 12-45 s to "started" here; a stop asked for
# earlier takes effect once start-up is done. The count covers start-up, any idle time left and
# shutdown. Built with -H:-DeleteLocalSymbols in quarkus.native.additional-build-args, the phases
# are listed too (function names are needed).
#
# Settings (environment): RUN_SECONDS=25 PORT=18089
#   BENCH_DATABASE_URL=postgres://127.0.0.1:5432/test  BENCH_REDIS_URL=redis://127.0.0.1:6379/15
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
command -v valgrind >/dev/null || { echo "startup-instructions.sh: valgrind is not installed" >&2; exit 2; }

run_seconds="${RUN_SECONDS:-25}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$repo/bench/results/instructions-$stamp"
mkdir -p "$results"

if (( $# == 0 )); then
  runner=$(ls target/*-runner 2>/dev/null | head -n 1)
  [[ -n "$runner" ]] || { echo "startup-instructions.sh: no target/*-runner; build it (./mvnw package -Pnative)" >&2; exit 2; }
  set -- "$runner"
fi

source bench/app-environment.sh
export_app_environment "$results"
export COFFER_SYNC_STARTUP_DELAY=PT1H

# Inclusive counts of the start-up phases, by the function that runs each.
phases='ApplicationImpl_doStart|Config_runtimeConfig|DefaultValuesConfigSource_getValue|GCImpl_collectOperation'
phases+='|OpenApiDocumentService_prepareDocument|FlywayRecorder_doStartActions|FastBootEntityManagerFactoryBuilder_build'
phases+='|MicrometerRecorder_configureRegistries'

for runner in "$@"; do
  name=$(basename "$runner")
  out="$results/$name.callgrind"
  timeout -s INT "$run_seconds" valgrind --tool=callgrind --callgrind-out-file="$out" "$runner" > "$out.log" 2>&1 || true
  started=$(grep -o 'started in [0-9.]*s' "$out.log" || echo "did not start")
  total=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out.log" | tail -n 1)
  [[ -n "$total" ]] || { echo "startup-instructions.sh: no count for $runner (see $out.log)" >&2; exit 1; }
  printf '%s: %s instructions (%s under valgrind)\n' "$runner" "$total" "$started" | tee -a "$results/summary.txt"
  callgrind_annotate --inclusive=yes "$out" 2>/dev/null | grep -E "$phases" \
    | sed -E 's/_[A-Za-z0-9]{20,}//; s/ \[[^]]*\]//; s/\?\?\?://' | tee -a "$results/summary.txt" || true
done
echo "startup-instructions.sh: results in $results"
