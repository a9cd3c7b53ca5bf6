/*
 * What a kernel thread runs: Threads.create(entry, arg, name, priority) calls entry.run(arg) on
 * the new thread's own stack, with interrupts enabled; when it returns the thread exits. An
 * exception escaping it is a kernel bug and ends in a panic. A lambda is the usual form.
 */
package exo.kernel.sched;

public interface ThreadEntry {
    void run(Object arg);
}
