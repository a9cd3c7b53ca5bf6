/*
 * Each kernel thread's runtime block: the memory that exoc's compiled code allocates through
 * (struct exo_thread in exoc's exo.h: the allocation buffer's cursor and limit, the block and
 * line it came from, the hole kept over a collection). The switch stores the running thread's
 * block in the per-CPU area (PerCpuArea.RUNTIME_BLOCK), so that the allocation fast path
 * bumps the running thread's own buffer without turning interrupts off: a thread preempted in
 * the middle of it finds its buffer as it left it, on whichever CPU it resumes.
 *
 * The blocks are raw memory, not Java objects (the collector reads and resets them while it
 * runs): BLOCK_BYTES per thread-table slot, sixteen to a frame, the frames taken as slots are
 * first used and kept. The boot thread's block is the runtime's own (exo_kernel_thread),
 * which GS names from the first instruction of the kernel's Java code. Threads calls this
 * when it makes a thread, interrupts off; the collector's hooks (Platform.threadBlock) read
 * the addresses through KThread.runtimeBlock.
 */
package exo.kernel.sched;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.arch.x86_64.trap.PerCpuArea;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.PhysAddr;
import exo.rt.AllocOk;

@AllocOk("initialised by Scheduler.init at boot (through Threads), before interrupts are on")
final class RuntimeBlocks {
    private RuntimeBlocks() {}

    /** Room per thread: struct exo_thread is 152 bytes. */
    static final int BLOCK_BYTES = 256;
    static final int PER_FRAME = 4096 / BLOCK_BYTES;
    /** exo_thread's self field: the block's own address (exo.rt.Mem.threadBlock reads it). */
    static final int SELF = 0;

    private static final long[] frames = new long[(Threads.MAX_THREADS + PER_FRAME - 1) / PER_FRAME];

    /** The running thread's block: where compiled code allocates now. */
    static long current() {
        return Cpu.readGs64(PerCpuArea.RUNTIME_BLOCK);
    }

    /**
     * A zeroed block for the thread in table slot `slot` (its allocation buffer empty: the
     * first allocation takes the slow path and a hole), or 0 when no frame is left.
     */
    static long fresh(int slot, FrameAllocator allocator) {
        int page = slot / PER_FRAME;
        if (frames[page] == 0) {
            PhysAddr frame = allocator.allocZeroed();
            if (frame.isNone()) {
                return 0;
            }
            frames[page] = frame.direct().value();
        }
        long block = frames[page] + (long) (slot % PER_FRAME) * BLOCK_BYTES;
        Memory.fill(block, 0, BLOCK_BYTES);
        Memory.write64(block + SELF, block);
        return block;
    }

    /** Forgets the frames (host tests: the simulated memory is new). */
    static void reset() {
        for (int i = 0; i < frames.length; i++) {
            frames[i] = 0;
        }
    }
}
