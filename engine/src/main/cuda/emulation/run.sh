#!/usr/bin/env bash
# Checks the CUDA kernels on a machine without a GPU: compiles kernel_check.cpp (which includes ../kernels.cu)
# with g++ and runs every kernel on the CPU under cuda_emulation.h, against plain loops; the dropout masks
# against Java's Rng.hash (needs the engine compiled: mvn -pl engine compile). Not part of the build or CI.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
classes="$here/../../../../target/classes"
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
g++ -std=c++20 -O1 -ffp-contract=off -pthread -w "$here/kernel_check.cpp" -o "$bin/kernel_check"
hashes=()
if [ -d "$classes" ]; then
    cat > "$bin/Hashes.java" <<'JAVA'
public class Hashes {
    public static void main(String[] args) {
        for (int i = 0; i < 256; i++) {
            System.out.println(io.github.dlplayground.engine.util.Rng.hash(42, i));
        }
    }
}
JAVA
    mapfile -t hashes < <(java -cp "$classes" "$bin/Hashes.java")
else
    echo "engine classes not found at $classes: the dropout check is left out" >&2
fi
"$bin/kernel_check" "${hashes[@]}"
