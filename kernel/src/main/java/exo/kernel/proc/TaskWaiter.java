/*
 * The file layer's waiter for a user thread (pipes, FIFOs, locks, poll): a kernel-thread
 * waiter whose wait also ends when a signal the thread does not block arrives, or when its
 * process is exiting, as Linux's interruptible sleeps; the wait then returns -ERESTARTSYS.
 */
package exo.kernel.proc;

import exo.kernel.fs.wait.ThreadWaiter;

final class TaskWaiter extends ThreadWaiter {
    private final Task task;

    TaskWaiter(Task task) {
        this.task = task;
    }

    @Override
    protected boolean signalPending() {
        return Delivery.interrupted(task);
    }
}
