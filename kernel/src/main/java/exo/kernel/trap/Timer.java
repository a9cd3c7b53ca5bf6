/*
 * The IRQ0 handler: advances the tick count (time.Ticks, 100 per second once Boot has started
 * the PIT at 100 Hz) and drives the scheduler (Scheduler.tick wakes due sleepers and counts the
 * running thread's time slice down); each tick also samples whether the running thread was in
 * user mode or in the kernel (KThread.countTick: user and system time). Runs in the timer
 * interrupt, interrupts off.
 */
package exo.kernel.trap;

import exo.hw.Cpu;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.irq.IrqHandler;
import exo.kernel.sched.Scheduler;
import exo.kernel.time.Ticks;

public final class Timer implements IrqHandler {
    public static final int IRQ = 0;

    @Override
    public void handleIrq(int irq, long frame) {
        if (Scheduler.started()) {
            Scheduler.current().countTick(TrapFrame.fromUserMode(frame));
        }
        Scheduler.tick(Ticks.advance(Cpu.rdtsc()));
    }
}
