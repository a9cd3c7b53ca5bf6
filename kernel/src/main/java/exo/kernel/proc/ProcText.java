/*
 * The text of /proc/PID/stat, status, statm and maps, in the layouts of Linux's man page
 * proc(5) (the fields busybox ps, top and free read): the process's numbers are read at once
 * under Processes.lock (Snapshot), its memory under its address space's lock afterwards
 * (Memory), never both locks together. What Exo-OS does not keep is shown as Linux shows it
 * for a process that has none: 0 for page-fault counts, code/stack addresses and wait channel,
 * no tty, CPU time all counted as user time (the scheduler counts cycles, not the split).
 * Called by ProcView.
 */
package exo.kernel.proc;

import exo.kernel.fs.Credentials;
import exo.kernel.sched.KThread;
import exo.kernel.signal.Signals;
import exo.kernel.time.Clock;
import exo.kernel.vm.AddressSpace;
import exo.kernel.vm.Vma;

final class ProcText {
    private ProcText() {}

    /** Linux's USER_HZ: the unit of the times in stat. */
    static final long TICKS_PER_SECOND = 100;
    static final long NANOS_PER_TICK = 1_000_000_000L / TICKS_PER_SECOND;
    static final long PAGE_BYTES = 4096;
    /** The nice-0 priority stat shows (Linux: 20 + nice). */
    static final int PRIORITY_NORMAL = 20;
    /** maps pads a line to this width, then a space, before a name (25 + 6 * pointer size - 1). */
    static final int MAPS_PAD_WIDTH = 72;

    /** The numbers of a process (or thread) at one moment. */
    static final class Snapshot {
        int pid;
        int tgid;
        char state;
        String stateName;
        String name;
        int ppid;
        int pgid;
        int sid;
        int threads;
        long pending;
        long sharedPending;
        long blocked;
        long ignored;
        long caught;
        long cpuCycles;
        long systemSamples;
        long userSamples;
        long userTicks;
        long systemTicks;
        long startTicks;
        int exitSignal;
        int exitCode;
        int umask;
        Credentials cred;
        AddressSpace mm;
    }

    static Snapshot take(ProcView v) {
        Process p = v.process;
        Snapshot s = new Snapshot();
        Processes.lock.lock();
        try {
            Task t = v.shownTask();
            s.pid = v.pid();
            s.tgid = p.pid;
            s.name = p.name;
            state(s, p, t);
            s.ppid = p.ppid();
            s.pgid = p.pgid;
            s.sid = p.sid;
            s.threads = Math.max(1, p.threads.size());
            s.pending = t == null ? 0 : t.pending.mask;
            s.sharedPending = p.sharedPending.mask;
            s.blocked = t == null ? 0 : t.blocked;
            for (int sig = 1; sig <= Signals.NSIG; sig++) {
                long h = p.signals.get(sig).handler;
                s.ignored |= h == Signals.SIG_IGN ? Signals.bit(sig) : 0;
                s.caught |= h != Signals.SIG_IGN && h != Signals.SIG_DFL ? Signals.bit(sig) : 0;
            }
            if (v.task != null) {
                addCpu(s, v.task);
            } else {
                for (Task each : p.threads) {
                    addCpu(s, each);
                }
            }
            splitCpu(s);
            s.startTicks = p.startNanos / NANOS_PER_TICK;
            s.exitSignal = p.exitSignal;
            s.exitCode = p.isZombie() ? p.waitStatus : 0;
            s.umask = p.isZombie() || p.fsState == null ? 0 : p.fsState.umask();
            s.cred = p.cred;
            s.mm = p.isZombie() ? null : p.mm;
        } finally {
            Processes.lock.unlock();
        }
        return s;
    }

    private static void state(Snapshot s, Process p, Task t) {
        int k = t == null || t.thread == null ? KThread.RUNNING : t.thread.state();
        if (p.kernelReaper && !p.isZombie()) {   // the kernel's PID 1 waits for orphans, as init
            s.state = 'S';
            s.stateName = "S (sleeping)";
        } else if (p.isZombie() || t == null) {
            s.state = 'Z';
            s.stateName = "Z (zombie)";
        } else if (p.stopped) {
            s.state = 'T';
            s.stateName = "T (stopped)";
        } else if (k == KThread.BLOCKED || k == KThread.SLEEPING) {
            s.state = 'S';
            s.stateName = "S (sleeping)";
        } else {
            s.state = 'R';
            s.stateName = "R (running)";
        }
    }

