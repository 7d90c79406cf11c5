#!/usr/bin/env bash
# Daily review speed benchmark (issue 5): the review of a 5,000-SKU store selling in US and DE with 400 days of
# history, goal ≤ 10 s on 2 cores. Test class dev.bosun.workflow.quality.ReviewBenchmark (tag "bench", never part of
# the build's tests). The store is three simulated stores of different brands (the simulator made at most 2,000
# SKUs a store when this was written; it now makes 10,000) imported into two seller accounts of the embedded
# database in BOSUN_DATA_DIR, which keeps them for the next run. Only the reports the review reads are imported.
#
# Usage: bench/run-review-benchmark.sh [all|load|review]   (BENCH_EXTRA="-Dbench.stores=1" loads one store;
#        BENCH_XMX=4g a smaller heap when other builds share the memory; BENCH_EXTRA="-Dspring.flyway.out-of-order=true"
#        when a migration numbered below one already applied to the kept database arrived since the load)
#   load    simulate (unless BENCH_DIR/store-N/manifest.json exists) and import; ~9 GB of files a 2,000-SKU store
#           (settlements and ads files other than the advertised product, campaign, search term and targeting
#           reports and the bulk sheet may be deleted: not imported; a store folder may go once imported),
#           about 20 minutes of import on 2 cores
#   review  time DailyReview.run per account (three rounds) and each rule alone
#   all     both (default)
# Figures: target/review-benchmark.txt (appended), full log target/review-bench.log. Record them in
# docs/benchmarks.md. Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
PHASE="${1:-all}"
BENCH_DIR="${BENCH_DIR:-/tmp/review-bench}"
export BOSUN_DATA_DIR="${BOSUN_DATA_DIR:-$BENCH_DIR/data}"
mkdir -p target "$BENCH_DIR"
./mvnw -B -q test -Dtest=ReviewBenchmark -Dbench.excluded=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true \
  -Dbench.argLine="-Xmx${BENCH_XMX:-6g} -Dbench.phase=${PHASE} -Dbench.dir=${BENCH_DIR} ${BENCH_EXTRA:-}" \
  > target/review-bench.log 2>&1 || { tail -40 target/review-bench.log; exit 1; }
grep -h '^bench:' target/review-benchmark.txt | tail -40
