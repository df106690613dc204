#!/usr/bin/env bash
# Do two builds of cfnpp find the same things on the corpus? Runs
# `cfnpp lint` of each over every file of ../shared/corpus (warnings
# included; a file the parser rejects gives its error line), prints the counts
# and every finding one gives and the other does not. For a change that must
# not change behaviour (issue 9's core): the two lists are identical.
#
#   bench/compare_lint_findings.sh OLD_CFNPP NEW_CFNPP [CORPUS_DIR]
# Exit status: 0 same findings, 1 they differ, 2 usage.
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: $0 OLD_CFNPP NEW_CFNPP [CORPUS_DIR]" >&2
  exit 2
fi
old=$(realpath "$1")
new=$(realpath "$2")
corpus=$(realpath "${3:-$(dirname "$0")/../../shared/corpus/aws-cloudformation-templates}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

findings() {  # CFNPP OUT: every finding of every corpus file, sorted
  (cd "$corpus" && find . -type f ! -name LICENSE -printf '%P\n' | sort | while IFS= read -r file; do
    "$1" lint "$file" 2>&1 | grep -v '^cfnpp lint: [0-9]' || true  # not the summary
  done) | sort >"$2"
}

findings "$old" "$work/old"
findings "$new" "$work/new"
count() { printf '%s findings (%s errors, %s warnings)' "$(wc -l <"$1")" \
  "$(grep -c ': error ' "$1" || true)" "$(grep -c ': warning ' "$1" || true)"; }
echo "files: $(cd "$corpus" && find . -type f ! -name LICENSE | wc -l)"
echo "old: $(count "$work/old")"
echo "new: $(count "$work/new")"
if diff -u "$work/old" "$work/new" >"$work/diff"; then
  echo "same findings"
else
  grep '^[-+][^-+]' "$work/diff"
  exit 1
fi
