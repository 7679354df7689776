#!/usr/bin/env bash
# Prepares, on a development machine, what a GPU machine without Java or Maven needs to run .gpu/run.sh:
#   .gpu/pack/runtime   a small Java runtime made with jlink (native libraries stripped)
#   .gpu/pack/lib       the engine jar and the jars it needs: JCuda with only its driver-API native library,
#                       OpenBLAS (the default CPU backend, for the comparison) without its LAPACK builds and
#                       headers, Jackson for the preset networks
#   .gpu/carry/pack.tar.xz          the two folders above in one archive (about 24 MB)
#   .gpu/carry/fashion-mnist/*.xz   the full Fashion-MNIST set, when a folder with it is found or given
# The working tree plus .gpu/carry stay under the 64 MiB that may travel to a lent GPU machine; run.sh unpacks
# them there (with xz, or Python's lzma module when xz is missing).
# Usage: .gpu/pack.sh [FASHION_MNIST_FOLDER]   (default /usr/share/datasets/fashion-mnist when present)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
pack="$root/.gpu/pack"
carry="$root/.gpu/carry"
data="${1:-/usr/share/datasets/fashion-mnist}"
m2="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
rm -rf "$pack" "$carry/pack.tar.xz"
mkdir -p "$pack/lib" "$carry"

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

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# JCuda's natives jar holds four libraries (25 MB); the engine loads only the driver API's.
natives="$m2/org/jcuda/jcuda-natives/$version/jcuda-natives-$version-linux-x86_64.jar"
(cd "$tmp" && unzip -q "$natives" "lib/libJCudaDriver-$version-linux-x86_64.so" && \
    jar --create --no-compress --file "$pack/lib/jcuda-natives-driver-$version-linux-x86_64.jar" lib && rm -rf lib)
# The engine loads openblas_nolapack: its JNI library and libopenblas.so.0 with its Fortran run-time are enough.
for jar in "$pack"/lib/openblas-*-linux-x86_64.jar; do
    mkdir "$tmp/openblas"
    (cd "$tmp/openblas" && unzip -q "$jar" && rm -rf org/bytedeco/openblas/linux-x86_64/include \
        org/bytedeco/openblas/linux-x86_64/libjniopenblas.so org/bytedeco/openblas/linux-x86_64/libjniopenblas_full.so \
        && rm "$jar" && jar --create --no-compress --file "$jar" .)
    rm -rf "$tmp/openblas"
done

# Uncompressed modules: xz packs them far better than jlink's own compression (19 MB against 25 for the pack).
jlink --add-modules java.base,java.logging,jdk.unsupported,jdk.incubator.vector \
    --strip-debug --no-header-files --no-man-pages --compress=0 --output "$pack/runtime"
find "$pack/runtime" -name '*.so' -exec strip --strip-unneeded {} +

tar -C "$root/.gpu" -cf - pack | xz -9 -T0 > "$carry/pack.tar.xz"
if [ -f "$data/train-images-idx3-ubyte.gz" ]; then
    mkdir -p "$carry/fashion-mnist"
    for name in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
        target="$carry/fashion-mnist/$name.xz"
        if [ ! -f "$target" ]; then   # kept from an earlier run: the official files never change
            gzip -dc "$data/$name.gz" | xz -9 -T0 > "$target.tmp" && mv "$target.tmp" "$target"
        fi
    done
else
    rm -rf "$carry/fashion-mnist"
    echo "no Fashion-MNIST in $data: the GPU report will time its epoch on the shipped subset"
fi

du -sh "$pack/runtime" "$pack/lib"
du -sh "$carry"/* | sed 's/^/carry: /'
# What travels: tracked and untracked files that git does not ignore, plus the carry folder.
tree_bytes=$(git ls-files -z --cached --others --exclude-standard | du -cb --files0-from=- 2>/dev/null | tail -1 | cut -f1)
travel_bytes=$(( tree_bytes + $(du -sb "$carry" | cut -f1) ))
echo "travels: $(( travel_bytes / 1048576 )) MiB of 64"
if (( travel_bytes > 64 * 1048576 )); then
    echo "too much to travel: $travel_bytes bytes, over the 64 MiB a GPU machine accepts; make the pack smaller" >&2
    exit 1
fi
