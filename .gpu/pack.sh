#!/usr/bin/env bash
# Prepares, on a development machine, what a GPU machine without Java or Maven needs to run .gpu/run.sh:
# .gpu/pack/runtime (a small Java runtime made with jlink) and .gpu/pack/lib (the engine jar and the jars it
# needs: JCuda with only its driver-API native library, OpenBLAS for the CPU comparison, Jackson for the preset
# networks). Together they stay under the 64 MiB that may be carried to a lent GPU machine.
# Usage: .gpu/pack.sh   (then carry .gpu/pack along and run .gpu/run.sh there)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
pack="$root/.gpu/pack"
m2="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
rm -rf "$pack"
mkdir -p "$pack/lib"

mvn -B -q -o -pl engine -DskipTests package
version="$(sed -n 's:.*<jcuda.version>\(.*\)</jcuda.version>.*:\1:p' pom.xml)"
cp engine/target/dlplayground-engine-*.jar "$pack/lib/"

# The engine's runtime dependencies, without JBLAS (the GPU comparison uses OpenBLAS) and test jars.
mvn -B -q -o -pl engine dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$pack/classpath.txt"
tr ':' '\n' < "$pack/classpath.txt" | grep -v -e '/org/jblas/' -e 'jcuda-natives' -e '/org/junit/' -e '/org/assertj/' \
        -e '/net/bytebuddy/' -e '/org/opentest4j/' -e '/org/apiguardian/' | while read -r jar; do
    [ -n "$jar" ] && cp "$jar" "$pack/lib/"
done
rm "$pack/classpath.txt"

# JCuda's natives jar holds four libraries (25 MB); the engine loads only the driver API's.
natives="$m2/org/jcuda/jcuda-natives/$version/jcuda-natives-$version-linux-x86_64.jar"
tmp="$(mktemp -d)"
(cd "$tmp" && unzip -q "$natives" "lib/libJCudaDriver-$version-linux-x86_64.so" && \
    jar --create --file "$pack/lib/jcuda-natives-driver-$version-linux-x86_64.jar" lib)
rm -rf "$tmp"

jlink --add-modules java.base,java.logging,java.management,java.sql,jdk.unsupported \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$pack/runtime"

du -sh "$pack/runtime" "$pack/lib"
du -sh --total "$pack" | tail -1
