#!/usr/bin/env bash
# The bash completion (lib/cli/cfnpp.bash), sourced in bash and asked as bash
# asks it: COMP_WORDS and COMP_CWORD set, _cfnpp called, COMPREPLY read.
#
#     completion_test.sh CFNPP [COMPLETION_SCRIPT]
set -uo pipefail
cfnpp=$(realpath "$1")
script=${2:-$(dirname "$0")/../../lib/cli/cfnpp.bash}
# shellcheck disable=SC1090  # the script under test is an argument
source "$script"
failures=0

# complete WORD... : the completions of the last word, sorted, one line.
complete_words() {
  COMP_WORDS=("$cfnpp" "$@")
  COMP_CWORD=$#
  COMPREPLY=()
  _cfnpp
  printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'
}

expect() {
  local want=$1
  shift
  local got
  got=$(complete_words "$@")
  if [[ $got != "$want" ]]; then
    echo "FAIL: cfnpp $*<TAB>: '$got', expected '$want'"
    failures=$((failures + 1))
  fi
}

# expect_options "WORD..." WORD...: these among the completions, each once,
# and nothing that is not an option (other commands may add options).
expect_options() {
  local want=$1 got
  shift
  got=" $(complete_words "$@") "
  for word in $want; do
    if [[ $got != *" $word "* ]]; then
      echo "FAIL: cfnpp $*<TAB>: '$got' lacks '$word'"
      failures=$((failures + 1))
    fi
  done
  if [[ -n $(tr ' ' '\n' <<<"$got" | sed '/^$/d' | sort | uniq -d) || $got == *" "[!-]* ]]; then
    echo "FAIL: cfnpp $*<TAB>: '$got' repeats a word or offers a non-option"
    failures=$((failures + 1))
  fi
}

expect_commands() {
  local got
  got=" $(complete_words "") "
  for word in diff fmt graph lint split sub; do
    if [[ $got != *" $word "* ]]; then
      echo "FAIL: cfnpp <TAB>: '$got' lacks '$word'"
      failures=$((failures + 1))
    fi
  done
}

expect_commands
expect "lint" "l"
expect "--help --version" "--"
expect "--version" "--v"
expect_options "--as-of --format --help --ignore --list-rules --no-warnings --regions" lint --
expect "--ignore" lint --ig
expect_options "--check --force --help --to --write" fmt --
expect "--output" split --o
expect_options "--color --format --help --parameters" diff --
expect_options "--format --help --output --show-outputs --show-parameters" graph --
# After the command, options come before files: the command is still known.
expect "--no-warnings" lint --format sarif --no

# File names, spaces included, relative to the current directory.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/templates"
touch "$work/templates/stack one.yaml" "$work/templates/stack-two.json" "$work/other.txt"
cd "$work" || exit 1
expect "templates/stack one.yaml templates/stack-two.json" lint templates/st
expect "templates" fmt --check tem
expect "other.txt" diff templates/stack-two.json o

if [[ $failures -ne 0 ]]; then
  echo "$failures completion failures"
  exit 1
fi
echo "completion: every check passed"
