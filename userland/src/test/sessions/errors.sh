# Errors the shell reports and survives (stderr is folded into stdout to check it).
exec 2>&1
no_such_command_xyz; echo "missing: $?"
/nonexistent/path/cmd; echo "missing path: $?"
echo 'echo hi' > script; ./script; echo "not executable: $?"; rm script
# A syntax or expansion error ends a non-interactive shell (POSIX 2.8.1): hence the subshells.
(eval 'if then fi'); echo "syntax error: $?"
(eval 'echo "unterminated'); echo "unterminated quote: $?"
(eval 'echo $((1 / 0))'); echo "division: $?"
(eval 'echo ${x'); echo "bad substitution: $?"
deep() { deep; }; (deep) >/dev/null 2>&1; echo "deep recursion ended: $([ $? -ne 0 ] && echo nonzero)"
cd /nonexistent/dir; echo "cd: $?"
echo "still running"
