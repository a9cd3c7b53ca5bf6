/*
 * One call to lower: the called method, its argument expressions (receiver first for instance
 * methods, already evaluated into C variables), where it is for error messages, and the
 * program being generated (C names of runtime methods, the target). insn is the call
 * instruction, or null when the C function of a native is being written (no call site).
 */
package exo.compiler.intrinsic;

import exo.compiler.gen.CProgram;
import exo.compiler.model.MethodInfo;
import exo.compiler.target.Target;
import java.util.List;
import org.objectweb.asm.tree.MethodInsnNode;

public record IntrinsicCall(MethodInfo method, List<String> args, String where, MethodInsnNode insn, CProgram prog) {
    public String owner() {
        return method.owner.name;
    }

    public String name() {
        return method.name;
    }

    /** "Cls.name", the key families switch on. */
    public String simpleKey() {
        String o = owner();
        return o.substring(o.lastIndexOf('/') + 1) + "." + name();
    }

    public String arg(int i) {
        return args.get(i);
    }

    public Target target() {
        return prog.target();
    }

    /** "pkg.Cls.name", for messages. */
    public String javaName() {
        return method.owner.javaName() + "." + name();
    }
}
