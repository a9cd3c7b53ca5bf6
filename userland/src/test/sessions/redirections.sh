# Pipelines, redirections and here-documents.
cd "$(mktemp -d)" || exit 1
echo one > f; echo two >> f; cat < f
echo to-stderr 2>&1 >/dev/null 1>&2 | cat
{ echo out; echo err >&2; } 2>&1 | sort
{ echo out; echo err >&2; } >both 2>&1; sort both
echo x 3>three; ls three
exec 4>fd4; echo via-fd4 >&4; exec 4>&-; cat fd4
v=world
cat <<EOT
here $v $(echo cmd) \$literal
  indented
EOT
cat <<'EOT'
quoted $v $(not run)
EOT
cat <<-EOT
	tabs stripped $v
	EOT
cat <<A; cat <<B
first
A
second
B
echo a b c | tr ' ' '\n' | sort -r | head -2
printf '%s\n' 3 1 2 | sort | tr '\n' ' '; echo
echo "pipe status"; false | true; echo $?; true | false; echo $?
set -o noclobber; echo new 2>/dev/null > f || echo "noclobber kept f"; echo forced >| f; cat f; set +o noclobber
cat 2>/dev/null < /nonexistent/file || echo "missing input: $?"
while read -r line; do echo "read: $line"; done <<EOT
l1
l2 with spaces
EOT
echo $(cat f)
cd /; rm -r "$OLDPWD"
