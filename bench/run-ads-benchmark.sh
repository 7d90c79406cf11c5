#!/usr/bin/env bash
# Advertising at agency size (issue 8): metrics and proposals over 90 days × 200,000 search-term rows a day (18 M
# rows) in one seller account, goal ≤ 20 s on 2 cores; the search-term page for each filter, goal ≤ 300 ms. Test
# class dev.bosun.advertising.AdsBenchmark (tag "bench", never part of the build's tests). The first day goes through
# Bosun's importer as the Ads console's CSV downloads; the other 89 days are copied into the same tables with
# PostgreSQL COPY. The embedded database in BOSUN_DATA_DIR (default /tmp/ads-bench/data) keeps the account for the
# next run: about 20 minutes of loading on 2 cores and ~12 GB of disk.
#
# Usage: bench/run-ads-benchmark.sh [all|load|measure|daily]   (BENCH_EXTRA="-Dbench.rows=20000 -Dbench.days=30" for less)
#   load     build the account (skipped when it holds search terms already)
#   measure  time the metrics, the proposals and the search-term page (three rounds)
#   daily    import the day after the last through the importer, catch the search-term lines up, then remove
#            that day again and catch up (the account is left as it was)
#   all      load and measure (default)
# Figures: target/ads-benchmark.txt (appended), full log target/ads-bench.log. Record them in docs/benchmarks.md,
# with the load average printed beside each figure. Delete /tmp/ads-bench when done.
set -euo pipefail
cd "$(dirname "$0")/.."
PHASE="${1:-all}"
BENCH_DIR="${BENCH_DIR:-/tmp/ads-bench}"
export BOSUN_DATA_DIR="${BOSUN_DATA_DIR:-$BENCH_DIR/data}"
mkdir -p target "$BENCH_DIR"
./mvnw -B -q test -Dtest=AdsBenchmark -Dbench.excluded=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true \
  -Dbench.argLine="-Xmx3g -Dbench.phase=${PHASE} -Dbench.dir=${BENCH_DIR} ${BENCH_EXTRA:-}" \
  > target/ads-bench.log 2>&1 || { tail -40 target/ads-bench.log; exit 1; }
grep -h '^bench:' target/ads-benchmark.txt | tail -60
