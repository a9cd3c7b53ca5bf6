# Details where shells differ and POSIX (or dash and bash together) decide.
HOME=/home/u
y=~:~/bin:x:~; echo "$y"
IFS=:; set -- a "b c" d; x=$*; echo "$x ${z=$*}"; unset IFS
mkdir -p g/inner; : > g/f; : > g/inner/f; cd g/inner; echo .*/f; cd ../..; echo g//*
echo hi > file; command exec 8<file; read msg <&8; echo "$msg"; exec 8<&-
echo x > /dev/full 2>/dev/null; echo "echo to a full device: $?"
trap 'echo never' KILL; echo "trap KILL: $?"
true | sh -c 'echo $$ > pid' & p=$!; wait; [ "$p" = "$(cat pid)" ] && echo "\$! is the pipeline's last process"
[ "$(sh -c 'echo $PPID')" = "$$" ] && echo "a command substitution's last program is exec'd"
(eval 'if'; echo not reached) 2>/dev/null; echo "eval syntax error ends the shell: $?"
alias nothing=''
nothing
echo "an alias to nothing: $?"
for x in a b; do (for y in c; do break 2; done; echo "subshell break: $x"); done
trap 'echo bye' EXIT; echo "a subshell lists the parent's traps: $(trap)"; trap - EXIT
: > file-; : > file]; echo file[[.-.]] file[[=]=]] file[!-]
