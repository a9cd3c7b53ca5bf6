/*
 * exo.rt.VM's platform hooks on the kernel target: each goes to the static method of the same
 * name and descriptor in the kernel's exo.kernel.Platform (console output, exit, clocks, the
 * thread stacks the GC scans). Threading hooks the kernel does not define keep the defaults of
 * one CPU and one stack: interrupts off around heap updates, the boot stack, no other stacks.
 * exo.rt.Mem's backHeap/unbackHeap (RuntimeMemory hands them here) go to Platform the same way.
 * Also finds Platform.monitorEnter/monitorExit, which `synchronized` calls when the kernel
 * has them (KernelTarget.monitorMethods).
 */
package exo.compiler.intrinsic;

import exo.compiler.CompileError;
import exo.compiler.analysis.Reachability;
import exo.compiler.gen.CProgram;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import exo.compiler.model.MethodInfo;
import java.util.List;

public final class KernelPlatform implements IntrinsicFamily {
    public static final String PLATFORM_CLASS = "exo/kernel/Platform";

    @Override
    public List<String> owners() {
        return List.of("exo/rt/VM");
    }

    @Override
    public boolean replacesBodies() {
        return false;
    }

    @Override
    public Lowered lower(IntrinsicCall c) throws CompileError {
        MethodInfo impl = implementation(c.prog(), c.method().key());
        if (impl != null) {
            return Lowered.throwing(c.prog().methodName(impl) + "(" + String.join(", ", c.args()) + ")");
        }
        switch (c.name()) {
            case "enterCritical": return Lowered.pure("exo_hw_save_cli()");
            case "exitCritical": return Lowered.pure("exo_hw_restore_flags(" + c.arg(0) + ")");
            case "currentStackTop": return Lowered.pure("((jlong)exo_stack_top)");
            case "otherStackCount":
            case "otherStackLow":
            case "otherStackHigh": return Lowered.pure("0");
            case "stackWalk": return Lowered.pure("exo_stack_walk(" + c.arg(0) + ")");
            // One allocation context, kept consistent by the critical section above.
            case "lockHeap":
            case "unlockHeap":
            case "stopWorld":
            case "resumeWorld": return Lowered.pure("((void)0)");
            // Without Platform.backHeap the heap is memory of the image (.bss): always there.
            case "backHeap": return Lowered.pure("1");
            case "unbackHeap": return Lowered.pure("((void)0)");
            // One collecting thread: no helpers to call, nobody to yield to.
            case "gcHelpOpen": return Lowered.pure("((void)0)");
            case "yieldCpu": return Lowered.pure("__builtin_ia32_pause()");
            case "threadCount": return Lowered.pure("1");
            case "threadsEnabled": return Lowered.pure("0");
            case "availableProcessors": return Lowered.pure("1");
            case "threadBlock": return Lowered.pure("((jlong)(uintptr_t)EXO_SELF)");
            case "startThread":
            case "park":
            case "unpark":
            case "yieldThread":
                throw new CompileError(c.where() + ": java.lang.Thread is not available on the kernel target (use exo.kernel.sched)");
            default:
                throw new CompileError("exo.kernel.Platform has no static method " + c.name() + c.method().desc
                        + " (needed by " + c.where() + ")");
        }
    }

    /** Platform's static method with this key if the program has it (reachable), else null. */
    private static MethodInfo implementation(CProgram prog, String key) throws CompileError {
        MethodInfo m = declared(prog.pool(), key);
        if (m == null) {
            return null;
        }
        if (!m.isStatic() || !prog.rta().methods().contains(m)) {
            throw new CompileError("exo.kernel.Platform." + m.name + m.desc + " must be static to serve as a platform hook");
        }
        return m;
    }

    /** The method of exo.kernel.Platform with this key (name + descriptor), or null. */
    public static MethodInfo declared(ClassPool pool, String key) throws CompileError {
        ClassInfo platform = pool.find(PLATFORM_CLASS);
        return platform == null ? null : platform.declaredMethod(key);
    }

    /**
     * Platform.monitorEnter(Object) and monitorExit(Object) when the kernel defines both and
     * they are reachable (synchronized then takes its locks), else an empty list.
     */
    public static List<MethodInfo> monitorMethods(ClassPool pool, Reachability rta) throws CompileError {
        MethodInfo enter = declared(pool, "monitorEnter(Ljava/lang/Object;)V");
        MethodInfo exit = declared(pool, "monitorExit(Ljava/lang/Object;)V");
        if (enter == null || exit == null || !rta.methods().contains(enter) || !rta.methods().contains(exit)) {
            return List.of();
        }
        return List.of(enter, exit);
    }
}
