/*
 * The registry of intrinsic families, looked up by the owner class of a called method. Invoke
 * asks it at every call site, CProgram when it writes the C function of a native, and
 * Reachability which classes' Java bodies are host simulations that are never compiled.
 *
 * exo.rt.VM's platform hooks (output, exit, clocks, the threading hooks) depend on the target:
 * VmNatives hands them to the target's platform family (LinuxPlatform, KernelPlatform).
 */
package exo.compiler.intrinsic;

import exo.compiler.CompileError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class Intrinsics {
    private Intrinsics() {}

    private static final List<IntrinsicFamily> FAMILIES = List.of(new JavaLangNatives(), new VmNatives(),
            new RuntimeMemory(), new GcRoots(), new Atomics(), new CpuIntrinsics(), new PortIntrinsics(), new DeviceMemory(),
            new CodeMapIntrinsics(), new SyscallIntrinsics(), new SysSupportIntrinsics());
    private static final Map<String, IntrinsicFamily> BY_OWNER = new HashMap<>();

    static {
        for (IntrinsicFamily f : FAMILIES) {
            for (String owner : f.owners()) {
                if (BY_OWNER.put(owner, f) != null) {
                    throw new IllegalStateException("two intrinsic families for " + owner);
                }
            }
        }
    }

    /** The family lowering methods of this class (internal name), or null. */
    public static IntrinsicFamily familyOf(String owner) {
        return BY_OWNER.get(owner);
    }

    /** True if every method of owner is lowered and its Java body is never compiled. */
    public static boolean replacesBodies(String owner) {
        IntrinsicFamily f = BY_OWNER.get(owner);
        return f != null && f.replacesBodies();
    }

    /**
     * The lowering of a call of an intrinsic class's method or of a native, or null when no
     * family knows it (the caller then reports the native as unsupported).
     */
    public static Lowered lower(IntrinsicCall call) throws CompileError {
        IntrinsicFamily f = BY_OWNER.get(call.owner());
        if (f == null) {
            return null;
        }
        if (f.needsHardware() && !call.target().hasHardware()) {
            throw new CompileError(call.where() + ": hardware intrinsic " + call.javaName()
                    + " is only available to the kernel target, not to target " + call.target().name());
        }
        Lowered l = f.lower(call);
        if (l == null && f.replacesBodies()) {
            throw new CompileError(call.where() + ": unknown " + (f.needsHardware() ? "hardware " : "") + "intrinsic " + call.javaName());
        }
        return l;
    }
}
