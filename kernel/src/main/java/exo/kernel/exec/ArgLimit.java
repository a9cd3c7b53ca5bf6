/*
 * The budget execve's argument and environment strings must fit in, as Linux counts it: the
 * limit is a quarter of RLIMIT_STACK, capped at 3/4 of the 8 MiB default stack and never below
 * 32 pages; the argv/envp pointers (with argv counted as at least one) come off first, then
 * every string with its NUL (the file name too). One string may not exceed 32 pages. Going
 * over gives E2BIG. The exec code charges strings as it copies them in from the old process,
 * before the point of no return, so a huge argv never costs kernel memory; InitialStack
 * charges them again when it lays out the stack.
 */
package exo.kernel.exec;

public final class ArgLimit {
    /** Linux's _STK_LIM: the default stack limit, 8 MiB. */
    public static final long DEFAULT_STACK_LIMIT = 8L << 20;
    /** Linux's ARG_MAX: the smallest budget, 32 pages. */
    public static final long MIN_BYTES = 32 * 4096;
    /** MAX_ARG_STRLEN: the longest single string, NUL included. */
    public static final long MAX_STRING_BYTES = 32 * 4096;
    /** MAX_ARG_STRINGS: argc and envc are each below this. */
    public static final long MAX_STRINGS = 0x7FFFFFFF;

    private long remaining;

    /** Starts a budget of `limitBytes` for argc arguments and envc environment strings. */
    public ArgLimit(long limitBytes, long argc, long envc) {
        if (argc < 0 || envc < 0 || argc >= MAX_STRINGS || envc >= MAX_STRINGS) {
            throw new ExecException(ExecException.E2BIG, "argc " + argc + " / envc " + envc + " out of range");
        }
        long pointerBytes = (Math.max(argc, 1) + envc) * 8;
        if (limitBytes <= pointerBytes) {
            throw new ExecException(ExecException.E2BIG, (argc + envc) + " argument and environment pointers exceed "
                    + limitBytes + " bytes");
        }
        remaining = limitBytes - pointerBytes;
    }

    /** Linux's budget for a stack limit (RLIMIT_STACK's soft value; -1 is RLIM_INFINITY). */
    public static long forStackLimit(long rlimitStackBytes) {
        long limit = Math.min(DEFAULT_STACK_LIMIT / 4 * 3, rlimitStackBytes >>> 2);
        return Math.max(limit, MIN_BYTES);
    }

    /** Charges one string of `length` bytes (its NUL not counted); E2BIG when it does not fit. */
    public void take(long length) {
        if (length < 0 || length + 1 > MAX_STRING_BYTES) {
            throw new ExecException(ExecException.E2BIG, "argument string of " + length + " bytes (limit "
                    + (MAX_STRING_BYTES - 1) + ")");
        }
        if (length + 1 > remaining) {
            throw new ExecException(ExecException.E2BIG, "arguments and environment exceed the limit (string of "
                    + length + " bytes, " + remaining + " bytes left)");
        }
        remaining -= length + 1;
    }

    public long remaining() {
        return remaining;
    }
}
