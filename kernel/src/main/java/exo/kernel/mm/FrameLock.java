/*
 * The frame allocator's lock: a spinlock taken with interrupts off, for mm, which sits below
 * kernel.sync (whose SpinLock and Mutex use the scheduler) and is called from inside any
 * allocation (KernelHeap.back). Interrupts off keep a timer preemption out of the bitmap's
 * read-modify-writes on this CPU; the lock word, taken by lock cmpxchg (exo.hw.Cpu), keeps
 * other CPUs out once they run.
 *     boolean on = lock.lock();  ...  lock.unlock(on);
 * With one CPU nobody else can release a held lock, so taking it again (a recursion through
 * an allocation inside the section) throws instead of spinning forever.
 */
package exo.kernel.mm;

import exo.hw.Cpu;
import exo.kernel.cpu.Irq;
import exo.kernel.cpu.PerCpu;
import exo.kernel.util.Invariant;

final class FrameLock {
    private static final int FREE = 0;
    private static final int HELD = 1;

    private final String name;
    /** FREE or HELD; an int[] because the compare-and-swap intrinsic works on word[0]. */
    private final int[] word = new int[1];

    FrameLock(String name) {
        this.name = name;
    }

    /** Takes the lock with interrupts off; returns whether they were on before. */
    boolean lock() {
        boolean on = Irq.save();
        while (Cpu.compareAndSwap(word, FREE, HELD) != FREE) {
            if (PerCpu.count() <= 1) {
                Irq.restore(on);
                throw Invariant.broken(this, "taken twice: deadlock");
            }
            Cpu.pause();
        }
        return on;
    }

    /** Releases the lock and restores the interrupt state lock() returned. */
    void unlock(boolean interruptsWereOn) {
        if (word[0] != HELD) {
            throw Invariant.broken(this, "released but not held");
        }
        Cpu.storeRelease(word, FREE);
        Irq.restore(interruptsWereOn);
    }

    boolean isHeld() {
        return word[0] == HELD;
    }

    /** "spinlock NAME", the subject of the errors above (built only when one is thrown). */
    @Override
    public String toString() {
        return "spinlock " + name;
    }
}
