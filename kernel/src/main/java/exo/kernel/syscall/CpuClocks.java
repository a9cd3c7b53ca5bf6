/*
 * The CPU-time clocks of clock_getcpuclockid(3) and pthread_getcpuclockid(3): negative clock
 * ids that name a process or a thread, encoded as Linux does (~pid << 3, bit 2 for a thread,
 * the low two bits CPUCLOCK_PROF, _VIRT or _SCHED; pid 0 is the caller). All three read the
 * same CPU time here (user and system time are not told apart). Called by TimeCalls.
 */
package exo.kernel.syscall;

import exo.kernel.proc.Process;
import exo.kernel.proc.ProcessUsage;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;

final class CpuClocks {
    private CpuClocks() {}

    static final int CPUCLOCK_PERTHREAD = 4;
    static final int CPUCLOCK_TYPE_MASK = 3;
    static final int CPUCLOCK_MAX = 3;

    /** The time of CPU clock `clock` (negative) in nanoseconds, or -1 when it names nothing. */
    static long read(Task t, int clock) {
        if ((clock & CPUCLOCK_TYPE_MASK) >= CPUCLOCK_MAX) {
            return -1;
        }
        int pid = ~(clock >> 3);
        if ((clock & CPUCLOCK_PERTHREAD) != 0) {
            Task thread = pid == 0 ? t : Processes.findTask(pid);
            return thread == null || thread.process != t.process ? -1 : ProcessUsage.threadCpuNanos(thread);
        }
        Process p = pid == 0 ? t.process : Processes.find(pid);
        return p == null || p.isZombie() ? -1 : ProcessUsage.processCpuNanos(p);
    }
}
