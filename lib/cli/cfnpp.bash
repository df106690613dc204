# bash completion for cfnpp: the commands, each command's options, file names.
# The commands and options are read from the tool's own help (`cfnpp --help`,
# `cfnpp COMMAND --help`), run as the user typed it, so the completion knows
# exactly what that build of cfnpp accepts. Installed as
# share/bash-completion/completions/cfnpp; `source` it to try it.

# The commands `cfnpp --help` lists under "commands:".
_cfnpp_commands() {
  "$1" --help 2>/dev/null | sed -n '/^commands:$/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p'
}

# The options `cfnpp COMMAND --help` lists (cxxopts writes each at the
# start of its line, "  -w, --write" or "      --check"; descriptions that
# mention an option are indented further): the long name, or the short one
# when there is no long name.
_cfnpp_options() {
  "$1" "$2" --help 2>/dev/null |
    sed -n -e 's/^  -[A-Za-z0-9], \(--[A-Za-z0-9][A-Za-z0-9-]*\).*/\1/p' \
      -e 't' -e 's/^      \(--[A-Za-z0-9][A-Za-z0-9-]*\).*/\1/p' \
      -e 't' -e 's/^  \(-[A-Za-z0-9]\)\( .*\)\{0,1\}$/\1/p'
}

_cfnpp() {
  local cur=${COMP_WORDS[COMP_CWORD]} program=${COMP_WORDS[0]} command="" i
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ ${COMP_WORDS[i]} != -* ]]; then
      command=${COMP_WORDS[i]}
      break
    fi
  done
  if [[ -z $command ]]; then
    if [[ $cur == -* ]]; then
      mapfile -t COMPREPLY < <(compgen -W "--help --version" -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -W "$(_cfnpp_commands "$program")" -- "$cur")
    fi
    return 0
  fi
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_cfnpp_options "$program" "$command")" -- "$cur")
    return 0
  fi
  # Templates, scripts, parameter files, directories: every argument is a path.
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  return 0
}

complete -F _cfnpp cfnpp
