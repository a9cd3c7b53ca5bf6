/*
 * FrameLock on the simulated CPU: interrupts off while held and restored as they were, the
 * lock word set and cleared, a second lock() on the only CPU throws instead of spinning, and
 * the frame allocator's operations leave it free, also when they throw.
 */
package exo.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Cpu;
import exo.hw.Sim;
import exo.kernel.cpu.PerCpu;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrameLockTest {
    @BeforeEach
    void reset() {
        Sim.reset();
        PerCpu.reset();
    }

    @Test
    void heldWithInterruptsOffThenRestored() {
        FrameLock lock = new FrameLock("t");
        Cpu.sti();
        boolean on = lock.lock();
        assertTrue(on);
        assertTrue(lock.isHeld());
        assertFalse(Cpu.interruptsEnabled());
        lock.unlock(on);
        assertFalse(lock.isHeld());
        assertTrue(Cpu.interruptsEnabled());

        Cpu.cli();
        on = lock.lock();
        assertFalse(on);
        lock.unlock(on);
        assertFalse(Cpu.interruptsEnabled(), "a section entered with interrupts off leaves them off");
    }

    @Test
    void takingItTwiceOnOneCpuThrowsAndKeepsTheFirstHold() {
        FrameLock lock = new FrameLock("frames");
        Cpu.sti();
        boolean on = lock.lock();
        IllegalStateException e = assertThrows(IllegalStateException.class, lock::lock);
        assertEquals("spinlock frames taken twice: deadlock", e.getMessage());
        assertTrue(lock.isHeld());
        assertFalse(Cpu.interruptsEnabled(), "the failed lock() restores the state it found (off)");
        lock.unlock(on);
        assertTrue(Cpu.interruptsEnabled());
        assertThrows(IllegalStateException.class, () -> lock.unlock(true));
    }

    @Test
    void theCompareAndSwapIntrinsicSwapsOnlyOnAMatch() {
        int[] word = new int[1];
        assertEquals(0, Cpu.compareAndSwap(word, 0, 1));
        assertEquals(1, word[0]);
        assertEquals(1, Cpu.compareAndSwap(word, 0, 2));
        assertEquals(1, word[0]);
        Cpu.storeRelease(word, 0);
        assertEquals(0, word[0]);
    }

    @Test
    void theAllocatorReleasesItsLockAfterEachCallEvenWhenOneThrows() {
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x8000, MemoryMap.AVAILABLE);
        FrameAllocator fa = new FrameAllocator(m);
        Cpu.sti();
        PhysAddr a = fa.alloc();
        fa.free(a);
        assertThrows(RuntimeException.class, () -> fa.free(a));   // double free
        PhysAddr run = fa.allocRun(4, 4);
        assertEquals(0x100000, run.value());
        fa.freeRun(run, 4);
        assertTrue(Cpu.interruptsEnabled());
        assertEquals(8, fa.freeFrames());
        assertEquals(0x100000, fa.alloc().value(), "the lock was free again for the next call");
    }
}
