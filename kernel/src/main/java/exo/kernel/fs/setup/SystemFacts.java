/*
 * SystemInfo from what the kernel knows today: memory from the frame source (and the kernel
 * heap's frames, as Slab, from the supplier Boot sets), uptime and boot
 * time from the TSC clock, context switches and threads from the scheduler, the CPU from cpuid,
 * and uname-style names held in fields the process layer may change (hostname is set by
 * sethostname(2) and /proc/sys/kernel/hostname, the domain name by setdomainname(2)). What nothing measures yet is reported as
 * zero rather than invented: CPU time is all "idle" except nothing, load averages are 0.00.
 */
package exo.kernel.fs.setup;

import exo.hw.Cpu;
import exo.kernel.fs.page.FrameSource;
import exo.kernel.fs.procfs.SystemInfo;
import exo.kernel.fs.tmpfs.TmpFs;
import exo.kernel.fs.tmpfs.TmpFsCheck;
import exo.kernel.fs.vfs.FileSystem;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.Threads;
import exo.kernel.time.Clock;
import java.util.function.LongSupplier;

public class SystemFacts implements SystemInfo {
    public String osType = "Linux";
    public String osRelease = "6.1.0-exo";
    public String versionLine = "Linux version 6.1.0-exo (exo@exo-os) (exoc, gcc) #1 SMP";
    /** The boot loader's command line for the kernel (/proc/cmdline). */
    public String commandLine = "";
    private String hostname = "exo";
    private String domainname = "(none)";
    FrameSource frames;
    Vfs vfs;
    /** Frames' bytes held by the kernel's object heap (Boot sets it: mm.KernelHeap); none here. */
    public LongSupplier kernelHeapBytes = () -> 0;

    @Override
    public String cmdline() {
        return commandLine;
    }

    @Override
    public long memTotalBytes() {
        return frames == null ? 0 : frames.totalFrames() * 4096;
    }

    @Override
    public long memFreeBytes() {
        return frames == null ? 0 : frames.freeFrames() * 4096;
    }

    @Override
    public long slabBytes() {
        return kernelHeapBytes.getAsLong();
    }

    @Override
    public long shmemBytes() {
        long pages = 0;
        if (vfs != null) {
            for (FileSystem fs : vfs.mountedFileSystems()) {
                if (fs instanceof TmpFs) {
                    pages += ((TmpFs) fs).usedPages();
                }
            }
        }
        return pages * 4096;
    }

    @Override
    public String tmpfsCheck() {
        StringBuilder problems = new StringBuilder();
        if (vfs != null) {
            for (FileSystem fs : vfs.mountedFileSystems()) {
                if (fs instanceof TmpFs) {
                    for (String p : TmpFsCheck.check((TmpFs) fs)) {
                        problems.append(problems.length() == 0 ? "" : "\n").append(p);
                    }
                }
            }
        }
        return problems.length() == 0 ? "ok" : problems.toString();
    }

    @Override
    public long uptimeNanos() {
        return Clock.nanoTime();
    }

    @Override
    public long idleNanos() {
        return 0;
    }

    @Override
    public String osType() {
        return osType;
    }

    @Override
    public String osRelease() {
        return osRelease;
    }

    @Override
    public String version() {
        return versionLine;
    }

    @Override
    public synchronized String hostname() {
        return hostname;
    }

    @Override
    public synchronized int setHostname(String name) {
        hostname = name;
        return 0;
    }

    /** The NIS domain name (uname's domainname; setdomainname(2)). */
    public synchronized String domainname() {
        return domainname;
    }

    public synchronized void setDomainname(String name) {
        domainname = name;
    }

    @Override
    public String cpuinfo() {
        return CpuInfo.text(Clock.tscHz());
    }

    @Override
    public long[] cpuTicks() {
        return new long[] {0, 0, 0, uptimeNanos() / 10_000_000L, 0, 0, 0, 0};
    }

    @Override
    public long contextSwitches() {
        return Scheduler.started() ? Scheduler.switches() : 0;
    }

    @Override
    public long bootTimeSeconds() {
        return (Clock.currentTimeMillis() - Clock.uptimeMillis()) / 1000;
    }

    @Override
    public long processesCreated() {
        return 0;
    }

    @Override
    public int runnable() {
        return 1;
    }

    @Override
    public int blocked() {
        return 0;
    }

    @Override
    public int threads() {
        return Scheduler.started() ? Threads.count() : 1;
    }

    @Override
    public int lastPid() {
        return 0;
    }

    @Override
    public int[] loadavg100() {
        return new int[3];
    }

    /** cpuid's brand string helper, kept here so Cpu stays free of text. */
    static int cpuid(int leaf, int reg) {
        return Cpu.cpuid(leaf, 0, reg);
    }
}
