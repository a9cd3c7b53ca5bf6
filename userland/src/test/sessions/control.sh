# Compound commands, functions and the control builtins.
if false; then echo no; elif true; then echo elif; else echo else; fi
n=0; while [ $n -lt 3 ]; do n=$((n+1)); echo "while $n"; done
until [ $n -eq 0 ]; do n=$((n-1)); done; echo "until $n"
for w in a b c d; do
  case $w in
    a) echo "case a";;
    b|c) echo "case $w"; continue;;
    *) echo "default $w"; break;;
  esac
  echo "after $w"
done
for i in 1 2 3; do for j in x y; do [ $j = y ] && continue 2; echo "$i$j"; done; done
fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }
echo "fact 10 = $(fact 10)"
f() { echo "in f: $# args, first $1"; return 4; }
f a b c; echo "f returned $?"
echo "after f, \$1 is '$1'"
g() { local_var=set_in_g; }; g; echo "$local_var"
{ echo group; echo braces; } | tr a-z A-Z
(cd /; echo "subshell in $(pwd)"); echo "still in $(basename "$PWD")" >/dev/null
true && echo and1; false && echo and2; false || echo or1; true || echo or2
x=1; if [ $x = 1 ] && { [ -n "$x" ] || false; }; then echo compound-test; fi
case "hello.txt" in *.c) echo c;; *.txt) echo txt;; esac
case x in [abc]) echo abc;; [!abc]) echo not-abc;; esac
while true; do echo once; break; done
count() { c=0; for _ in "$@"; do c=$((c+1)); done; echo $c; }
count 1 "2 3" '' 4
