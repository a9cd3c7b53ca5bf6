/*
 * exo.rt.VM's platform hooks on the kernel target: each goes to the static method of the same
 * name and descriptor in the kernel's exo.kernel.Platform (console output, exit, clocks, the
 * thread stacks the GC scans). Threading hooks the kernel does not define keep the defaults of
 * one CPU and one stack: interrupts off around heap updates, the boot stack, no other stacks.
 * Also binds `synchronized` to Platform.monitorEnter/monitorExit when the kernel has them.
 */
package exo.compiler.intrinsic;

import exo.compiler.CompileError;
import exo.compiler.gen.CProgram;
import exo.compiler.model.ClassInfo;
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
            default:
                throw new CompileError("exo.kernel.Platform has no static method " + c.name() + c.method().desc
                        + " (needed by " + c.where() + ")");
        }
    }

    /** Platform's static method with this key if the program has it (reachable), else null. */
    private static MethodInfo implementation(CProgram prog, String key) throws CompileError {
        ClassInfo platform = prog.pool().find(PLATFORM_CLASS);
        MethodInfo m = platform == null ? null : platform.declaredMethod(key);
        if (m == null) {
            return null;
        }
        if (!m.isStatic() || !prog.rta().methods().contains(m)) {
            throw new CompileError("exo.kernel.Platform." + m.name + m.desc + " must be static to serve as a platform hook");
        }
        return m;
    }

    /**
     * The C functions of Platform.monitorEnter(Object)/monitorExit(Object) when the kernel
     * defines both (synchronized then takes its locks), else null.
     */
    public static String[] monitorFunctions(CProgram prog) throws CompileError {
        ClassInfo platform = prog.pool().find(PLATFORM_CLASS);
        MethodInfo enter = platform == null ? null : platform.declaredMethod("monitorEnter(Ljava/lang/Object;)V");
        MethodInfo exit = platform == null ? null : platform.declaredMethod("monitorExit(Ljava/lang/Object;)V");
        if (enter == null || exit == null || !prog.rta().methods().contains(enter) || !prog.rta().methods().contains(exit)) {
            return null;
        }
        return new String[] {prog.methodName(enter), prog.methodName(exit)};
    }
}
