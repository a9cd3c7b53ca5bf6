/*
 * The kernel side of a page fault inside a user copy (kernel/arch/x86_64/uaccess.S). The copy
 * runs with the user's page tables live and no lock held; a user page that is not there yet,
 * read-only for a write, or copy-on-write raises #PF in kernel mode at one of the copy's
 * instructions. trap.Traps asks fixupFor(pc) whether the faulting pc is one of them (the
 * assembly's exo_uaccess_table: pairs of faulting pc and fixup pc) and, when it is, calls
 * resolve(): the fault is handled as the user's own access would be (AddressSpace.fault takes
 * the address-space lock here, not in the copy), and the copy resumes at the same instruction;
 * when it cannot be (no region, the region forbids it, past the end of a file, no memory) the
 * copy resumes at the fixup, which returns the bytes not copied, and the system call -EFAULT.
 */
package exo.kernel.uaccess;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.mm.PhysAddr;
import exo.kernel.vm.AddressSpace;

public final class UserCopyFaults {
    private UserCopyFaults() {}

    /** Bytes per table entry: the faulting instruction's address, then its fixup's. */
    private static final int ENTRY_BYTES = 16;

    /** The fixup for a kernel-mode fault at pc, when pc is a user-copy instruction; else 0. */
    public static long fixupFor(long pc) {
        long end = Cpu.symbolAddress("exo_uaccess_table_end");
        for (long at = Cpu.symbolAddress("exo_uaccess_table"); at < end; at += ENTRY_BYTES) {
            if (Memory.read64(at) == pc) {
                return Memory.read64(at + 8);
            }
        }
        return 0;
    }

    /**
     * Pages in user address addr of mm for a copy that faulted there (write: the copy stored
     * to it), as a user access would; true when the copy may retry. False for an address
     * outside the user half and for an address space that is not the live one (the copy ran
     * through other tables: UserMemory never does that). Takes mm's lock; thread context.
     */
    public static boolean resolve(AddressSpace mm, long addr, boolean write) {
        return resolvePages(mm, addr, write) > 0;
    }

    /** As resolve, with the pages paged in for ru_minflt (AddressSpace.faultPages), or 0. */
    public static int resolvePages(AddressSpace mm, long addr, boolean write) {
        if (mm == null || !AddressSpace.isUserRange(addr, 1) || (Cpu.readCr3() & ~(PhysAddr.PAGE_SIZE - 1)) != mm.rootPhys()) {
            return 0;
        }
        return Math.max(0, mm.faultPages(addr, write, false));
    }
}
