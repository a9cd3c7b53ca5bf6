/*
 * StringConcatFactory, done at compile time: a string '+' site becomes a static method that
 * appends each piece to a StringBuilder, with the same String.valueOf semantics.
 * Recipe syntax (java.lang.invoke.StringConcatFactory): \1 = next argument, \2 = next
 * bootstrap constant, anything else literal text.
 */
package exo.compiler.lower;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

final class StringConcat implements Opcodes {
    private static final String SB = "java/lang/StringBuilder";

    private StringConcat() {}

    static MethodInsnNode lower(ClassNode owner, InvokeDynamicInsnNode indy, String name) {
        Type[] args = Type.getArgumentTypes(indy.desc);
        List<Object> bsm = Indy.bsmArgs(indy);
        String recipe;
        int constIndex;
        if (indy.bsm.getName().equals("makeConcat")) {
            recipe = "\u0001".repeat(args.length);
            constIndex = 0;
        } else {
            recipe = (String) bsm.get(0);
            constIndex = 1;
        }
        MethodNode mn = Indy.newStaticMethod(owner, name, indy.desc);
        InsnList code = mn.instructions;
        code.add(new TypeInsnNode(NEW, SB));
        code.add(new InsnNode(DUP));
        code.add(new MethodInsnNode(INVOKESPECIAL, SB, "<init>", "()V", false));
        StringBuilder literal = new StringBuilder();
        int arg = 0;
        int slot = 0;
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == '\u0001' || c == '\u0002') {
                appendLiteral(code, literal);
                if (c == '\u0001') {
                    Type t = args[arg++];
                    code.add(new VarInsnNode(t.getOpcode(ILOAD), slot));
                    slot += t.getSize();
                    code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "append", "(" + appendType(t) + ")L" + SB + ";", false));
                } else {
                    literal.append(String.valueOf(bsm.get(constIndex++)));
                }
            } else {
                literal.append(c);
            }
        }
        appendLiteral(code, literal);
        code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "toString", "()Ljava/lang/String;", false));
        code.add(new InsnNode(ARETURN));
        mn.maxLocals = slot;
        mn.maxStack = 4;
        return new MethodInsnNode(INVOKESTATIC, owner.name, name, indy.desc, (owner.access & ACC_INTERFACE) != 0);
    }

    private static void appendLiteral(InsnList code, StringBuilder literal) {
        if (literal.length() > 0) {
            code.add(new LdcInsnNode(literal.toString()));
            code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "append", "(Ljava/lang/String;)L" + SB + ";", false));
            literal.setLength(0);
        }
    }

    /** The StringBuilder.append overload javac's concatenation semantics correspond to. */
    private static String appendType(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: return "Z";
            case Type.CHAR: return "C";
            case Type.BYTE: case Type.SHORT: case Type.INT: return "I";
            case Type.LONG: return "J";
            case Type.FLOAT: return "F";
            case Type.DOUBLE: return "D";
            default:
                return t.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        }
    }
}
