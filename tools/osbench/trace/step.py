# step.py - run by gdb (tools/osbench/trace/trace): attaches to QEMU's gdbstub, waits for the
# SKIP+1st system call numbered NR at exo_syscall_entry, then single-steps and writes each pc
# to PCS. ALL=0: kernel only, from that entry back to user mode (RETURNS returns, the user
# code between them run at full speed). ALL=1: every instruction, user code included, until
# the traced process (its CR3) returns to user mode from its next wait4 (a fork+exec+wait).
import gdb
import os
ENTRY = int(os.environ["ENTRY"], 16)
NR, SKIP = int(os.environ["NR"]), int(os.environ.get("SKIP", "200"))
RETURNS, ALL, OUT = int(os.environ.get("RETURNS", "1")), os.environ.get("ALL") == "1", os.environ["PCS"]
USER_TOP = 0x800000000000

def reg(name):
    return int(gdb.parse_and_eval("$" + name)) & 0xffffffffffffffff

def run_to_entry():
    gdb.execute("hbreak *0x%x" % ENTRY)
    gdb.execute("continue", to_string=True)
    gdb.execute("delete")

gdb.execute("set pagination off")
gdb.execute("target remote :" + os.environ["GDB_PORT"])
hits = 0
while hits <= SKIP:
    run_to_entry()
    if reg("rax") == NR:
        hits += 1
cr3 = reg("cr3")
pcs, returns, waited = [], 0, False
while True:
    pc = reg("pc")
    if ALL:
        if pc == ENTRY and reg("rax") == 61:
            waited = True
        if waited and pc < USER_TOP and reg("cr3") == cr3:
            break
    elif pc < USER_TOP:
        returns += 1
        if returns >= RETURNS:
            break
        run_to_entry()
        continue
    pcs.append(pc)
    gdb.execute("stepi", to_string=True)
with open(OUT, "w") as f:
    f.write("".join("%x\n" % p for p in pcs))
gdb.execute("kill")
