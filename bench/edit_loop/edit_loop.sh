#!/usr/bin/env bash
# The edit loop: how long the compiler takes on a 20-resource stack that
# includes the ec2, iam and autoscaling headers (stack.cpp), split into
# preprocessing, parsing (-fsyntax-only) and the whole compile at -O0 and
# -O2; then the same with those headers precompiled (a PCH, as CMake's
# target_precompile_headers makes one). Best of 3, CPU seconds (user + sys,
# steadier than wall-clock on a shared machine) and peak memory. Nothing is
# asserted.
#
#   bench/edit_loop/edit_loop.sh [BUILD_DIR]   (default: build; it must have been built)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
stack=bench/edit_loop/stack.cpp
flags=(-std=c++20 -Wall -Wextra -Wpedantic -Iinclude -I"$build/include" -I"$build/generated/include")
work=$(mktemp -d /tmp/cfnpp-edit-loop.XXXXXX)
trap 'rm -rf "$work"' EXIT

best() {  # best of 3: "CPU-seconds peak-MB" for the command
  local best_t=999 best_m=0 out t m
  for _ in 1 2 3; do
    out=$( { /usr/bin/time -f '%U %S %M' "$@" > /dev/null; } 2>&1 | tail -1)
    t=$(echo "$out" | awk '{print $1 + $2}')
    m=$(echo "$out" | awk '{printf "%d", $3 / 1024}')
    if (( $(echo "$t < $best_t" | bc) )); then best_t=$t best_m=$m; fi
  done
  echo "$best_t $best_m"
}

printf '%-34s %8s %8s\n' step "CPU s" "peak MB"
row() { local name=$1; shift; read -r t m < <(best "$@"); printf '%-34s %8s %8s\n' "$name" "$t" "$m"; }
echo "preprocessed lines: $(g++ "${flags[@]}" -E "$stack" | wc -l)"
row "preprocess (-E)" g++ "${flags[@]}" -E "$stack" -o "$work/stack.ii"
row "parse (-fsyntax-only)" g++ "${flags[@]}" -fsyntax-only "$stack"
row "compile -O0" g++ "${flags[@]}" -O0 -c "$stack" -o "$work/stack.o"
row "compile -O2" g++ "${flags[@]}" -O2 -c "$stack" -o "$work/stack.o"

# The headers stack.cpp includes, precompiled once; then each edit compiles only the file.
grep '^#include' "$stack" > "$work/stack_pch.hpp"
for level in -O0 -O2; do
  g++ "${flags[@]}" "$level" -x c++-header "$work/stack_pch.hpp" -o "$work/stack_pch.hpp.gch"
  row "compile $level, headers precompiled" g++ "${flags[@]}" "$level" -include "$work/stack_pch.hpp" -c "$stack" -o "$work/stack.o"
done
echo "precompiled header: $(( $(stat -c %s "$work/stack_pch.hpp.gch") / 1048576 )) MB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
