/*
 * The Java stack of the code a CPU exception interrupted, for the panic report: the faulting
 * method and line first (the trap frame's rip), then its callers along the frame-pointer
 * chain from the trap frame's rbp (exoc compiles the kernel with frame pointers), each named
 * with its source line through exo.hw.CodeMap and exoc's line table. Starting from the
 * interrupted frame keeps the panic machinery's own frames (Traps, Panic) out of the trace.
 * A walk that stops early, on a frame pointer outside the stack or going down, or after
 * MAX_FRAMES, ends with a line saying so. Frames of code that is not Java (the C entry
 * points, the trap stubs) are left out, as are inlined methods' callers, which have no
 * frame of their own. Called by Panic.trap; host tests drive it through Sim and SimCode.
 */
package exo.kernel.trap;

import exo.hw.CodeMap;
import exo.hw.Memory;
import exo.kernel.util.Fmt;
import java.util.function.Consumer;

final class PanicTrace {
    private PanicTrace() {}

    static final int MAX_FRAMES = 48;

    /**
     * Prints "\tat pkg.Cls.method(File.java:LINE)" lines for the code at rip and its callers;
     * the walk stays within [stackLow, stackTop) of the interrupted stack (the trap frame's
     * rsp up to the thread's stack top), and ends normally at a zero frame pointer or at the
     * top of that stack.
     */
    static void print(long rip, long rbp, long stackLow, long stackTop, Consumer<String> out) {
        out.accept(frame(rip));
        int frames = 1;
        long fp = rbp;
        while (fp != 0 && Long.compareUnsigned(fp, stackTop - 16) <= 0) {
            if ((fp & 7) != 0 || Long.compareUnsigned(fp, stackLow) < 0) {
                out.accept("\t... (walk stopped: frame pointer " + Fmt.hex16(fp) + " is not in the stack)");
                return;
            }
            if (frames == MAX_FRAMES) {
                out.accept("\t... (walk stopped after " + MAX_FRAMES + " frames)");
                return;
            }
            long returnAddress = Memory.read64(fp + 8);
            if (CodeMap.methodAt(returnAddress - 1) >= 0) {   // -1: the call, not what follows it
                out.accept(frame(returnAddress - 1));
                frames++;
            }
            long next = Memory.read64(fp);
            if (next != 0 && Long.compareUnsigned(next, fp) <= 0) {
                out.accept("\t... (walk stopped: frame pointer " + Fmt.hex16(next) + " does not go up the stack)");
                return;
            }
            fp = next;
        }
    }

    /** "\tat pkg.Cls.method(File.java:12)" for the code at pc, as Throwable prints frames. */
    static String frame(long pc) {
        int id = CodeMap.methodAt(pc);
        if (id < 0) {
            return "\tat <no Java code at " + Fmt.hex16(pc) + ">";
        }
        String file = CodeMap.fileName(id);
        int line = CodeMap.lineAt(pc);
        String where = file == null ? "Unknown Source" : line >= 0 ? file + ":" + line : file;
        return "\tat " + CodeMap.className(id) + "." + CodeMap.methodName(id) + "(" + where + ")";
    }
}
