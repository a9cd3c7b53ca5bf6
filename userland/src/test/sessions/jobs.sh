# Background jobs, wait, kill and the job table (not interactive: no job control messages).
sleep 0.2 & p=$!
echo "bg pid set: $([ -n "$p" ] && echo yes)"
wait $p; echo "wait status $?"
(exit 5) & wait $!; echo "wait exit $?"
sleep 10 & kill $!; wait $!; echo "killed status $?"
sleep 10 & kill %1 2>/dev/null || kill $!; wait; echo "wait all $?"
(sleep 0.1; echo from-bg) & wait
echo "\$\$ is a number: $(case $$ in *[!0-9]*) echo no;; *) echo yes;; esac)"
echo "subshell keeps \$\$: $( [ "$(echo $$)" = "$$" ] && echo yes)"
trap 'echo trapped USR1' USR1
kill -USR1 $$; echo after-kill
trap - USR1
trap 'echo exit trap' EXIT
echo last
