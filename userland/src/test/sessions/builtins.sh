# The builtins beyond control flow.
# exit status: 6
cd /tmp && pwd; cd / && cd - ; cd ~ 2>/dev/null; [ "$PWD" = "$HOME" ] && echo "cd ~ went home"
export EXPORTED=yes; sh -c 'echo "child sees $EXPORTED"'
NOT_EXPORTED=no; sh -c 'echo "child sees [$NOT_EXPORTED]"'
ONE_SHOT=once sh -c 'echo "prefix assignment $ONE_SHOT"'; echo "after [$ONE_SHOT]"
unset EXPORTED; echo "unset [${EXPORTED-gone}]"
type cd | sed 's/ a / a /'; type sh >/dev/null && echo "type finds sh"; type no_such_thing 2>/dev/null || echo "type fails $?"
alias say='echo said'
eval 'say alias works'
unalias say
f() { echo func; }; type f | head -1
command -v cd; command -v sh >/dev/null && echo "command -v sh"
set -- a b c d; shift 2; echo "$@"; shift; echo "$#"
printf '%s-%d-%x-%5s|%-4s|%c\n' str 42 255 pad left xyz
printf '%b\n' 'esc\tape'
read -r first rest <<EOT
alpha beta gamma
EOT
echo "$first / $rest"
[ 3 -gt 2 ] && test abc = abc && [ ! -z x ] && [ -d / ] && [ ! -f /nonexistent ] && echo "test ok"
eval 'echo eval $((2+2))'
tmp=$(mktemp); echo 'sourced_var=from_file' > "$tmp"; . "$tmp"; echo "$sourced_var"; rm "$tmp"
getopts ab: opt -b val && echo "getopts $opt $OPTARG"
echo "exit in subshell: $( (exit 3); echo $? )"
(exit 300); echo "wraps: $?"
exit 6
