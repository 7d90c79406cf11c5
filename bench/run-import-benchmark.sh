#!/usr/bin/env bash
# Import speed benchmark (issue 3): 1,000,000-line report files through Bosun's importers versus a raw
# PostgreSQL COPY of the same files, with the heap capped at 512 MB. Prints figures; record them in
# docs/benchmarks.md. Run it on an otherwise idle machine. Usage: bench/run-import-benchmark.sh [lines]
set -euo pipefail
cd "$(dirname "$0")/.."
LINES="${1:-1000000}"
./mvnw -B -q test -Dtest=ImportBenchmark${BENCH_METHOD:+#$BENCH_METHOD} -Dbench.excluded=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.argLine="-Xmx512m -Dbench.lines=${LINES} -Dbench.jobServer=false ${BENCH_EXTRA:-}" > target/bench.log 2>&1 || { tail -40 target/bench.log; exit 1; }
grep -h '^bench:' target/surefire-reports/*Benchmark*-output.txt
