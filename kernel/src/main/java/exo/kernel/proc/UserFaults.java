/*
 * CPU exceptions raised by user code. A page fault goes to the address space, which pages in
 * or copies on write; when it cannot (no region there, the region forbids the access, past the
 * end of a mapped file, no memory left) the thread gets the signal Linux sends: SIGSEGV, SIGBUS,
 * or death for want of memory. The other exceptions map to their signals: #DE and #MF/#XM to
 * SIGFPE, #UD to SIGILL, #GP and #SS to SIGSEGV, #BP and #DB to SIGTRAP, #AC to SIGBUS.
 * Until signal handlers exist, every such signal ends the process as its default action does.
 * Called by trap.Traps for vectors 0-31 from user mode, with interrupts enabled.
 */
package exo.kernel.proc;

import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.vm.AddressSpace;

public final class UserFaults {
    private UserFaults() {}

    public static final int SIGILL = 4;
    public static final int SIGTRAP = 5;
    public static final int SIGBUS = 7;
    public static final int SIGFPE = 8;
    public static final int SIGKILL = 9;
    public static final int SIGSEGV = 11;

    /** Page-fault error code bits (Intel SDM vol. 3A, 4.7). */
    static final long PF_WRITE = 1 << 1;
    static final long PF_INSTRUCTION = 1 << 4;

    /** Handles exception `vector` of the running user thread; returns when it may go on. */
    public static void handle(int vector, long frame, long cr2) {
        Task t = Task.current();
        if (vector == 14) {
            long err = TrapFrame.errorCode(frame);
            int r = t.process.mm().fault(cr2, (err & PF_WRITE) != 0, (err & PF_INSTRUCTION) != 0);
            if (r == AddressSpace.FAULT_OK) {
                return;
            }
            Exits.killedBySignal(t, r == AddressSpace.FAULT_SIGBUS ? SIGBUS : r == AddressSpace.FAULT_OOM ? SIGKILL : SIGSEGV);
            return;
        }
        Exits.killedBySignal(t, signalFor(vector));
    }

    static int signalFor(int vector) {
        switch (vector) {
            case 0: case 16: case 19: return SIGFPE;
            case 6: return SIGILL;
            case 1: case 3: return SIGTRAP;
            case 17: return SIGBUS;
            default: return SIGSEGV;
        }
    }
}
