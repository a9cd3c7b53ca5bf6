/*
 * Kernel thread stacks: STACK_PAGES frames from the frame allocator, mapped with 4 KiB pages in
 * a window of the kernel half reserved for them (STACKS_BASE), one slot per thread-table entry.
 * The lowest page of every slot stays unmapped: a guard page, so that a stack overflow faults
 * at once instead of overwriting the neighbouring stack (the CPU then cannot push the #PF frame
 * either and raises a double fault, which has its own IST stack, and the panic report names
 * the thread whose guard page was hit). The frames need not be contiguous. The page tables of
 * the window stay once created (PageTable never frees them), so reusing a slot costs only the
 * frames. The top SIGNAL_FPU_BYTES of a slot are not stack: a user thread's trap frame ends
 * just below them, and signal delivery (proc.Delivery) fxsaves the user's FPU/SSE registers
 * there and fxrstors them from there: a fixed place, so that no entry path (syscall.S,
 * traps.S) has to reserve it on every call. Called by Threads with interrupts off (the frame
 * allocator is not thread-safe).
 */
package exo.kernel.sched;

import exo.kernel.arch.x86_64.cpu.CpuFeatures;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;
import exo.kernel.mm.VirtAddr;

public final class ThreadStack {
    private ThreadStack() {}

    /** PML4 slot 400 of the kernel half: far from the direct map (256) and the test windows (384). */
    public static final long STACKS_BASE = 0xFFFFC80000000000L;
    public static final int STACK_PAGES = 8;
    public static final int GUARD_PAGES = 1;
    public static final long STACK_BYTES = STACK_PAGES * PhysAddr.PAGE_SIZE;
    public static final long SLOT_BYTES = (STACK_PAGES + GUARD_PAGES) * PhysAddr.PAGE_SIZE;
    /** The signal FPU/SSE image area at the top of every slot (an fxsave image: 512 bytes, 16-aligned). */
    public static final int SIGNAL_FPU_BYTES = 512;

    /** Lowest address of slot's guard page. */
    public static long guard(int slot) {
        return STACKS_BASE + slot * SLOT_BYTES;
    }

    /** Lowest mapped address of slot's stack. */
    public static long low(int slot) {
        return guard(slot) + GUARD_PAGES * PhysAddr.PAGE_SIZE;
    }

    /** One past the highest address of slot's stack (16-byte aligned): the signal FPU area's start. */
    public static long top(int slot) {
        return low(slot) + STACK_BYTES - SIGNAL_FPU_BYTES;
    }

    /** The slot whose guard page holds addr, or -1. */
    public static int guardSlot(long addr, int slots) {
        if (addr < STACKS_BASE || addr >= STACKS_BASE + slots * SLOT_BYTES) {
            return -1;
        }
        int slot = (int) ((addr - STACKS_BASE) / SLOT_BYTES);
        return addr < low(slot) ? slot : -1;
    }

    /** Maps a fresh stack for slot; false (nothing mapped) when frames run out. */
    public static boolean map(int slot, PageTable space, FrameAllocator frames) {
        long flags = PageEntry.WRITABLE | (CpuFeatures.nxEnabled() ? PageEntry.NX : 0);
        for (int i = 0; i < STACK_PAGES; i++) {
            PhysAddr frame = frames.alloc();
            if (frame.isNone()) {
                unmapPages(slot, i, space, frames);
                return false;
            }
            space.map(VirtAddr.of(low(slot) + i * PhysAddr.PAGE_SIZE), frame, flags);
        }
        return true;
    }

    /** Unmaps slot's stack and gives its frames back. */
    public static void unmap(int slot, PageTable space, FrameAllocator frames) {
        unmapPages(slot, STACK_PAGES, space, frames);
    }

    private static void unmapPages(int slot, int pages, PageTable space, FrameAllocator frames) {
        for (int i = 0; i < pages; i++) {
            PhysAddr frame = space.unmap(VirtAddr.of(low(slot) + i * PhysAddr.PAGE_SIZE));
            if (!frame.isNone()) {
                frames.free(frame);
            }
        }
    }
}
