#!/usr/bin/env bash
# Issue 11's harness, in one command: builds the distribution and the benchmarks jar (offline,
# never `mvn install`), generates tenant SIZE as a CSV data set, imports it into the real
# distribution (unpacked under the work folder, on ports of its own, JAVA_MAX_MEM=2g), times the
# REST calls over loopback next to DuckDB in-process on the same files, checks the figures agree,
# and writes a markdown report.
#
#   benchmarks/rest-vs-duckdb.sh [SIZE] [more options of RestVsDuckDb]
#   benchmarks/rest-vs-duckdb.sh S
#   benchmarks/rest-vs-duckdb.sh M --runs 5 --budget-seconds 120
#
# Environment: SKIP_BUILD=1 reuses the built artifacts; LOCK=/tmp/as-it.lock is held (flock) while
# the distribution runs, shared with the integration tests; OUT=file for the report (default
# benchmarks/target/rest-vs-duckdb-SIZE.md). Exit 2 when a figure differs from DuckDB's.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE="${1:-S}"
shift || true
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
LOCK="${LOCK:-/tmp/as-it.lock}"
OUT="${OUT:-benchmarks/target/rest-vs-duckdb-$SIZE.md}"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -o -q -pl karaf-assembly,benchmarks -am package -DskipTests
fi
ARCHIVE=$(ls karaf-assembly/target/account-success-karaf-*.tar.gz | head -1)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
mkdir -p "$(dirname "$OUT")"
exec flock "$LOCK" java -Xmx4g -cp benchmarks/target/benchmarks.jar \
  org.accountsuccess.benchmarks.rest.RestVsDuckDb --size "$SIZE" --archive "$ARCHIVE" --out "$OUT" \
  --label "commit $COMMIT" "$@"
