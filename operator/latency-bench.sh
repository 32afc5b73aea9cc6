#!/usr/bin/env bash
# Runs the operator's replacement-latency benchmark (src/test/java/io/parzen/operator/it/
# ReplacementLatencyBenchmark.java) on the fabric8 mock API server and the embedded S3 server.
# Usage: operator/latency-bench.sh [trials parallelism minEpochMs maxEpochMs warmupTrials]
#        (default: 1000 100 10000 40000 300; see docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl operator -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
cd operator
args=("$@")
if [ ${#args[@]} -eq 0 ]; then args=(1000 100 10000 40000 300); fi
exec java -Xmx2g -cp "target/test-classes:target/classes:../api/target/classes:../storage/target/classes:../s3-embedded/target/classes:../tpe/target/classes:../cli/target/classes:$(cat target/bench-classpath.txt)" \
  io.parzen.operator.it.ReplacementLatencyBenchmark "${args[@]}"
