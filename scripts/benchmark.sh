#!/usr/bin/env bash
# Runs the benchmarks (JUnit classes tagged "benchmark", left out of the test suite) and prints their figures.
# Usage: scripts/benchmark.sh [TestClassPattern]   e.g. scripts/benchmark.sh ComparisonBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
pattern=${1:-*Benchmark}
./mvnw -B -q install -DskipTests
./mvnw -B -pl reporting,app test -Dsurefire.excludedGroups= -Dgroups=benchmark -Dtest="$pattern" \
    -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep --line-buffered -E '^BENCHMARK|Tests run:|ERROR' || true
