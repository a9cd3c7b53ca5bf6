/*
 * Classifies a page fault from CR2 and the error code the CPU pushed (Intel SDM vol. 3A, 4.7:
 * bit 0 P = protection violation on a present page, 1 W = write, 2 U = user mode, 3 RSVD =
 * reserved bit set in an entry, 4 I = instruction fetch, 5 PK = protection key). Today every
 * page fault panics; the classification tells the reader which later feature would have
 * resolved it, and gives those features (demand paging, copy-on-write) their entry point.
 *   - RSVD: corrupt page tables, always a kernel bug.
 *   - kernel-half address: a kernel bug from kernel mode, an illegal access from user mode.
 *   - the null page (below 4 KiB): null dereference (kernel bug, or illegal from user mode).
 *   - lower half, page not present: demand-paging candidate.
 *   - lower half, write to a present read-only page: copy-on-write candidate.
 *   - lower half, any other protection fault (execute NX, user touching a supervisor page):
 *     illegal access, from user mode; a kernel bug from kernel mode.
 * Called by the trap dispatcher.
 */
package exo.kernel.mm;

public final class PageFault {
    private PageFault() {}

    public static final int ERR_PRESENT = 1;
    public static final int ERR_WRITE = 1 << 1;
    public static final int ERR_USER = 1 << 2;
    public static final int ERR_RESERVED = 1 << 3;
    public static final int ERR_FETCH = 1 << 4;
    public static final int ERR_PROTECTION_KEY = 1 << 5;

    public static final int KERNEL_BUG = 0;
    public static final int DEMAND_PAGING = 1;
    public static final int COPY_ON_WRITE = 2;
    public static final int USER_ILLEGAL_ACCESS = 3;

    private static final String[] KIND_NAMES = {
        "kernel bug", "demand-paging candidate", "copy-on-write candidate", "illegal user access",
    };

    /** One of KERNEL_BUG, DEMAND_PAGING, COPY_ON_WRITE, USER_ILLEGAL_ACCESS. */
    public static int classify(long faultAddr, long errorCode) {
        boolean user = (errorCode & ERR_USER) != 0;
        int illegal = user ? USER_ILLEGAL_ACCESS : KERNEL_BUG;
        if ((errorCode & ERR_RESERVED) != 0) {
            return KERNEL_BUG;
        }
        if (!VirtAddr.isUserHalf(faultAddr) || faultAddr < PhysAddr.PAGE_SIZE) {
            return illegal;
        }
        if ((errorCode & ERR_PRESENT) == 0) {
            return DEMAND_PAGING;
        }
        if ((errorCode & ERR_WRITE) != 0 && (errorCode & ERR_FETCH) == 0) {
            return COPY_ON_WRITE;
        }
        return illegal;
    }

    public static String kindName(int kind) {
        return KIND_NAMES[kind];
    }

    /** A one-line explanation: "write to a not-present page in kernel mode at 0x...: kernel bug". */
    public static String describe(long faultAddr, long errorCode) {
        StringBuilder sb = new StringBuilder();
        sb.append((errorCode & ERR_FETCH) != 0 ? "instruction fetch"
                : (errorCode & ERR_WRITE) != 0 ? "write" : "read");
        sb.append((errorCode & ERR_PRESENT) != 0 ? " violating the protection of a present page"
                : " of a not-present page");
        sb.append((errorCode & ERR_USER) != 0 ? " in user mode" : " in kernel mode");
        if ((errorCode & ERR_RESERVED) != 0) {
            sb.append(", reserved bit set in a page-table entry");
        }
        if ((errorCode & ERR_PROTECTION_KEY) != 0) {
            sb.append(", protection key");
        }
        int kind = classify(faultAddr, errorCode);
        sb.append(": ").append(kindName(kind));
        if (faultAddr >= 0 && faultAddr < PhysAddr.PAGE_SIZE) {
            sb.append(" (null pointer dereference)");
        } else if (!VirtAddr.isCanonical(faultAddr)) {
            sb.append(" (non-canonical address)");
        }
        return sb.toString();
    }
}
