#!/usr/bin/env bash
# One command on a GPU machine: builds nothing, runs the GPU-against-CPU agreement checks and the benchmarks
# (io.github.dlplayground.engine.backend.cuda.GpuReport) and writes a short report.
#   .gpu/carry (made by .gpu/pack.sh) is unpacked first: the runtime and jars to .gpu/pack, the full
#   Fashion-MNIST set to .gpu/data/fashion-mnist (the epoch then runs on it; else on the shipped subset).
#   Java: .gpu/pack/runtime (made by .gpu/pack.sh), else $JAVA_HOME, else java on the PATH.
#   Code: .gpu/pack/lib (made by .gpu/pack.sh), else the app's shaded jar app/target/dlplayground.jar.
# Writes gpu-report.md, gpu-report.log and nvidia-smi.txt to the folder given as the first argument, else to
# $OUT when set (the lent machines' output folder), else to .gpu/out. Exit status: 0 all checks passed,
# 1 a check failed, 2 no usable GPU (the reason is printed), 3 no Java or no jar.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="${1:-${OUT:-$root/.gpu/out}}"
mkdir -p "$out"

unxz_cat() { # FILE.xz to standard output: xz when installed, else Python's lzma module
    if command -v xz >/dev/null 2>&1; then
        xz -dc "$1"
    else
        python3 -c 'import lzma, shutil, sys; shutil.copyfileobj(lzma.open(sys.argv[1]), sys.stdout.buffer)' "$1"
    fi
}
# Unpacked afresh on every run: a warm machine keeps .gpu/pack and .gpu/data from earlier calls, which may hold
# an older pack or a half-written file.
if [ -f .gpu/carry/pack.tar.xz ]; then
    rm -rf .gpu/pack
    unxz_cat .gpu/carry/pack.tar.xz | tar -C .gpu -xf - || {
        echo "could not unpack .gpu/carry/pack.tar.xz" >&2; exit 3; }
fi
data=()
if [ -d .gpu/carry/fashion-mnist ]; then
    mkdir -p .gpu/data/fashion-mnist
    for f in .gpu/carry/fashion-mnist/*.xz; do
        target=".gpu/data/fashion-mnist/$(basename "$f" .xz)"
        unxz_cat "$f" > "$target.tmp" && mv "$target.tmp" "$target" || { echo "could not unpack $f" >&2; exit 3; }
    done
    data=(.gpu/data/fashion-mnist)
fi

if [ -x .gpu/pack/runtime/bin/java ]; then
    java=.gpu/pack/runtime/bin/java
elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
    java=java
else
    echo "no Java: run .gpu/pack.sh on a development machine and bring .gpu/carry along" >&2
    exit 3
fi
if [ -d .gpu/pack/lib ]; then
    classpath=".gpu/pack/lib/*"
elif [ -f app/target/dlplayground.jar ]; then
    classpath="app/target/dlplayground.jar"
else
    echo "no engine jars: run .gpu/pack.sh (or mvn -pl app -am -DskipTests package) first" >&2
    exit 3
fi

if command -v nvidia-smi >/dev/null 2>&1; then
    nvidia-smi > "$out/nvidia-smi.txt" 2>&1
fi
echo "java: $java ($("$java" -version 2>&1 | head -1)), classpath: $classpath"
# The CPU side of the comparison runs the engine's Vector API loops, as the launcher does.
"$java" -Xmx8g --add-modules jdk.incubator.vector -cp "$classpath" io.github.dlplayground.engine.backend.cuda.GpuReport "$out/gpu-report.md" "${data[@]}" \
    2>&1 | tee "$out/gpu-report.log"
status=${PIPESTATUS[0]}
echo "exit status $status; report in $out"
exit "$status"
