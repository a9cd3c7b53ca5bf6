# profile.py ELF PCS [sum|seq]: the instructions of a trace (one pc a line, hex) by function
# of ELF's symbol table: totals, largest first (sum), or runs in the order executed (seq).
import bisect, subprocess, sys
syms = []
for line in subprocess.run(["nm", "-n", sys.argv[1]], capture_output=True, text=True).stdout.splitlines():
    p = line.split()
    if len(p) == 3 and p[1] in "tTwW":
        syms.append((int(p[0], 16), p[2]))
addrs = [a for a, _ in syms]
totals, runs = {}, []
for line in open(sys.argv[2]):
    i = bisect.bisect_right(addrs, int(line, 16)) - 1
    name = syms[i][1] if i >= 0 else "?"
    totals[name] = totals.get(name, 0) + 1
    if runs and runs[-1][0] == name:
        runs[-1][1] += 1
    else:
        runs.append([name, 1])
rows = runs if len(sys.argv) > 3 and sys.argv[3] == "seq" else sorted(totals.items(), key=lambda x: -x[1])
for name, n in rows:
    print("%7d %s" % (n, name))
print("%7d total" % sum(totals.values()))