    /** Adds t's CPU cycles and timer samples to s (splitCpu turns them into utime and stime). */
    private static void addCpu(Snapshot s, Task t) {
        if (t.thread != null) {
            s.cpuCycles += t.thread.cpuCycles();
            s.systemSamples += t.thread.systemTicks();
            s.userSamples += t.thread.userTicks();
        }
    }

    /** stat's utime and stime, in clock ticks: the CPU time split by the timer's samples. */
    private static void splitCpu(Snapshot s) {
        long hz = Clock.tscHz();
        long ticks = hz <= 0 ? 0 : Clock.cyclesToNanos(s.cpuCycles, hz) / NANOS_PER_TICK;
        s.systemTicks = ProcessUsage.systemPart(ticks, s.systemSamples, s.userSamples);
        s.userTicks = ticks - s.systemTicks;
    }

    /** The memory of an address space, in pages. */
    static final class Memory {
        long sizePages;
        long residentPages;
        long stackPages;
        long dataPages;
        long textPages;
    }

    static Memory memory(AddressSpace mm) {
        Memory m = new Memory();
        if (mm == null) {
            return m;
        }
        mm.lock.lock();
        try {
            for (Vma v = mm.firstVma(); v != null; v = mm.nextVma(v)) {
                long pages = (v.end() - v.start()) / PAGE_BYTES;
                m.sizePages += pages;
                if ("[stack]".equals(v.name())) {
                    m.stackPages += pages;
                } else if ((v.prot() & Vma.PROT_EXEC) != 0) {
                    m.textPages += pages;
                } else if ((v.prot() & Vma.PROT_WRITE) != 0 && !v.isShared()) {
                    m.dataPages += pages;
                }
            }
            m.residentPages = mm.residentPages();
        } finally {
            mm.lock.unlock();
        }
        return m;
    }

    /** /proc/PID/stat: one line of 52 fields (proc(5)). */
    static String stat(ProcView v) {
        Snapshot s = take(v);
        Memory m = memory(s.mm);
        StringBuilder b = new StringBuilder(256);
        b.append(s.pid).append(" (").append(s.name).append(") ").append(s.state);
        fields(b, s.ppid, s.pgid, s.sid, 0, -1, 0);                  // tty_nr, tpgid, flags
        fields(b, 0, 0, 0, 0);                                        // page faults
        fields(b, s.userTicks, s.systemTicks, 0, 0);                  // utime stime cutime cstime
        fields(b, PRIORITY_NORMAL, 0, s.threads, 0, s.startTicks);    // priority nice threads itreal start
        fields(b, m.sizePages * PAGE_BYTES, m.residentPages);
        b.append(' ').append(Long.toUnsignedString(-1L));              // rsslim: unlimited
        fields(b, 0, 0, 0, 0, 0);                                     // code, stack, esp, eip
        fields(b, s.pending | s.sharedPending, s.blocked, s.ignored, s.caught);
        fields(b, 0, 0, 0, s.exitSignal, 0, 0, 0, 0, 0, 0);            // wchan .. cguest_time
        fields(b, 0, 0, 0, 0, 0, 0, 0, s.exitCode);                   // data, brk, args, env, code
        return b.append('\n').toString();
    }

    private static void fields(StringBuilder b, long... values) {
        for (long x : values) {
            b.append(' ').append(x);
        }
    }

    /** /proc/PID/statm: size resident shared text lib data dt, in pages. */
    static String statm(ProcView v) {
        Memory m = memory(take(v).mm);
        return m.sizePages + " " + m.residentPages + " 0 " + m.textPages + " 0 " + (m.dataPages + m.stackPages) + " 0\n";
    }

