/*
 * Mutex on the simulated machine, single-threaded: the uncontended paths (lock, unlock with
 * nobody waiting, which touches neither the wait queue nor the scheduler), tryLock, and the
 * ownership errors. The contended paths (FIFO wake-up, hand-over to a starving waiter) need
 * real threads: the mutex-counter boot test (test=mutex) runs them under preemption.
 */
package exo.kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Cpu;
import exo.hw.Sim;
import exo.kernel.arch.x86_64.trap.PerCpuArea;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PageTable;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Scheduler;
import exo.kernel.time.Clock;
import exo.kernel.time.Ticks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MutexTest {
    static final long BOOT_STACK_TOP = 0xFFFFFFFF80200000L;

    KThread main;

    @BeforeEach
    void boot() {
        Sim.reset();
        Scheduler.reset();
        Ticks.reset();
        Clock.setTscHz(1_000_000_000L);
        Sim.defineSymbol("boot_stack_bottom", BOOT_STACK_TOP - 0x10000);
        Sim.defineSymbol("boot_stack_top", BOOT_STACK_TOP);
        Sim.defineSymbol("exo_thread_trampoline", 0xFFFFFFFF80123450L);
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x800000, MemoryMap.AVAILABLE);
        FrameAllocator frames = new FrameAllocator(m);
        Cpu.writeGs64(PerCpuArea.RUNTIME_BLOCK, 0xFFFFFFFF80300000L);
        Scheduler.init(10, 100, PageTable.create(frames), frames);
        main = Scheduler.current();
        Cpu.sti();
    }

    @AfterEach
    void tearDown() {
        Scheduler.reset();
        Clock.reset();
    }

    @Test
    void lockAndUnlockWithoutWaitersNeitherWakesNorSwitches() {
        Mutex m = new Mutex();
        long switches = Scheduler.switches();
        for (int i = 0; i < 3; i++) {
            m.lock();
            assertSame(main, m.owner());
            assertTrue(m.isHeldByCurrent());
            m.unlock();
            assertNull(m.owner());
            assertFalse(m.isHeldByCurrent());
        }
        assertEquals(switches, Scheduler.switches());
        assertEquals(0, m.contendedCount());
        assertTrue(Cpu.interruptsEnabled(), "lock and unlock restore the interrupt flag");
    }

    @Test
    void tryLockTakesOnlyAFreeMutex() {
        Mutex m = new Mutex();
        assertTrue(m.tryLock());
        assertFalse(m.tryLock());
        m.unlock();
        assertTrue(m.tryLock());
        m.unlock();
    }

    @Test
    void ownershipErrorsThrowAndLeaveInterruptsOn() {
        Mutex m = new Mutex();
        assertThrows(IllegalStateException.class, m::unlock);
        m.lock();
        assertThrows(IllegalStateException.class, m::lock);
        assertSame(main, m.owner(), "the failed second lock leaves the owner");
        m.unlock();
        assertThrows(IllegalStateException.class, m::unlock);
        assertTrue(Cpu.interruptsEnabled());
    }
}
