#!/bin/sh
# Builds the copy-free SGEMM bridge (pinned_blas.c) into the engine's classes: build.sh JAVA_HOME OUT_DIR.
# Without gcc, the C library headers or the JDK's JNI headers it says so and leaves it out: the engine then
# copies operands instead.
set -eu
java_home=$1
out=$2
source_file=$(dirname "$0")/pinned_blas.c
if ! command -v gcc >/dev/null 2>&1; then
  echo "pinned SGEMM bridge not built: gcc is not installed (apt-get install gcc libc6-dev); OpenBLAS will copy operands"
  exit 0
fi
if ! printf '#include <dlfcn.h>\n' | gcc -E -x c - >/dev/null 2>&1; then
  echo "pinned SGEMM bridge not built: the C library headers are missing (apt-get install libc6-dev); OpenBLAS will copy operands"
  exit 0
fi
if [ ! -f "$java_home/include/jni.h" ]; then
  echo "pinned SGEMM bridge not built: no JNI headers under $java_home/include (install a full JDK)"
  exit 0
fi
mkdir -p "$out"
tmp="$out/.libpinnedblas.so.tmp"
gcc -O2 -shared -fPIC -Wall -Wextra -Werror -Wno-unused-parameter \
  -I"$java_home/include" -I"$java_home/include/linux" -o "$tmp" "$source_file" -ldl
mv -f "$tmp" "$out/libpinnedblas.so"
