/**
 * Synchronisation between kernel threads, built on the scheduler's block and wake: Irq (the
 * interrupts-off critical section of one CPU), SpinLock (saves and restores interrupts; never
 * sleeps), WaitQueue (the blocking building block), Mutex, Semaphore, CondVar, and Monitors,
 * which give Java's `synchronized` its meaning in the kernel (through Platform.monitorEnter and
 * monitorExit). Blocking primitives are for threads only, never for interrupt handlers.
 */
package exo.kernel.sync;
