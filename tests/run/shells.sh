# tests/run/shells.sh - a script for Debian's bash-static and mksh (musl build), run by
# tools/run-tests on the host and on Exo-OS with the same binary: the outputs must be equal.
# Functions (recursive), loops, pipelines of three stages, command substitution (nested),
# here-documents (expanded and quoted), subshells, traps, positional parameters and
# parameter expansions. Builtins only, so that no other program is needed.

trap 'echo "trap: EXIT"' EXIT

greet() { echo "hello, $1"; }
fact() {
    if [ "$1" -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi
}
gen() { i=0; while [ "$i" -lt "$1" ]; do echo "$i"; i=$((i + 1)); done; }
evens() { while read -r n; do [ $((n % 2)) -eq 0 ] && echo "$n"; done; }
total() { s=0; while read -r n; do s=$((s + n)); done; echo "sum $s"; }

greet world
echo "fact 10 = $(fact 10)"
gen 200 | evens | total
gen 5 | while read -r k; do echo "line $k"; done

i=0
while [ $i -lt 5 ]; do i=$((i + 1)); line="$line$i "; done
echo "while: $line"
for w in alpha beta gamma; do echo "$w"; done | while read -r x; do echo "[$x]"; done
count=0
for n in 1 2 3 4 5 6 7 8 9 10 11 12; do
    case $((n % 3)) in
        0) count=$((count + 1)) ;;
        *) ;;
    esac
done
echo "multiples of 3: $count"
until [ "$count" -eq 0 ]; do count=$((count - 1)); done
echo "until: $count"

echo "$(echo "nested $(echo "substitution $(echo deep)")")"
words=$(gen 4 | while read -r n; do echo "w$n"; done)
echo $words

while read -r line; do echo "heredoc: $line"; done <<EOF
first $((6 * 7))
second $(greet heredoc)
EOF
while read -r a b; do echo "$b $a"; done <<'EOF'
one two
$not expanded
EOF

x=outer
(x=inner; echo "subshell: $x")
echo "parent: $x"
echo a b c | { read -r p q r; echo "$r$q$p"; }
false || echo "false gave $?"
set -- x y "z z"
echo "$# args: $*"
for a in "$@"; do echo "arg <$a>"; done
s="a,b,c"
old_ifs=$IFS; IFS=,; set -- $s; IFS=$old_ifs
echo "split: $2 of $#"
echo "${#s} ${s#a,} ${s%,c} ${unset_var:-default}"
exit 3
