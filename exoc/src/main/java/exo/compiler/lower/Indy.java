/*
 * Lowers invokedynamic before anything else looks at a method, so that the rest of exoc only
 * ever sees ordinary invokes. javac emits three kinds, each replaced by an invokestatic of
 * code generated here with ASM:
 *   - LambdaMetafactory (lambdas, method references): a synthetic class implementing the
 *     functional interface, whose fields are the captured values;
 *   - StringConcatFactory (string +): a static method building the string with StringBuilder;
 *   - ObjectMethods (records): static toString/equals/hashCode methods over the components.
 * Any other bootstrap is a compile error.
 */
package exo.compiler.lower;

import exo.compiler.CompileError;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import exo.compiler.model.Where;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

public final class Indy implements Opcodes {
    private final ClassPool pool;
    private int counter;

    public Indy(ClassPool pool) {
        this.pool = pool;
    }

    /** Replaces every invokedynamic in m (a method of owner). */
    public void lower(ClassInfo owner, MethodNode m) throws CompileError {
        if (m.instructions == null) {
            return;
        }
        for (AbstractInsnNode insn : m.instructions.toArray()) {
            if (insn instanceof InvokeDynamicInsnNode) {
                InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) insn;
                MethodInsnNode call = lowerOne(owner, m, indy);
                m.instructions.set(indy, call);
                owner.addedMethods();
            }
        }
    }

    private MethodInsnNode lowerOne(ClassInfo owner, MethodNode m, InvokeDynamicInsnNode indy) throws CompileError {
        String bsm = indy.bsm.getOwner() + "." + indy.bsm.getName();
        switch (bsm) {
            case "java/lang/invoke/LambdaMetafactory.metafactory":
            case "java/lang/invoke/LambdaMetafactory.altMetafactory":
                return Lambdas.lower(pool, owner, indy, owner.name + "$$Lambda$" + (counter++), Where.of(owner, m, indy));
            case "java/lang/invoke/StringConcatFactory.makeConcatWithConstants":
            case "java/lang/invoke/StringConcatFactory.makeConcat":
                return StringConcat.lower(owner.node, indy, "concat$" + (counter++));
            case "java/lang/runtime/ObjectMethods.bootstrap":
                return RecordMethods.lower(owner.node, indy, "record$" + indy.name + "$" + (counter++));
            default:
                throw new CompileError(Where.of(owner, m, indy) + ": invokedynamic with bootstrap method "
                        + bsm.replace('/', '.') + " is not supported");
        }
    }

    /** A fresh public static method added to cls. */
    static MethodNode newStaticMethod(ClassNode cls, String name, String desc) {
        MethodNode mn = new MethodNode(ACC_PUBLIC | ACC_STATIC | ACC_SYNTHETIC, name, desc, null, null);
        cls.methods.add(mn);
        return mn;
    }

    static List<Object> bsmArgs(InvokeDynamicInsnNode indy) {
        List<Object> out = new ArrayList<>();
        for (Object o : indy.bsmArgs) {
            out.add(o);
        }
        return out;
    }
}
