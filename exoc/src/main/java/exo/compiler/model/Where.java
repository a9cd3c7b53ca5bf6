/*
 * A source position for error messages: "pkg.Cls.method (Cls.java:12)".
 */
package exo.compiler.model;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

public final class Where {
    private Where() {}

    public static String of(ClassInfo owner, MethodNode m, AbstractInsnNode insn) {
        String where = owner.javaName() + "." + m.name;
        int line = lineOf(insn);
        String file = owner.node.sourceFile;
        if (file != null) {
            where += " (" + file + (line >= 0 ? ":" + line : "") + ")";
        }
        return where;
    }

    public static String of(ClassInfo owner, MethodNode m) {
        return owner.javaName() + "." + m.name + m.desc;
    }

    /** The source line of an instruction: the nearest preceding LineNumberNode, or -1. */
    public static int lineOf(AbstractInsnNode insn) {
        for (AbstractInsnNode n = insn; n != null; n = n.getPrevious()) {
            if (n instanceof LineNumberNode) {
                return ((LineNumberNode) n).line;
            }
        }
        return -1;
    }
}
