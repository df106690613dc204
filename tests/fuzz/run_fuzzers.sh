#!/usr/bin/env bash
# Runs every libFuzzer target of a CFNPP_FUZZ build for SECONDS each (README.md):
#   tests/fuzz/run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]
# Each starts from seeds of its kind (the templates in templates/ and, when
# it is there, the shared AWS sample corpus; the repository's user-data
# scripts for sub_fuzzer), takes inputs up to 1 MB, and keeps what it finds
# in fuzz-artifacts/. Exit status 1 when any target finds something.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${1:?usage: run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]}
seconds=${2:?usage: run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(parse lint diff fmt sub emit)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p fuzz-artifacts
templates=(templates)
[ -d ../shared/corpus/aws-cloudformation-templates ] && templates+=(../shared/corpus/aws-cloudformation-templates)

status=0
for target in "${targets[@]}"; do
  mkdir -p "$work/$target"
  case $target in
    sub) seeds=(lib/patterns/scripts lib/patterns/autoheal lib/patterns/web_app) ;;
    emit) seeds=() ;;
    *) seeds=("${templates[@]}") ;;
  esac
  dict=()
  [ "$target" != sub ] && [ "$target" != emit ] && dict=(-dict=tests/fuzz/parse_fuzzer.dict)
  echo "== ${target}_fuzzer, ${seconds} s"
  if ! "$build/tests/fuzz/${target}_fuzzer" "$work/$target" "${seeds[@]}" "${dict[@]}" \
      -max_total_time="$seconds" -max_len=1048576 -timeout=10 -rss_limit_mb=4096 \
      -artifact_prefix="fuzz-artifacts/${target}-" -print_final_stats=1 2>"$work/$target.log"; then
    status=1
    tail -40 "$work/$target.log"
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: " "$work/$target.log" | tail -3
done
exit $status
