#!/usr/bin/env bash
# Inventory page benchmark (issue 7): the replenishment sheet of a 5,000-SKU store computed once (the background
# job), then the stock and plans pages, the xlsx and the REST API reading the stored sheet. Prints the times; record
# them in docs/benchmarks.md. Run it on an otherwise idle machine.
# Usage: bench/run-inventory-page-benchmark.sh [skus]
set -euo pipefail
cd "$(dirname "$0")/.."
SKUS="${1:-5000}"
./mvnw -B -q test -Dtest=InventoryPageBenchmark -Dbench.excluded=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dbench.argLine="-Xmx1g -Dbench.skus=${SKUS}" > target/bench-inventory-page.log 2>&1 \
  || { tail -40 target/bench-inventory-page.log; exit 1; }
grep -h '^bench:' target/surefire-reports/*InventoryPageBenchmark-output.txt