    /** /proc/PID/status: the key-value form (the fields ps, top and free use). */
    static String status(ProcView v) {
        Snapshot s = take(v);
        Credentials c = s.cred;
        StringBuilder b = new StringBuilder(1024);
        line(b, "Name", s.name);
        line(b, "Umask", "0" + Integer.toOctalString(0x1000 | s.umask).substring(2));
        line(b, "State", s.stateName);
        line(b, "Tgid", s.tgid);
        line(b, "Ngid", 0);
        line(b, "Pid", s.pid);
        line(b, "PPid", s.ppid);
        line(b, "TracerPid", 0);
        line(b, "Uid", c.uid + "\t" + c.euid + "\t" + c.euid + "\t" + c.euid);
        line(b, "Gid", c.gid + "\t" + c.egid + "\t" + c.egid + "\t" + c.egid);
        line(b, "FDSize", 64);
        line(b, "Groups", groups(c));
        line(b, "NStgid", s.tgid);
        line(b, "NSpid", s.pid);
        line(b, "NSpgid", s.pgid);
        line(b, "NSsid", s.sid);
        if (s.mm != null) {
            memoryLines(b, memory(s.mm));
        }
        line(b, "Threads", s.threads);
        line(b, "SigQ", "0/" + SIGQUEUE_MAX);
        line(b, "SigPnd", mask(s.pending));
        line(b, "ShdPnd", mask(s.sharedPending));
        line(b, "SigBlk", mask(s.blocked));
        line(b, "SigIgn", mask(s.ignored));
        line(b, "SigCgt", mask(s.caught));
        long caps = c.euid == 0 ? ALL_CAPS : 0;
        line(b, "CapInh", mask(0));
        line(b, "CapPrm", mask(caps));
        line(b, "CapEff", mask(caps));
        line(b, "CapBnd", mask(ALL_CAPS));
        line(b, "CapAmb", mask(0));
        line(b, "NoNewPrivs", 0);
        line(b, "Seccomp", 0);
        line(b, "Cpus_allowed", "1");
        line(b, "Cpus_allowed_list", "0");
        return b.toString();
    }

    /** Linux's default RLIMIT_SIGPENDING on a small machine, as SigQ's limit. */
    static final int SIGQUEUE_MAX = 7823;
    /** The 41 capabilities of Linux 6.1, all held by root. */
    static final long ALL_CAPS = (1L << 41) - 1;

    private static void memoryLines(StringBuilder b, Memory m) {
        kb(b, "VmPeak", m.sizePages);
        kb(b, "VmSize", m.sizePages);
        kb(b, "VmLck", 0);
        kb(b, "VmPin", 0);
        kb(b, "VmHWM", m.residentPages);
        kb(b, "VmRSS", m.residentPages);
        kb(b, "RssAnon", m.residentPages);
        kb(b, "RssFile", 0);
        kb(b, "RssShmem", 0);
        kb(b, "VmData", m.dataPages);
        kb(b, "VmStk", m.stackPages);
        kb(b, "VmExe", m.textPages);
        kb(b, "VmLib", 0);
        kb(b, "VmPTE", 0);
        kb(b, "VmSwap", 0);
    }

    private static void kb(StringBuilder b, String key, long pages) {
        b.append(key).append(":\t").append(exo.kernel.util.Fmt.pad(pages * (PAGE_BYTES / 1024), 8)).append(" kB\n");
    }

    private static void line(StringBuilder b, String key, Object value) {
        b.append(key).append(":\t").append(value).append('\n');
    }

    private static String groups(Credentials c) {
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < c.groupCount(); i++) {
            g.append(c.group(i)).append(' ');
        }
        return g.toString();
    }

    /** A signal or capability mask as 16 hexadecimal digits. */
    static String mask(long bits) {
        return exo.kernel.util.Fmt.hex16(bits).substring(2);
    }

    /** /proc/PID/maps: "start-end perms offset dev inode", then the region's name if it has one. */
    static String maps(ProcView v) {
        AddressSpace mm = take(v).mm;
        StringBuilder b = new StringBuilder();
        if (mm == null) {
            return "";
        }
        mm.lock.lock();
        try {
            for (Vma r = mm.firstVma(); r != null; r = mm.nextVma(r)) {
                mapLine(b, r);
            }
        } finally {
            mm.lock.unlock();
        }
        return b.toString();
    }

    static void mapLine(StringBuilder b, Vma r) {
        int lineStart = b.length();
        b.append(hex(r.start(), 8)).append('-').append(hex(r.end(), 8)).append(' ');
        b.append((r.prot() & Vma.PROT_READ) != 0 ? 'r' : '-');
        b.append((r.prot() & Vma.PROT_WRITE) != 0 ? 'w' : '-');
        b.append((r.prot() & Vma.PROT_EXEC) != 0 ? 'x' : '-');
        b.append(r.isShared() ? 's' : 'p');
        b.append(" 00000000 00:00 0 ");
        if (r.name() != null) {
            while (b.length() - lineStart < MAPS_PAD_WIDTH) {
                b.append(' ');
            }
            b.append(' ').append(r.name());
        }
        b.append('\n');
    }

    /** At least `digits` lowercase hexadecimal digits, no prefix. */
    static String hex(long value, int digits) {
        String h = Long.toHexString(value);
        StringBuilder b = new StringBuilder();
        for (int i = h.length(); i < digits; i++) {
            b.append('0');
        }
        return b.append(h).toString();
    }
}
