#!/usr/bin/env bash
# The bash and zsh completion of parsedesk-cli, driven as the shells would: commands and options from
# --help, saved profile names, class names from the test server, and never a word of an error.
# Usage: test-completion.sh CLI_DIR SOURCE_DIR   (PARSEDESK_TEST_* from tests/run-tests.sh for the classes)
set -uo pipefail
cli_dir=$1 src=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A profile of our own, in a home of our own (QSettings' native file on Linux).
mkdir -p "$home/ParseDesk"
printf '[profiles]\np1\\name=On the stick\np1\\serverUrl=http://127.0.0.1:9/parse\np1\\applicationId=x\n' \
  >"$home/ParseDesk/ParseDesk.conf"
export HOME=$home XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home PATH=$cli_dir:$PATH
export PARSE_SERVER_URL=${PARSEDESK_TEST_SERVER_URL:-} PARSE_APP_ID=${PARSEDESK_TEST_APP_ID:-}
export PARSE_MASTER_KEY=${PARSEDESK_TEST_MASTER_KEY:-}
failures=0
expect() { # NAME GOT WANTED
  if [[ $2 == "$3" ]]; then echo "PASS $1"; else echo "FAIL $1: got [$2], wanted [$3]"; failures=$((failures + 1)); fi
}

# bash: the function bash-completion would call, with the words of the line.
bash_complete() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
           _parsedesk_cli 2>&1; printf "%s\n" "${COMPREPLY[@]}"' _ "$src/completions/parsedesk-cli.bash" "$@" |
    sort | paste -sd' '
}
expect "bash commands" "$(bash_complete parsedesk-cli 'ex')" "export"
expect "bash options" "$(bash_complete parsedesk-cli --master-key)" "--master-key --master-key-file"
expect "bash profiles" "$(bash_complete parsedesk-cli --profile 'On')" 'On\ the\ stick'
expect "bash format" "$(bash_complete parsedesk-cli query Room --format '')" "csv json table"
expect "bash complete" "$(bash_complete parsedesk-cli complete p)" "profiles"
if [ -n "$PARSE_SERVER_URL" ]; then
  expect "bash classes" "$(bash_complete parsedesk-cli --timeout 5 query '_U')" "_User"
fi
# An unreachable server (the saved profile's) completes nothing and prints nothing.
expect "bash unreachable" "$(PARSE_SERVER_URL= bash_complete parsedesk-cli --profile 'On\ the\ stick' query '')" ""

# zsh: the completion function with the completion system's builtins standing in, printing what they offer.
zsh_complete() {
  zsh -f -c 'compadd() { if [[ $1 == -a ]]; then print -rl -- ${(P)2}; else print -rl -- "$@"; fi }
             _describe() { print -l ${${(P)4}%%:*} }
             _files() { print files }; _message() { print message }
             _call_program() { shift; eval "$@" }
             source "$1"; shift; words=("$@"); CURRENT=$#words
             PREFIX=$words[CURRENT]; _parsedesk-cli' _ "$src/completions/_parsedesk-cli" "$@" 2>&1 |
    grep -v '^$' | grep -- "^${@: -1}" | sort | paste -sd' '
}
expect "zsh commands" "$(zsh_complete parsedesk-cli 'ex')" "export"
expect "zsh options" "$(zsh_complete parsedesk-cli --master-key)" "--master-key --master-key-file"
expect "zsh profiles" "$(zsh_complete parsedesk-cli --profile 'On')" "On the stick"
expect "zsh format" "$(zsh_complete parsedesk-cli query Room --format '')" "csv json table"
if [ -n "$PARSE_SERVER_URL" ]; then
  expect "zsh classes" "$(zsh_complete parsedesk-cli --timeout 5 query '_U')" "_User"
fi
expect "zsh unreachable" "$(PARSE_SERVER_URL= zsh_complete parsedesk-cli --profile 'On\ the\ stick' query '')" ""
exit $((failures > 0))
