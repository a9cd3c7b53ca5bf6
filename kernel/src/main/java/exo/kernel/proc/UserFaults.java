/*
 * CPU exceptions raised by user code. A page fault goes to the address space, which pages in
 * or copies on write; when it cannot (no region there, the region forbids the access, past the
 * end of a mapped file, no memory left) the thread gets the signal Linux sends: SIGSEGV, SIGBUS,
 * or death for want of memory. The other exceptions map to their signals: #DE and #MF/#XM to
 * SIGFPE, #UD to SIGILL, #GP and #SS to SIGSEGV, #BP and #DB to SIGTRAP, #AC to SIGBUS.
 * Called by trap.Traps for vectors 0-31 from user mode, with interrupts enabled.
 */
package exo.kernel.proc;

import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.signal.SigInfo;
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

    /**
     * Handles exception `vector` of the running user thread: a page paged in, or the fault's
     * signal queued (forced: delivered even if blocked) for the return to user mode.
     */
    public static void handle(int vector, long frame, long cr2) {
        Task t = Task.current();
        if (vector == 14) {
            long err = TrapFrame.errorCode(frame);
            int pages = t.process.mm().faultPages(cr2, (err & PF_WRITE) != 0, (err & PF_INSTRUCTION) != 0);
            if (pages > 0) {
                t.minorFaults += pages;   // tmpfs and anonymous memory: never a major fault (no I/O)
                return;
            }
            int r = -pages;
            if (r == AddressSpace.FAULT_OOM) {
                Exits.killedBySignal(t, SIGKILL);   // out of memory: the faulting process dies
            }
            int sig = r == AddressSpace.FAULT_SIGBUS ? SIGBUS : SIGSEGV;
            int code = r == AddressSpace.FAULT_SIGBUS ? SigInfo.BUS_ADRERR
                    : r == AddressSpace.FAULT_ACCERR ? SigInfo.SEGV_ACCERR : SigInfo.SEGV_MAPERR;
            Signalling.force(t, SigInfo.fault(sig, code, cr2));
            return;
        }
        int sig = signalFor(vector);
        Signalling.force(t, SigInfo.fault(sig, codeFor(vector), TrapFrame.rip(frame)));
    }

    static int codeFor(int vector) {
        switch (vector) {
            case 0: return SigInfo.FPE_INTDIV;
            case 6: return SigInfo.ILL_ILLOPN;
            case 3: return SigInfo.TRAP_BRKPT;
            case 1: return SigInfo.TRAP_TRACE;
            case 17: return SigInfo.BUS_ADRALN;
            default: return SigInfo.SI_KERNEL;
        }
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
