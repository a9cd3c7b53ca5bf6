/*
 * What a word type (@exo.rt.Word) must look like for exoc to erase it to one 64-bit value:
 * a final class extending Object directly, implementing no interface, with exactly one
 * instance field, a final long, and no synchronized instance method. Reachability checks
 * every word class it reaches; code generation then treats its values as jlong.
 */
package exo.compiler.model;

import exo.compiler.CompileError;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

public final class WordShape {
    private WordShape() {}

    public static final String ANNOTATION = "Lexo/rt/Word;";

    /** Throws a CompileError saying what is wrong if c is not a well-formed word type. */
    public static void check(ClassInfo c) throws CompileError {
        String what = "word type " + c.javaName() + " (@exo.rt.Word)";
        int access = c.node.access;
        if ((access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT | Opcodes.ACC_ENUM)) != 0
                || (access & Opcodes.ACC_FINAL) == 0) {
            throw new CompileError(what + " must be a final class");
        }
        if (!"java/lang/Object".equals(c.node.superName)) {
            throw new CompileError(what + " must extend Object directly, not " + c.node.superName.replace('/', '.'));
        }
        if (!c.node.interfaces.isEmpty()) {
            throw new CompileError(what + " must not implement interfaces (a word cannot be used as an object of another type)");
        }
        field(c);
        for (MethodInfo m : c.declaredMethods()) {
            if (!m.isStatic() && (m.node.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                throw new CompileError(what + ": method " + m.name + " cannot be synchronized (a word has no monitor)");
            }
        }
    }

    /** The word's one instance field (a final long); throws if there is not exactly one. */
    public static FieldInfo field(ClassInfo c) throws CompileError {
        FieldInfo only = null;
        for (FieldInfo f : c.declaredFields()) {
            if (f.isStatic()) {
                continue;
            }
            if (only != null || f.type.getSort() != Type.LONG || (f.node.access & Opcodes.ACC_FINAL) == 0) {
                throw new CompileError("word type " + c.javaName() + " (@exo.rt.Word) must have exactly one instance field, a final long");
            }
            only = f;
        }
        if (only == null) {
            throw new CompileError("word type " + c.javaName() + " (@exo.rt.Word) must have exactly one instance field, a final long");
        }
        return only;
    }
}
