/*
 * The C entry point of the program: set up the heap, build main's arguments, initialise
 * the main class, run main and turn an escaping exception into the JVM's report and exit
 * status 1. For the kernel target, the entry is the exported main(long) of the kernel's
 * boot class, and every other @Export method gets a C-ABI wrapper under its symbol.
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import exo.compiler.model.MethodInfo;
import java.util.List;
import org.objectweb.asm.Type;

public final class EntryGen {
    private EntryGen() {}

    /** Linux: exo_main(argc, argv), called by linux.c's _start. */
    public static String linux(CProgram prog, MethodInfo main, long heapBytes) throws CompileError {
        StringBuilder b = new StringBuilder();
        b.append("int exo_main(int argc, char **argv) {\n");
        b.append("    jlong base, size;\n");
        b.append("    exo_platform_heap(").append(heapBytes).append("LL, &base, &size);\n");
        b.append("    ").append(heapInit(prog)).append("(base, size);\n");
        b.append("    if (exo_pending) exo_fatal(\"exoc: cannot set up the heap\");\n");
        b.append("    jobj args = ").append(prog.rt("args")).append("((jlong)(uintptr_t)(argv + 1), argc - 1);\n");
        b.append(initMain(prog, main));
        b.append("    if (!exo_pending) ").append(prog.methodName(main)).append("(args);\n");
        b.append(onUncaught(prog));
        b.append("    ").append(prog.rt("finish")).append("();\n");
        b.append("    return 0;\n}\n");
        b.append(threadMain(prog));
        return b.toString();
    }

    /**
     * A new thread's C entry (linux_threads.c): exo.rt.Threads.run, which catches everything;
     * and exo_gc_help, by which a stopped thread helps the collector mark.
     */
    private static String threadMain(CProgram prog) throws CompileError {
        StringBuilder b = new StringBuilder("void exo_thread_main(jobj thread) {\n");
        if (prog.threaded()) {
            b.append("    ").append(prog.methodName(prog.runtimeMethod("exo/rt/Threads", "run"))).append("(thread);\n");
            b.append("    exo_pending = 0;\n");
        } else {
            b.append("    (void)thread;\n    exo_fatal(\"exoc: this program starts no threads\");\n");
        }
        b.append("}\n");
        // A thread stopped for a collection helps mark (linux_threads.c, exo.rt.ParallelMarker).
        b.append("void exo_gc_help(void) {\n");
        if (prog.threaded()) {
            b.append("    ").append(prog.methodName(prog.runtimeMethod("exo/rt/Heap", "helpCollect"))).append("();\n");
        }
        b.append("}\n");
        // The identity hash of an object whose lock word holds a lock (exo_rt.c).
        b.append("jint exo_locked_hash(jobj o, jint word) {\n");
        if (prog.threaded()) {
            b.append("    return ").append(prog.methodName(prog.runtimeMethod("exo/rt/Monitors", "lockedHash"))).append("(o, word);\n");
        } else {
            b.append("    (void)o; (void)word;\n    exo_fatal(\"exoc: a lock word in a program without threads\");\n");
        }
        return b.append("}\n").toString();
    }

    /** Kernel: the exported main(long) called by boot.S, and the other exports' wrappers. */
    public static String kernel(CProgram prog, MethodInfo main, long heapBytes, long heapAt, List<MethodInfo> exports) throws CompileError {
        StringBuilder b = new StringBuilder();
        String symbol = CProgram.exportName(main);
        if (symbol == null || !main.desc.equals("(J)V") || !main.isStatic()) {
            throw new CompileError("kernel target: the entry " + main + " must be 'static void main(long)' annotated @exo.hw.Export");
        }
        // The heap is a zeroed region of the kernel image, or (heapAt) a window of the kernel's
        // address space that it backs with zeroed frames as the heap first touches each page.
        // The kernel learns the bounds from the symbols exo_heap_start and exo_heap_end.
        String heapBase;
        if (heapAt == 0) {
            b.append("char exo_kernel_heap[").append(heapBytes).append("LL] __attribute__((aligned(4096)));\n");
            b.append("__asm__(\".globl exo_heap_start, exo_heap_end\\n.set exo_heap_start, exo_kernel_heap\\n")
                    .append(".set exo_heap_end, exo_kernel_heap + ").append(heapBytes).append("\");\n");
            heapBase = "(jlong)(uintptr_t)exo_kernel_heap";
        } else {
            if ((heapAt & 0xFFF) != 0) {
                throw new CompileError("--heap-at " + Long.toHexString(heapAt) + ": not page-aligned");
            }
            b.append("__asm__(\".globl exo_heap_start, exo_heap_end\\n.set exo_heap_start, ").append(heapAt)
                    .append("\\n.set exo_heap_end, ").append(heapAt + heapBytes).append("\");\n");
            heapBase = "(jlong)" + heapAt + "LL";
        }
        b.append("extern char boot_stack_top[];\n");
        b.append("void ").append(symbol).append("(uint64_t boot_info) {\n");
        b.append("    exo_kernel_gs_init();\n");
        b.append("    exo_stack_top = (uintptr_t)boot_stack_top;\n");
        b.append("    ").append(heapInit(prog)).append("(").append(heapBase).append(", ").append(heapBytes).append("LL);\n");
        b.append("    if (exo_pending) exo_fatal(\"exoc: cannot set up the heap\");\n");
        b.append(initMain(prog, main));
        b.append("    if (!exo_pending) ").append(prog.methodName(main)).append("((jlong)boot_info);\n");
        b.append(onUncaught(prog));
        b.append("    for (;;) __asm__ volatile(\"cli; hlt\");\n}\n");
        // exo_fatal's output and exit go through the kernel's Platform, which owns the devices.
        b.append("void exo_platform_write(jint fd, const void *buf, jlong len) {\n    (void)fd;\n    ")
                .append(prog.methodName(prog.runtimeMethod("exo/kernel/Platform", "writeRaw")))
                .append("((jlong)(uintptr_t)buf, len);\n}\n");
        b.append("void exo_platform_exit(jint status) {\n    ")
                .append(prog.methodName(prog.runtimeMethod("exo/kernel/Platform", "exit")))
                .append("(status);\n    for (;;) __asm__ volatile(\"cli; hlt\");\n}\n");
        for (MethodInfo m : exports) {
            if (m != main) {
                exportWrapper(b, prog, m, prog.rt("uncaught"));
            }
        }
        return b.toString();
    }

    private static String heapInit(CProgram prog) throws CompileError {
        return prog.methodName(prog.runtimeMethod("exo/rt/Heap", "init"));
    }

    private static String initMain(CProgram prog, MethodInfo main) throws CompileError {
        return prog.hasInit(main.owner) ? "    if (!exo_pending) " + prog.initFunction(main.owner) + "();\n" : "";
    }

    private static String onUncaught(CProgram prog) throws CompileError {
        return "    if (exo_pending) " + uncaught(prog) + "\n";
    }

    /** The end of an exception no Java code caught: reported, and the kernel or program ends. */
    static String uncaught(CProgram prog) throws CompileError {
        return "{ jobj e = exo_pending; exo_pending = 0; " + prog.rt("uncaught") + "(e); exo_platform_exit(1); }";
    }

    /**
     * Does m's own exception exit end in uncaught() (MethodGen), instead of its wrapper's test
     * after the call? For an export entered from user mode (no pending exception to keep),
     * inlined into its wrapper, which Java code may not call (Invoke rejects such a call):
     * nothing is pending when it returns.
     */
    static boolean endsUncaught(CProgram prog, MethodInfo m) throws CompileError {
        return CProgram.exportedFromUser(m) && CProgram.hasAnnotation(m, "Lexo/rt/Inline;") && !prog.hasInit(m.owner);
    }

    private static void exportWrapper(StringBuilder b, CProgram prog, MethodInfo m, String uncaught) throws CompileError {
        if (!m.isStatic()) {
            throw new CompileError("@Export method " + m + " must be static");
        }
        String ret = prog.ctype(m.returnType());
        b.append(ret).append(' ').append(CProgram.exportName(m)).append('(');
        StringBuilder args = new StringBuilder();
        int p = 0;
        for (Type t : m.argTypes()) {
            b.append(p > 0 ? ", " : "").append(prog.ctype(t)).append(" p").append(p);
            args.append(p > 0 ? ", " : "").append('p').append(p);
            p++;
        }
        b.append(p == 0 ? "void" : "").append(") {\n");
        if (CProgram.exportedArgsNonNull(m)) {
            // The caller's promise, told to gcc: the null checks of these arguments go.
            int q = 0;
            for (Type t : m.argTypes()) {
                if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                    b.append("    if (p").append(q).append(" == 0) __builtin_unreachable();\n");
                }
                q++;
            }
        }
        // An interrupt may arrive while an exception is unwinding: the handler runs with no
        // pending exception and the interrupted code gets its own back, even when the
        // handler switched threads in between. An entry from user mode interrupts no kernel
        // code: nothing can be pending there (every way back to user mode leaves none).
        boolean fromUser = CProgram.exportedFromUser(m);
        if (!fromUser) {
            b.append("    jobj interrupted = exo_pending;\n    exo_pending = 0;\n");
        }
        if (prog.hasInit(m.owner)) {
            b.append("    ").append(prog.initFunction(m.owner)).append("();\n");
        }
        b.append("    ").append(ret.equals("void") ? "" : ret + " r = ").append(prog.methodName(m)).append('(').append(args).append(");\n");
        if (!endsUncaught(prog, m) && !CProgram.exportedCallerTestsPending(m)) {
            b.append("    if (exo_pending) { jobj e = exo_pending; exo_pending = 0; ").append(uncaught).append("(e); exo_platform_exit(1); }\n");
        }
        if (!fromUser) {
            b.append("    exo_pending = interrupted;\n");
        }
        b.append(ret.equals("void") ? "" : "    return r;\n").append("}\n");
    }
}
