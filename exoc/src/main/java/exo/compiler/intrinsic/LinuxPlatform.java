/*
 * exo.rt.VM's platform hooks on the linux target: the C glue of linux.c (write(2), exit_group,
 * clock_gettime) and the constants of a single-threaded process (no critical section, no other
 * stacks, no frame-pointer stack walk).
 */
package exo.compiler.intrinsic;

import java.util.List;

public final class LinuxPlatform implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("exo/rt/VM");
    }

    @Override
    public boolean replacesBodies() {
        return false;
    }

    @Override
    public Lowered lower(IntrinsicCall c) {
        switch (c.name()) {
            case "write": return Lowered.pure("exo_vm_write(" + String.join(", ", c.args()) + ")");
            case "exit": return Lowered.pure("exo_platform_exit(" + c.arg(0) + ")");
            case "nanoTime": return Lowered.pure("exo_platform_nanotime()");
            case "currentTimeMillis": return Lowered.pure("exo_platform_millis()");
            case "enterCritical": return Lowered.pure("0");
            case "exitCritical": return Lowered.pure("((void)0)");
            case "currentStackTop": return Lowered.pure("((jlong)exo_stack_top)");
            case "otherStackCount":
            case "otherStackLow":
            case "otherStackHigh":
            case "stackWalk": return Lowered.pure("0");
            default: return null;
        }
    }
}
