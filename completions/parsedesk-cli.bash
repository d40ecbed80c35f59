# bash completion for parsedesk-cli. Commands and options come from its --help (the same table that prints
# it), saved profile names and the profile's class names from `parsedesk-cli complete`. Every call drops
# standard error: nothing but completions reaches the shell.

# Sets _parsedesk_cli_commands, _parsedesk_cli_options and _parsedesk_cli_valued (options taking a value).
_parsedesk_cli_read_help()
{
    local line section=
    _parsedesk_cli_commands=() _parsedesk_cli_options=() _parsedesk_cli_valued=()
    while IFS= read -r line; do
        case $line in
        Commands:) section=commands ;;
        Options:) section=options ;;
        '') [[ $section == commands ]] && section= ;;
        *)
            if [[ $section == commands && $line =~ ^\ \ ([a-z]+) ]]; then
                _parsedesk_cli_commands+=("${BASH_REMATCH[1]}")
            elif [[ $section == options && $line =~ ^\ \ (-[a-zA-Z],\ )?(--[a-z-]+)(\ \<)? ]]; then
                _parsedesk_cli_options+=("${BASH_REMATCH[2]}")
                [[ -n ${BASH_REMATCH[3]} ]] && _parsedesk_cli_valued+=("${BASH_REMATCH[2]}")
            fi
            ;;
        esac
    done < <("$1" --help 2>/dev/null)
}

# Adds the lines of `parsedesk-cli ... complete WHAT` that start with the current word, quoted for the shell.
_parsedesk_cli_words()
{
    local word
    while IFS= read -r word; do
        [[ $word == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$word")")
    done < <("$@" 2>/dev/null)
}

_parsedesk_cli()
{
    local cli=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 1)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # A profile name may hold spaces: compare it unquoted.
    cur=${cur//\\/}
    COMPREPLY=()
    _parsedesk_cli_read_help "$cli"

    # What the line says so far: the positional words, and the profile to ask for class names.
    local i word connection=() positional=() takes_value
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        takes_value=
        [[ " ${_parsedesk_cli_valued[*]} " == *" $word "* ]] && takes_value=1
        if [[ $word == --profile ]]; then
            connection+=(--profile "${COMP_WORDS[i + 1]//\\/}")
        elif [[ $word == --portable ]]; then
            connection+=(--portable)
        fi
        if [[ -n $takes_value ]]; then
            ((i++))
        elif [[ $word != -* ]]; then
            positional+=("$word")
        fi
    done

    if [[ " ${_parsedesk_cli_valued[*]} " == *" $prev "* ]]; then
        case $prev in
        --profile) _parsedesk_cli_words "$cli" "${connection[@]}" complete profiles ;;
        --format) mapfile -t COMPREPLY < <(compgen -W 'json table csv' -- "$cur") ;;
        *-file) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
        esac
        return 0
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "${_parsedesk_cli_options[*]}" -- "$cur")
        return 0
    fi
    if ((${#positional[@]} == 0)); then
        mapfile -t COMPREPLY < <(compgen -W "${_parsedesk_cli_commands[*]}" -- "$cur")
        return 0
    fi
    case ${positional[0]}:${#positional[@]} in
    schema:1 | query:1 | export:1 | import:1 | watch:1 | clp:1 | index:1)
        _parsedesk_cli_words "$cli" "${connection[@]}" --timeout 2 complete classes
        ;;
    batch:1 | export:2 | import:2) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    complete:1) mapfile -t COMPREPLY < <(compgen -W 'profiles classes' -- "$cur") ;;
    esac
    return 0
}

complete -F _parsedesk_cli parsedesk-cli
