/*
 * Atomic read-modify-write of a 32-bit user word, what the futex calls that change the word
 * themselves need (the priority-inheritance operations, and a dying thread's robust list):
 * the kernel's update must not interleave with the user's own lock cmpxchg on the same word.
 * The word's page is found (and faulted in for writing, copy-on-write broken) under the
 * address space's lock, which keeps the mapping in place, and the compare-and-swap is done
 * through the direct map with interrupts off, so no user thread of the address space runs in
 * between on this CPU. FIXME(SMP): a locked cmpxchg instead, once other CPUs run user code.
 * Used by proc.PiFutexes and proc.RobustLists.
 */
package exo.kernel.uaccess;

import exo.hw.Memory;
import exo.kernel.cpu.Irq;
import exo.kernel.mm.PhysAddr;
import exo.kernel.vm.AddressSpace;

public final class UserAtomics {
    private UserAtomics() {}

    /**
     * If the aligned 32-bit word at user addr equals expected, stores update there. Returns the
     * value found (as an unsigned 32-bit number, so 0..2^32-1) or -EFAULT when the word is not
     * mapped writable (or addr is misaligned or outside user space).
     */
    public static long compareAndSwap32(AddressSpace as, long addr, int expected, int update) {
        if ((addr & 3) != 0) {
            return -UserMemory.EFAULT;
        }
        as.lock.lock();
        try {
            long phys = as.userPageLocked(addr, true);
            if (phys < 0) {
                return -UserMemory.EFAULT;
            }
            long word = PhysAddr.toVirt(phys);
            boolean on = Irq.save();
            try {
                int found = Memory.read32(word);
                if (found == expected) {
                    Memory.write32(word, update);
                }
                return found & 0xFFFF_FFFFL;
            } finally {
                Irq.restore(on);
            }
        } finally {
            as.lock.unlock();
        }
    }

    /** The 32-bit word at user addr (unsigned), or -EFAULT. */
    public static long read32(AddressSpace as, long addr) {
        byte[] b = new byte[4];
        if ((addr & 3) != 0 || UserMemory.copyInArray(as, addr, b, 0, 4) != 4) {
            return -UserMemory.EFAULT;
        }
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | (b[3] & 0xFFL) << 24;
    }
}
