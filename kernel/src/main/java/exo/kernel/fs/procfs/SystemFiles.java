/*
 * The system-wide files at the root of /proc, in Linux's formats: meminfo (the fields busybox
 * free reads), uptime, version, cmdline, filesystems, cpuinfo, stat, loadavg, the links self,
 * thread-self and mounts (-> self/mounts), and sys/kernel/{ostype,osrelease,hostname} (hostname
 * writable by root), sys/kernel/{pid_max,threads-max,tainted} (the process layer's fixed
 * limits: test suites such as LTP read them before forking) and sys/fs/pipe-max-size;
 * Exo-OS's own exo/tmpfs-check (the tmpfs consistency check, run at each open). Content
 * comes from SystemInfo at open.
 */
package exo.kernel.fs.procfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.Names;

final class SystemFiles {
    private SystemFiles() {}

    /** proc.Processes.PID_MAX (procfs sits below proc, so the number is repeated here). */
    static final int PID_MAX = 32768;
    /** sched.Threads.MAX_THREADS, likewise. */
    static final int THREADS_MAX = 256;

    static void populate(ProcFs fs, ProcInodes.Dir root) {
        SystemInfo sys = fs.sys;
        root.add("self", new ProcInodes.Link(fs, 0, 0, ctx -> ctx.pid > 0 ? Integer.toString(ctx.pid) : null));
        root.add("thread-self", new ProcInodes.Link(fs, 0, 0,
                ctx -> ctx.pid > 0 ? ctx.pid + "/task/" + ctx.tid : null));
        root.add("meminfo", text(fs, ctx -> meminfo(sys)));
        root.add("uptime", text(fs, ctx -> uptime(sys)));
        root.add("version", text(fs, ctx -> sys.version() + "\n"));
        root.add("cmdline", text(fs, ctx -> sys.cmdline() + "\n"));
        root.add("filesystems", text(fs, ctx -> fs.types.filesystemsText()));
        root.add("mounts", new ProcInodes.Link(fs, 0, 0, ctx -> "self/mounts"));
        root.add("cpuinfo", text(fs, ctx -> sys.cpuinfo()));
        root.add("stat", text(fs, ctx -> stat(sys)));
        root.add("loadavg", text(fs, ctx -> loadavg(sys)));
        ProcInodes.Dir kernel = new ProcInodes.Dir(fs, 0555, 0, 0, null)
                .add("ostype", text(fs, ctx -> sys.osType() + "\n"))
                .add("osrelease", text(fs, ctx -> sys.osRelease() + "\n"))
                .add("hostname", new ProcInodes.File(fs, 0, 0, ctx -> Text.bytes(sys.hostname() + "\n"),
                        (ctx, data) -> setHostname(sys, ctx.cred.isRoot(), data)))
                .add("pid_max", text(fs, ctx -> PID_MAX + "\n"))
                .add("threads-max", text(fs, ctx -> THREADS_MAX + "\n"))
                .add("tainted", text(fs, ctx -> "0\n"));
        ProcInodes.Dir fsDir = new ProcInodes.Dir(fs, 0555, 0, 0, null)
                .add("pipe-max-size", text(fs, ctx -> "1048576\n"));
        root.add("sys", new ProcInodes.Dir(fs, 0555, 0, 0, null).add("kernel", kernel).add("fs", fsDir));
        root.add("exo", new ProcInodes.Dir(fs, 0555, 0, 0, null).add("tmpfs-check", text(fs, ctx -> sys.tmpfsCheck() + "\n")));
    }

    interface Gen {
        String text(exo.kernel.fs.vfs.FsContext ctx);
    }

    private static ProcInodes.File text(ProcFs fs, Gen g) {
        return new ProcInodes.File(fs, 0, 0, ctx -> Text.bytes(g.text(ctx)), null);
    }

    private static int setHostname(SystemInfo sys, boolean root, byte[] data) {
        if (!root) {
            return -Errno.EPERM;
        }
        int len = data.length;
        while (len > 0 && data[len - 1] == '\n') {
            len--;
        }
        if (len > 64) {
            return -Errno.EINVAL;
        }
        return sys.setHostname(Names.fromBytes(data, 0, len));
    }

    private static String kb(String name, long bytes) {
        return Text.left(name + ":", 16) + Text.right(bytes / 1024, 8) + " kB\n";
    }

    static String meminfo(SystemInfo s) {
        long total = s.memTotalBytes();
        long free = s.memFreeBytes();
        long shmem = s.shmemBytes();
        long slab = s.slabBytes();
        return kb("MemTotal", total) + kb("MemFree", free) + kb("MemAvailable", free) + kb("Buffers", 0)
                + kb("Cached", shmem) + kb("SwapCached", 0) + kb("Active", 0) + kb("Inactive", 0)
                + kb("SwapTotal", 0) + kb("SwapFree", 0) + kb("Dirty", 0) + kb("Writeback", 0)
                + kb("AnonPages", 0) + kb("Mapped", 0) + kb("Shmem", shmem) + kb("Slab", slab)
                + kb("SReclaimable", 0) + kb("SUnreclaim", slab);
    }

    static String uptime(SystemInfo s) {
        return Text.hundredths(s.uptimeNanos() / 10_000_000L) + " " + Text.hundredths(s.idleNanos() / 10_000_000L) + "\n";
    }

    static String loadavg(SystemInfo s) {
        int[] l = s.loadavg100();
        return Text.hundredths(l[0]) + " " + Text.hundredths(l[1]) + " " + Text.hundredths(l[2]) + " "
                + s.runnable() + "/" + s.threads() + " " + s.lastPid() + "\n";
    }

    static String stat(SystemInfo s) {
        long[] t = s.cpuTicks();
        StringBuilder cpu = new StringBuilder();
        for (long v : t) {
            cpu.append(' ').append(v);
        }
        cpu.append(" 0 0\n");
        return "cpu " + cpu + "cpu0" + cpu + "intr 0\nctxt " + s.contextSwitches() + "\nbtime " + s.bootTimeSeconds()
                + "\nprocesses " + s.processesCreated() + "\nprocs_running " + s.runnable() + "\nprocs_blocked "
                + s.blocked() + "\nsoftirq 0 0 0 0 0 0 0 0 0 0 0\n";
    }
}
