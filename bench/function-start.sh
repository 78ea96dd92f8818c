#!/usr/bin/env bash
# Benchmark of a generated function's start, in fresh JVMs on its shaded jar as deployed: time until the
# clients are ready, priming, first and tenth batch of 100 records (with and without priming, default JIT
# and C1), CPU time per 1,000 records and the cost per million events. Prints figures, asserts nothing.
# Usage: bench/function-start.sh [runs] [generated project]
#   (from a built checkout: mvn install -DskipTests first; MAVEN_REPO_LOCAL=... for another local repository,
#    MEMORY_MB=... for the memory size the cost is computed at, default the kit's; FUNCTION_JAVA_HOME=... for
#    the JDK the function runs on, default the one running this script; the kit deploys Java 25)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
project="${2:-target/bench-clickstream}"
repo=()
if [ -n "${MAVEN_REPO_LOCAL:-}" ]; then repo=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi
if [ ! -f "$project/functions/target/functions.jar" ]; then
  mvn -q -o "${repo[@]}" dev.stencil:stencil-maven-plugin:0.1.0-SNAPSHOT:generate \
    -Dstencil.diagram=samples/clickstream.puml -Dstencil.outputDirectory="$project"
  mvn -q -o "${repo[@]}" -f "$project/pom.xml" -pl functions package -DskipTests
fi
mvn -q -o "${repo[@]}" -f runtime-lib/pom.xml test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "runtime-lib/target/test-classes:runtime-lib/target/classes:$(cat runtime-lib/target/bench.classpath)" \
  -Dfunction.env='OS_ENDPOINT={standIn},OS_INDEX=fn' -Dfunction.memoryMb="${MEMORY_MB:-1024}" \
  ${FUNCTION_JAVA_HOME:+"-Dfunction.javaHome=$FUNCTION_JAVA_HOME"} \
  dev.stencil.runtime.bench.HandlerInitTime --function "$runs" "$project/functions/target/functions.jar" \
  com.example.clickstream.functions.fn.FnHandler
