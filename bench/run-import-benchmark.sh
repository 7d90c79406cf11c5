#!/usr/bin/env bash
# Import speed benchmark (issue 3): 1,000,000-line report files through Bosun's importers versus a raw
# PostgreSQL COPY of the same files, with the heap capped at 512 MB. Prints figures; record them in
# docs/benchmarks.md. Usage: bench/run-import-benchmark.sh [lines]
set -euo pipefail
cd "$(dirname "$0")/.."
LINES="${1:-1000000}"
./mvnw -B -q test -Dbench.excluded=none -Dgroups=bench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.argLine="-Xmx512m -Dbench.lines=${LINES}" -DredirectTestOutputToFile=false 2>&1 | grep -E '^bench:' || true
