/*
 * The uncontended paths of the kernel's locks on the simulated machine, with the scheduler
 * initialised so that there is a current thread: monitors (reentrant, slots freed across
 * the table's words, a thread holding the whole table gets an exception), Mutex ownership rules, Semaphore counting, SpinLock and Irq interrupt state. The
 * contended paths need real threads and run in the boot test test=mutex.
 */
package exo.kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Cpu;
import exo.hw.Sim;
import exo.kernel.Platform;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PageTable;
import exo.kernel.sched.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonitorsTest {
    @BeforeEach
    void boot() {
        Sim.reset();
        Scheduler.reset();
        Sim.defineSymbol("boot_stack_bottom", 0xFFFFFFFF80100000L);
        Sim.defineSymbol("boot_stack_top", 0xFFFFFFFF80110000L);
        Sim.defineSymbol("exo_thread_trampoline", 0xFFFFFFFF80123450L);
        MemoryMap m = new MemoryMap();
        m.add(0x100000, 0x400000, MemoryMap.AVAILABLE);
        FrameAllocator frames = new FrameAllocator(m);
        Scheduler.init(10, 100, PageTable.create(frames), frames);
        Cpu.sti();
    }

    @AfterEach
    void tearDown() {
        Scheduler.reset();
    }

    @Test
    void monitorsAreReentrantAndFreedOnTheLastExit() {
        Object o = new Object();
        Platform.monitorEnter(o);
        Platform.monitorEnter(o);
        assertTrue(Monitors.holds(o));
        assertEquals(1, Monitors.inUse());
        Platform.monitorExit(o);
        assertTrue(Monitors.holds(o));
        Platform.monitorExit(o);
        assertFalse(Monitors.holds(o));
        assertEquals(0, Monitors.inUse());
        assertTrue(Cpu.interruptsEnabled());
    }

    @Test
    void monitorsBeyondTheFirstWordAreFoundAndFreed() {
        Object[] held = new Object[200];
        for (int i = 0; i < held.length; i++) {
            held[i] = new Object();
            Monitors.enter(held[i]);
        }
        assertEquals(held.length, Monitors.inUse());
        for (int i = 0; i < held.length; i += 2) {   // free every other slot, across words
            Monitors.exit(held[i]);
        }
        for (int i = 0; i < held.length; i++) {
            assertEquals(i % 2 == 1, Monitors.holds(held[i]), "monitor " + i);
        }
        Object late = new Object();
        Monitors.enter(late);                        // takes the lowest free slot, 0
        Monitors.enter(held[0]);
        assertTrue(Monitors.holds(held[199]) && Monitors.holds(late) && Monitors.holds(held[0]));
        Monitors.exit(late);
        Monitors.exit(held[0]);
        for (int i = 1; i < held.length; i += 2) {
            Monitors.exit(held[i]);
        }
        assertEquals(0, Monitors.inUse());
    }

    @Test
    void theTableHoldsSlotsMonitors() {
        Object[] held = new Object[Monitors.SLOTS];
        for (int i = 0; i < held.length; i++) {
            held[i] = new Object();
            Monitors.enter(held[i]);
        }
        assertThrows(IllegalStateException.class, () -> Monitors.enter(new Object()));
        for (Object o : held) {
            assertTrue(Monitors.holds(o));
            Monitors.exit(o);
        }
        assertEquals(0, Monitors.inUse());
    }

    @Test
    void monitorsAreNoOpsBeforeTheSchedulerStarts() {
        Scheduler.reset();
        Object o = new Object();
        Platform.monitorEnter(o);
        Platform.monitorExit(o);
        assertEquals(0, Monitors.inUse());
    }

    @Test
    void mutexOwnershipRules() {
        Mutex m = new Mutex();
        m.lock();
        assertTrue(m.isHeldByCurrent());
        assertSame(Scheduler.current(), m.owner());
        assertFalse(m.tryLock());
        assertThrows(IllegalStateException.class, m::lock);
        m.unlock();
        assertThrows(IllegalStateException.class, m::unlock);
        assertTrue(m.tryLock());
        m.unlock();
        assertEquals(0, m.contendedCount());
        assertTrue(Cpu.interruptsEnabled());
    }

    @Test
    void semaphoreCountsPermits() {
        Semaphore s = new Semaphore(2);
        s.acquire();
        assertTrue(s.tryAcquire());
        assertFalse(s.tryAcquire());
        s.release();
        assertEquals(1, s.availablePermits());
        assertEquals(0, s.waiting());
        assertThrows(IllegalArgumentException.class, () -> new Semaphore(-1));
    }

    @Test
    void spinLockSavesAndRestoresInterrupts() {
        SpinLock lock = new SpinLock("t");
        boolean on = lock.lock();
        assertTrue(on);
        assertFalse(Cpu.interruptsEnabled());
        assertThrows(IllegalStateException.class, lock::lock);
        assertTrue(lock.isHeld());
        lock.unlock(on);
        assertTrue(Cpu.interruptsEnabled());
        Cpu.cli();
        boolean off = lock.lock();
        lock.unlock(off);
        assertFalse(Cpu.interruptsEnabled(), "a lock taken with interrupts off leaves them off");
        assertThrows(IllegalStateException.class, () -> lock.unlock(false));
    }

    @Test
    void blockingWithInterruptsOnIsRefused() {
        assertThrows(IllegalStateException.class, Scheduler::block);
    }
}
