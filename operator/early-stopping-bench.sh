#!/usr/bin/env bash
# Runs the early-stopping benchmark (src/test/java/io/parzen/operator/bench/EarlyStoppingBenchmark.java):
# none / median / asha on simulated learning curves, through the operator's planner and suggester.
# Usage: operator/early-stopping-bench.sh [seeds maxTrials parallelism epochs]
#        (default: 30 40 4 27; see docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl operator -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
cd operator
exec java -Xmx1g -cp "target/test-classes:target/classes:../api/target/classes:../storage/target/classes:../s3-embedded/target/classes:../tpe/target/classes:../cli/target/classes:$(cat target/bench-classpath.txt)" \
  io.parzen.operator.bench.EarlyStoppingBenchmark "$@"
