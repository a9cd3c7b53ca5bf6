/*
 * A spinlock that saves and restores interrupts: lock() disables them and returns their former
 * state, which unlock() restores, so the holder cannot be preempted and an interrupt handler
 * taking the same lock cannot deadlock against the thread it interrupted.
 *     boolean on = lock.lock();  ...  lock.unlock(on);
 * For short sections that must not sleep (no blocking, no allocation in interrupt handlers).
 * With one CPU, disabling interrupts already excludes everyone, so the lock word only catches
 * bugs: taking a lock that is already held can only be a recursion that would spin forever, and
 * throws instead. FIXME(SMP): spin on an atomic exchange (needs a lock xchg intrinsic in
 * exo.hw.Cpu) with pause, once a second CPU runs.
 */
package exo.kernel.sync;

import exo.kernel.cpu.Irq;

public final class SpinLock {
    private final String name;
    private boolean held;

    public SpinLock(String name) {
        this.name = name;
    }

    /** Takes the lock with interrupts off; returns whether they were on before. */
    public boolean lock() {
        boolean on = Irq.save();
        if (held) {
            Irq.restore(on);
            throw new IllegalStateException("spinlock " + name + " taken twice: deadlock");
        }
        held = true;
        return on;
    }

    /** Releases the lock and restores the interrupt state lock() returned. */
    public void unlock(boolean interruptsWereOn) {
        if (!held) {
            throw new IllegalStateException("spinlock " + name + " released but not held");
        }
        held = false;
        Irq.restore(interruptsWereOn);
    }

    public boolean isHeld() {
        return held;
    }

    public String name() {
        return name;
    }
}
