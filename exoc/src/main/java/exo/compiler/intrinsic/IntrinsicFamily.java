/*
 * One family of intrinsics: the methods of a few classes that exoc lowers to inline C instead
 * of compiling (hardware instructions, raw memory, the runtime's natives). Intrinsics looks a
 * family up by the owner class of the called method; Invoke (call sites) and CProgram (native
 * methods that need a C function, e.g. for a vtable) ask it for the C of one call.
 */
package exo.compiler.intrinsic;

import exo.compiler.CompileError;
import java.util.List;

public interface IntrinsicFamily {
    /** Internal names of the classes whose methods this family lowers. */
    List<String> owners();

    /**
     * True when every method of these classes is lowered here and their Java bodies (host
     * simulations) are never compiled; false when only their native methods are.
     */
    boolean replacesBodies();

    /** True when only a target with hardware access (the kernel) may call these methods. */
    default boolean needsHardware() {
        return false;
    }

    /** The C for one call, or null when this family does not know the method. */
    Lowered lower(IntrinsicCall call) throws CompileError;
}
