/*
 * What /proc's system-wide files report, from the parts of the kernel that know it: memory
 * (frames), time (uptime, idle), identity (uname's fields, hostname), the CPU, the scheduler's
 * counts. The file layer's setup implements it from kernel data (FileLayer.SystemFacts); the
 * process and scheduler layers may override what they know better (load, process counts).
 */
package exo.kernel.fs.procfs;

public interface SystemInfo {
    long memTotalBytes();

    long memFreeBytes();

    /** Bytes of frames the kernel's own object heap holds (meminfo's Slab and SUnreclaim). */
    long slabBytes();

    /** Bytes of tmpfs data (meminfo's Shmem and part of Cached). */
    long shmemBytes();

    long uptimeNanos();

    long idleNanos();

    String osType();

    String osRelease();

    /** /proc/version's line (without the newline). */
    String version();

    String hostname();

    /** Sets the hostname (root only, at most 64 bytes, checked by the caller); 0 or -errno. */
    int setHostname(String name);

    /** /proc/cpuinfo's text. */
    String cpuinfo();

    /** Per-CPU tick counts user, nice, system, idle, iowait, irq, softirq, steal (USER_HZ = 100). */
    long[] cpuTicks();

    long contextSwitches();

    long bootTimeSeconds();

    long processesCreated();

    int runnable();

    int blocked();

    /** Threads in the system (loadavg's denominator). */
    int threads();

    int lastPid();

    /** 1-, 5- and 15-minute load averages, times 100. */
    int[] loadavg100();

    /**
     * The tmpfs consistency check (tmpfs.TmpFsCheck) over every mounted tmpfs: "ok" or one
     * problem per line. /proc/exo/tmpfs-check reads it, so hostile tests can run the check
     * from user space after each case.
     */
    String tmpfsCheck();

    /** The kernel command line, as /proc/cmdline shows it (without the newline). */
    default String cmdline() {
        return "";
    }
}
