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

    /** The six argument registers of a call, kept for its line before the call runs (execve
     *  and rt_sigreturn rewrite the frame). */
    static long[] arguments(long frame) {
        return new long[] {
            TrapFrame.get(frame, TrapFrame.RDI), TrapFrame.get(frame, TrapFrame.RSI), TrapFrame.get(frame, TrapFrame.RDX),
            TrapFrame.get(frame, TrapFrame.R10), TrapFrame.get(frame, TrapFrame.R8), TrapFrame.get(frame, TrapFrame.R9),
        };
    }

    static void report(Task t, long nr, long a0, long a1, long a2, long a3, long a4, long a5, long result) {
        if (onlyPid != 0 && t.process.pid != onlyPid) {
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append('[').append(t.process.pid);
        if (t.tid != t.process.pid) {
            b.append('/').append(t.tid);
        }
        b.append("] ").append(SyscallNames.name(nr)).append('(');
        long[] args = {a0, a1, a2, a3, a4, a5};
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
