/*
 * The resource-use system calls: getrusage (RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD),
 * times, sysinfo; wait4's rusage is written here too. What is measured comes from
 * proc.ProcessUsage (CPU time from the scheduler, peak resident set, context switches; all
 * CPU time counts as user time for now); fields nothing measures (page faults, block I/O,
 * IPC) are 0. times() counts in USER_HZ (100) ticks and returns the ticks since boot.
 * sysinfo's memory comes from the frame allocator (mem_unit 1), its load averages are the
 * system facts' (0 until something measures them). Called only by Syscalls and ProcessCalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.setup.SystemFacts;
import exo.kernel.proc.ProcessUsage;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.time.Clock;
import exo.kernel.uaccess.UserMemory;

final class ResourceCalls {
    private ResourceCalls() {}

    static final int RUSAGE_SELF = 0;
    static final int RUSAGE_CHILDREN = -1;
    static final int RUSAGE_THREAD = 1;
    /** struct rusage: two timevals and fourteen longs. */
    static final int RUSAGE_SIZE = 144;
    static final int RU_MAXRSS = 32;
    static final int RU_MINFLT = 64;
    static final int RU_NVCSW = 128;
    static final int RU_NIVCSW = 136;
    /** struct tms: four clock_t. */
    static final int TMS_SIZE = 32;
    /** USER_HZ: the unit of times() and /proc. */
    static final long NANOS_PER_USER_TICK = 10_000_000L;
    /** struct sysinfo on x86_64. */
    static final int SYSINFO_SIZE = 112;
    static final int SI_LOAD_SHIFT = 16;

    static long getrusage(Task t, int who, long addr) {
        ProcessUsage.Sample s;
        switch (who) {
            case RUSAGE_SELF:
                s = ProcessUsage.self(t.process);
                break;
            case RUSAGE_CHILDREN:
                s = ProcessUsage.children(t.process);
                break;
            case RUSAGE_THREAD:
                s = ProcessUsage.thread(t);
                break;
            default:
                return -Errno.EINVAL;
        }
        return writeRusage(t, addr, s) ? 0 : -Errno.EFAULT;
    }

    /** struct rusage for s at addr (getrusage, wait4); false when it cannot be written. */
    static boolean writeRusage(Task t, long addr, ProcessUsage.Sample s) {
        byte[] b = new byte[RUSAGE_SIZE];
        long userUsec = (s.cpuNanos - s.systemNanos) / 1000;
        long systemUsec = s.systemNanos / 1000;
        Le.put64(b, 0, userUsec / 1_000_000);        // ru_utime
        Le.put64(b, 8, userUsec % 1_000_000);
        Le.put64(b, 16, systemUsec / 1_000_000);     // ru_stime
        Le.put64(b, 24, systemUsec % 1_000_000);
        Le.put64(b, RU_MAXRSS, s.maxRssKib);
        Le.put64(b, RU_MINFLT, s.minorFaults);
        Le.put64(b, RU_NVCSW, s.voluntarySwitches);
        Le.put64(b, RU_NIVCSW, s.involuntarySwitches);
        return UserMemory.copyOutArray(t.process.mm(), addr, b, 0, b.length) == b.length;
    }

    static long times(Task t, long addr) {
        if (addr != 0) {
            byte[] b = new byte[TMS_SIZE];
            ProcessUsage.Sample self = ProcessUsage.self(t.process);
            ProcessUsage.Sample children = ProcessUsage.children(t.process);
            Le.put64(b, 0, (self.cpuNanos - self.systemNanos) / NANOS_PER_USER_TICK);          // tms_utime
            Le.put64(b, 8, self.systemNanos / NANOS_PER_USER_TICK);                            // tms_stime
            Le.put64(b, 16, (children.cpuNanos - children.systemNanos) / NANOS_PER_USER_TICK); // tms_cutime
            Le.put64(b, 24, children.systemNanos / NANOS_PER_USER_TICK);                       // tms_cstime
            if (UserMemory.copyOutArray(t.process.mm(), addr, b, 0, b.length) != b.length) {
                return -Errno.EFAULT;
            }
        }
        return Clock.nanoTime() / NANOS_PER_USER_TICK;
    }

    static long sysinfo(Task t, long addr) {
        SystemFacts f = Processes.facts();
        long up = Clock.nanoTime();
        byte[] b = new byte[SYSINFO_SIZE];
        Le.put64(b, 0, up / 1_000_000_000L + (up % 1_000_000_000L != 0 ? 1 : 0));
        int[] loads = f.loadavg100();
        for (int i = 0; i < 3; i++) {
            Le.put64(b, 8 + 8 * i, ((long) loads[i] << SI_LOAD_SHIFT) / 100);
        }
        Le.put64(b, 32, f.memTotalBytes());
        Le.put64(b, 40, f.memFreeBytes());
        Le.put64(b, 48, f.shmemBytes());
        Le.put16(b, 80, Math.min(0xFFFF, f.threads()));
        Le.put32(b, 104, 1);   // mem_unit: the sizes are in bytes
        return UserMemory.copyOutArray(t.process.mm(), addr, b, 0, b.length) == b.length ? 0 : -Errno.EFAULT;
    }
}
