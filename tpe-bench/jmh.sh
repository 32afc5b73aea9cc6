#!/usr/bin/env bash
# Runs the TPE JMH benchmarks (tpe-bench/src/test/java/io/parzen/tpe/bench/*Benchmark.java).
# Usage: tpe-bench/jmh.sh [JMH options, e.g. SuggestBenchmark -p observations=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl tpe-bench -am test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test >/dev/null
cd tpe-bench
exec java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "${@:-SuggestBenchmark}"
