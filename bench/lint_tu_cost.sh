#!/usr/bin/env bash
# What lib/lint costs the compiler: the preprocessed size and compile time of
# a small rule's translation unit (rules/E6011_output_names.cpp, 15 lines of
# code), and the time to compile every translation unit of lib/lint one after
# the other with the library's Release flags, without ccache. Prints figures;
# nothing is asserted.
#
#   bench/lint_tu_cost.sh BUILD_DIR [SOURCE_DIR]
# BUILD_DIR: a configured and built tree (for its generated headers);
# SOURCE_DIR: the sources to measure (default: this checkout), for example
# `git archive main include lib | tar -x -C /tmp/main-src` to measure main.
set -euo pipefail
build=$(realpath "$1")
src=$(realpath "${2:-$(dirname "$0")/..}")
flags=(-std=c++20 -O3 -DNDEBUG -DFMT_SHARED -Wall -Wextra -Wpedantic -Wno-restrict
       -I"$src/include" -I"$build/include" -I"$build/generated/include" -I"$src/lib" -I"$build/lib")
rule="$src/lib/lint/rules/E6011_output_names.cpp"

seconds() { /usr/bin/time -f %e g++ "${flags[@]}" -c "$1" -o /dev/null 2>&1 | tail -1; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "E6011_output_names.cpp: $(g++ "${flags[@]}" -E "$rule" | wc -l) preprocessed lines"
best=999
for _ in 1 2 3; do best=$(echo "t=$(seconds "$rule"); if (t < $best) t else $best" | bc); done
echo "E6011_output_names.cpp: ${best} s to compile (best of 3)"
total=0
count=0
while IFS= read -r tu; do
  total=$(echo "$total + $(seconds "$tu")" | bc)
  count=$((count + 1))
done < <(find "$src/lib/lint" -name '*.cpp' | sort
         # the generated registry (before it was generated: lib/lint/rules.cpp, found above)
         [ -f "$src/lib/lint/rules.cpp" ] || echo "$build/lib/lint_rules.cpp")
echo "lib/lint: $count translation units, ${total} s to compile one after the other"
