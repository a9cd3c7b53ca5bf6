# Parameters, quoting and the expansions POSIX defines.
v=hello; empty=
echo "${v:-x} ${unset_v:-default} ${empty:-e} ${empty-e2}"
echo "${v:+alt} [${unset_v:+alt}] ${#v}"
: ${assigned:=now}; echo "$assigned"
p=/usr/local/lib/file.tar.gz
echo "${p%.*} ${p%%.*} ${p#*/} ${p##*/}"
echo '$v in single quotes' "and \$v \"escaped\"" \\ back\ slash
echo $((1 + 2 * 3)) $(( (7 % 4) << 2 )) $((10 / 3)) $(( -5 + 2 )) $(( 3 > 2 && 1 ))
i=5; : $((i += 10)); echo $i $((i--)) $i $((0x1f)) $((010))
set -- one "two words" three
echo $# "$1" "$2"
for a in "$@"; do echo "[$a]"; done
for a in $*; do echo "<$a>"; done
IFS=:; echo "$*"; IFS=' 	
'
x=$(echo inner $(echo nested)); echo "$x"
y=`echo back tick`; echo "$y"
echo "${v}world" "$v"_suffix
(exit 7); echo "status $?"
true; echo "true $?"; ! true; echo "negated $?"
echo ${unset_v:-"quoted default"} "${v#"h"}"
t='a*b'; echo "${t}" ${t%\*b}
echo "tilde ~ stays" ~/x | sed "s|$HOME|HOME|"
readonly ro=1; (ro=2) 2>/dev/null || echo "readonly refused"
(echo "${unset_v:?gone}") 2>&1; echo "after :? $?"
