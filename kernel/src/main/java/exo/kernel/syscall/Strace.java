/*
 * The system-call tracer: with strace=1 on the kernel command line every call of every process
 * is printed on the kernel log, with strace=PID only that process's; one line per call, its
 * number decoded to a name, the six argument registers in hex (pointers and flags alike: the
 * decoding of each call's arguments grows as the calls do) and the result, with the errno
 * name when it is an error. Boot sets it from the command line.
 */
package exo.kernel.syscall;

import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.console.Log;
import exo.kernel.fs.Errno;
import exo.kernel.proc.Task;
import exo.kernel.util.Fmt;

public final class Strace {
    private Strace() {}

    static boolean on;
    private static int onlyPid;

    /** strace=1 (all) or strace=PID; anything else switches it off. */
    public static void configure(String value) {
        if (value == null) {
            on = false;
            return;
        }
        try {
            int v = Integer.parseInt(value);
            on = v > 0;
            onlyPid = v == 1 ? 0 : v;
        } catch (NumberFormatException e) {
            on = false;
        }
    }

    /**
     * Before a call rewrites the frame's argument registers (execve, rt_sigreturn): keeps
     * them for its line, which the exit reports. Other calls leave them in the frame.
     */
    static void beforeRewrite(Task t, long frame) {
        if (on) {
            t.keepTracedArguments(arguments(frame));
        }
    }

    private static long[] arguments(long frame) {
        return new long[] {
            TrapFrame.get(frame, TrapFrame.RDI), TrapFrame.get(frame, TrapFrame.RSI), TrapFrame.get(frame, TrapFrame.RDX),
            TrapFrame.get(frame, TrapFrame.R10), TrapFrame.get(frame, TrapFrame.R8), TrapFrame.get(frame, TrapFrame.R9),
        };
    }

    /** The line of t's call, on its way out (Syscalls.exitWork, which strace keeps flagged). */
    static void report(Task t, long frame, long result) {
        long[] kept = t.takeTracedArguments();
        if (onlyPid != 0 && t.process.pid != onlyPid) {
            return;
        }
        long[] args = kept != null ? kept : arguments(frame);
        StringBuilder b = new StringBuilder();
        b.append('[').append(t.process.pid);
        if (t.tid != t.process.pid) {
            b.append('/').append(t.tid);
        }
        b.append("] ").append(SyscallNames.name(t.origRax())).append('(');
        for (int i = 0; i < args.length; i++) {
            b.append(i == 0 ? "" : ", ").append(Fmt.hex(args[i]));
        }
        b.append(") = ");
        if (result < 0 && result >= -4095) {
            b.append("-1 ").append(Errno.name((int) -result));
        } else {
            b.append(result >= 0 && result < 65536 ? Long.toString(result) : Fmt.hex(result));
        }
        Log.info(b.toString());
    }
}
