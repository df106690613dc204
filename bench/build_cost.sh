#!/usr/bin/env bash
# Build cost of the typed model: (1) a clean build of library, generator,
# tools and tests; (2) what including one generated service header adds to a
# translation unit. Prints a table; nothing is asserted.
#
#   bench/build_cost.sh [BUILD_DIR]   (default: a fresh directory under /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-$(mktemp -d /tmp/cfnpp-build-cost.XXXXXX)}
jobs=$(nproc)

echo "clean build in $build (-j$jobs, Release)"
start=$(date +%s.%N)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$build" -j"$jobs" > /dev/null
end=$(date +%s.%N)
printf 'clean build (configure + build, everything): %.1f s\n' "$(echo "$end - $start" | bc)"

compile() {  # best of 3 wall-clock seconds to compile a TU including $1
  local header=$1 best=999 t
  printf '#include "%s"\nint main() {}\n' "$header" > "$build/include_cost.cpp"
  for _ in 1 2 3; do
    t=$( { /usr/bin/time -f %e g++ -std=c++20 -O2 -Wall -Wextra -Wpedantic -Iinclude -I"$build/include" \
             -I"$build/generated/include" -c "$build/include_cost.cpp" -o /dev/null; } 2>&1 | tail -1)
    best=$(echo "if ($t < $best) $t else $best" | bc)
  done
  echo "$best"
}

base=$(compile cfn/resource.hpp)
printf '\n%-28s %10s %10s %12s\n' header bytes seconds "added (s)"
printf '%-28s %10s %10s %12s\n' "cfn/resource.hpp (base)" - "$base" -
for h in cfn/aws/ec2.hpp cfn/aws/autoscaling.hpp cfn/aws/iam.hpp cfn/aws/lambda.hpp cfn/aws/events.hpp \
         cfn/aws/logs.hpp cfn/aws/s3.hpp cfn/aws/sagemaker.hpp cfn/aws/quicksight.hpp; do
  t=$(compile "$h")
  printf '%-28s %10s %10s %12s\n' "$h" "$(stat -c %s "$build/generated/include/$h")" "$t" "$(echo "$t - $base" | bc)"
done
