/*
 * What the system-call binding exo.sys needs from the runtime besides Syscall.syscall6: the
 * address of an array's first element (a system call's buffer; the collector does not move
 * objects, and the caller keeps the array referenced for the call's duration), and the hooks
 * of the C signal handler in linux.c (lowered by exoc's SysSupportIntrinsics): that handler
 * only records a signal; exo.sys.Signals runs the Java handler later, at a poll.
 */
package exo.rt;

public final class SysSupport {
    private SysSupport() {}

    /** Address of b[off]. */
    public static long address(byte[] b, int off) {
        return Mem.addressOf(b) + ClassDesc.ARRAY_DATA_NARROW + off;
    }

    /** Address of a[0]. */
    public static long address(int[] a) {
        return Mem.addressOf(a) + ClassDesc.ARRAY_DATA_NARROW;
    }

    /** Address of a[0]. */
    public static long address(long[] a) {
        return Mem.addressOf(a) + ClassDesc.ARRAY_DATA_WIDE;
    }

    /** The 8 bytes at a raw address the kernel gave (the initial stack's envp array). */
    public static long load64(long address) {
        return Mem.load64(address);
    }

    /** The bytes of the NUL-terminated string at a raw address the kernel gave. */
    public static byte[] cStringBytes(long address) {
        int len = 0;
        while (Mem.load8(address + len) != 0) {
            len++;
        }
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = Mem.load8(address + i);
        }
        return b;
    }

    /** The C function that records a signal (sa_handler for rt_sigaction). */
    public static native long signalHandler();

    /** The rt_sigreturn trampoline (sa_restorer, with SA_RESTORER). */
    public static native long signalRestorer();

    /** The recorded signals (bit sig-1), cleared atomically. */
    public static native long takeSignals();

    /** The recorded signals, left in place. */
    public static native long pendingSignals();
}
