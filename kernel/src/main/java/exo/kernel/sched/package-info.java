/**
 * Kernel threads and their scheduling. KThread is one thread; Threads is the thread table and
 * life cycle (create with a guarded stack, exit, join) and the garbage collector's view of every
 * stack; Scheduler runs on the machine (the switch, yield, sleep, block, wake, timer
 * preemption, the idle thread); ThreeQueues is the policy (Hot, Normal and Cold run queues by
 * an exponential moving average of CPU bursts) and TimerQueue holds the sleepers, both plain
 * logic tested on the host. Execution context: the scheduler's state changes with interrupts
 * off; tick() and preemptIfNeeded() run in the timer interrupt and allocate nothing.
 */
package exo.kernel.sched;
