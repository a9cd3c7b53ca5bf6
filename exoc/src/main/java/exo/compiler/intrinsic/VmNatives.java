/*
 * exo.rt.VM, the runtime's door to the platform. What is the same on every target is here:
 * identity hashes, the string literal table, the stack-trace method table, reflective array
 * creation. The platform hooks (output, exit, clocks, the heap's critical section, the GC's
 * view of the thread stacks, stack walks) go to the target's platform family.
 */
package exo.compiler.intrinsic;

import exo.compiler.CompileError;
import java.util.List;

final class VmNatives implements IntrinsicFamily {
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
        switch (c.name()) {
            case "identityHash": return Lowered.pure("exo_identity_hash(" + c.arg(0) + ")");
            case "newArray": return Lowered.throwing(c.prog().rt("newArray") + "(" + c.arg(0) + ", " + c.arg(1) + ")");
            case "literalCount": return Lowered.pure("exo_string_literal_count");
            case "literal": return Lowered.pure("exo_string_literal(" + c.arg(0) + ")");
            // An id out of range throws.
            case "methodClass": return Lowered.throwing("exo_method_string(exo_method_class, " + c.arg(0) + ")");
            case "methodName": return Lowered.throwing("exo_method_string(exo_method_name, " + c.arg(0) + ")");
            case "methodFile": return Lowered.throwing("exo_method_string(exo_method_file, " + c.arg(0) + ")");
            default: return c.target().platform().lower(c);
        }
    }
}
