#!/usr/bin/env bash
# .pre-commit-hooks.yaml, run by pre-commit itself (`pre-commit try-repo` on
# a scratch repository holding only the manifest: cloning cfnpp's own history
# would take seconds per hook) on templates in another scratch repository: a clean template passes both hooks,
# a template with an error fails cfnpp-lint, one not in canonical form fails
# cfnpp-fmt. The hooks run the cfnpp given, put first on PATH.
#
#     pre_commit_test.sh CFNPP SOURCE_DIR
set -uo pipefail
cfnpp_dir=$(dirname "$(realpath "$1")")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$cfnpp_dir:$PATH" PRE_COMMIT_HOME="$work/cache" GIT_CONFIG_GLOBAL="$work/gitconfig"
git config --global user.email test@example.com && git config --global user.name test
failures=0

mkdir "$work/hooks" && cp "$source_dir/.pre-commit-hooks.yaml" "$work/hooks/"
git -C "$work/hooks" init -q . && git -C "$work/hooks" add . && git -C "$work/hooks" commit -q -m hooks

mkdir "$work/repo" && cd "$work/repo" && git init -q .
printf 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n' > clean.yaml
printf 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    DependsOn: Nothing\n' > error.yaml
printf '{"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}}\n' > unformatted.json
git add . >/dev/null

# hook FILE EXPECTED_EXIT [TEXT]: pre-commit runs the hook on FILE.
hook() {
  local id=$1 file=$2 want=$3 text=${4:-} out rc
  out=$(pre-commit try-repo "$work/hooks" "$id" --files "$file" 2>&1)
  rc=$?
  if [[ $rc -ne $want || $out != *"$text"* ]]; then
    echo "FAIL: $id on $file: exit $rc (expected $want), output lacks '$text':"
    echo "$out"
    failures=$((failures + 1))
  fi
}

hook cfnpp-lint clean.yaml 0 "cfnpp lint"
hook cfnpp-fmt clean.yaml 0 "cfnpp fmt --check"
hook cfnpp-lint error.yaml 1 "error E3005: DependsOn names 'Nothing'"
hook cfnpp-fmt unformatted.json 1 "unformatted.json"
hook cfnpp-lint unformatted.json 0

if [[ $failures -ne 0 ]]; then
  echo "$failures pre-commit failures"
  exit 1
fi
echo "pre-commit: both hooks pass and fail as they should"
