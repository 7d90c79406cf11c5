#!/usr/bin/env bash
# Profit benchmark (issue 6): profit by ASIN for a year of a 5,000-SKU store, generated in SQL into the embedded
# PostgreSQL of the test suite (the simulator stops at 2,000 SKUs). Prints the generation, the rollup computation and
# the query times with PostgreSQL's plan; record them in docs/benchmarks.md. Run it on an otherwise idle machine.
# Usage: bench/run-profit-benchmark.sh [skus] [days]
set -euo pipefail
cd "$(dirname "$0")/.."
SKUS="${1:-5000}"
DAYS="${2:-365}"
./mvnw -B -q test -Dtest=ProfitBenchmark -Dbench.excluded=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dbench.argLine="-Xmx1g -Dbench.skus=${SKUS} -Dbench.days=${DAYS}" > target/bench-profit.log 2>&1 \
  || { tail -40 target/bench-profit.log; exit 1; }
grep -h '^bench:' target/surefire-reports/*ProfitBenchmark-output.txt
