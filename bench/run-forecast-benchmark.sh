#!/usr/bin/env bash
# Forecast and replenishment benchmarks (issue 7): accuracy on the UCI online retail and carparts data against the
# reference run of R's forecast package, forecasting and planning 5,000 synthetic SKUs, and the replenishment
# replay on the UCI demand at several settings. Needs ../shared/data for the first and the last. Prints figures;
# record them in docs/benchmarks.md. Run it on an otherwise idle machine.
# Usage: bench/run-forecast-benchmark.sh [accuracy|speed|replay ...]   (default: all three)
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A CLASSES=([accuracy]=ForecastBenchmark [speed]=ReplenishmentSpeedBenchmark [replay]=ReplenishmentReplayBenchmark)
WHICH=("${@:-accuracy speed replay}")
TESTS=()
for name in ${WHICH[@]}; do
  [[ -n "${CLASSES[$name]:-}" ]] || { echo "unknown benchmark '$name' (accuracy, speed, replay)" >&2; exit 2; }
  TESTS+=("${CLASSES[$name]}")
done
IFS=, ; LIST="${TESTS[*]}"; unset IFS
./mvnw -B -q test -Dtest="$LIST" -Dbench.excluded=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dbench.argLine="${BENCH_EXTRA:-}" > target/forecast-bench.log 2>&1 \
  || { tail -40 target/forecast-bench.log; exit 1; }
for class in "${TESTS[@]}"; do
  grep -h '^bench:' "target/surefire-reports/dev.bosun.bench.${class}-output.txt"
done
