#!/usr/bin/env bash
# Benchmark of the engine (read, resolve, validate, plan, render, write): prints figures, asserts
# nothing. Usage: bench/generate.sh [runs]   (from a built checkout: mvn install -DskipTests first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
mvn -q -f plugin/pom.xml test-compile
mvn -q -f plugin/pom.xml dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="plugin/target/classes:plugin/target/test-classes:$(cat plugin/target/bench.classpath)"

echo "== fresh JVM: whole process (JVM start + one generation of clickstream), 5 runs"
for i in 1 2 3 4 5; do
  start=$(date +%s%N)
  java -cp "$cp" dev.stencil.bench.GenerationBenchmark samples/clickstream.puml 0 --once >/dev/null
  echo "  run $i: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done

echo "== in one JVM"
java -cp "$cp" dev.stencil.bench.GenerationBenchmark samples/clickstream.puml "$runs"
