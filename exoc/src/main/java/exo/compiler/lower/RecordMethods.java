/*
 * java.lang.runtime.ObjectMethods, done at compile time: a record's toString, equals and
 * hashCode become static methods over its component fields, with the JDK's formats:
 * "Point[x=1, y=2]", component-wise equality (Float/Double.compare for floating point), and
 * hash = 31 * hash + component hash, starting from 0.
 */
package exo.compiler.lower;

import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

final class RecordMethods implements Opcodes {
    private static final String SB = "java/lang/StringBuilder";

    private RecordMethods() {}

    static MethodInsnNode lower(ClassNode owner, InvokeDynamicInsnNode indy, String name) {
        List<Object> bsm = Indy.bsmArgs(indy);
        Type record = (Type) bsm.get(0);
        String[] names = ((String) bsm.get(1)).isEmpty() ? new String[0] : ((String) bsm.get(1)).split(";");
        Handle[] getters = new Handle[bsm.size() - 2];
        for (int i = 0; i < getters.length; i++) {
            getters[i] = (Handle) bsm.get(i + 2);
        }
        MethodNode mn = Indy.newStaticMethod(owner, name, indy.desc);
        switch (indy.name) {
            case "toString": toString(mn.instructions, record, names, getters); break;
            case "equals": equals(mn.instructions, record, getters); break;
            default: hashCode(mn.instructions, getters); break;
        }
        mn.maxLocals = 3;
        mn.maxStack = 6;
        return new MethodInsnNode(INVOKESTATIC, owner.name, name, indy.desc, (owner.access & ACC_INTERFACE) != 0);
    }

    private static void get(InsnList code, int local, Handle getter) {
        code.add(new VarInsnNode(ALOAD, local));
        code.add(new FieldInsnNode(GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc()));
    }

    private static void toString(InsnList code, Type record, String[] names, Handle[] getters) {
        String simple = record.getInternalName().substring(record.getInternalName().lastIndexOf('/') + 1);
        simple = simple.substring(simple.lastIndexOf('$') + 1);
        int digits = 0;
        while (digits < simple.length() && Character.isDigit(simple.charAt(digits))) {
            digits++;   // local records are named Outer$1Name; their simple name is Name
        }
        simple = simple.substring(digits);
        code.add(new TypeInsnNode(NEW, SB));
        code.add(new InsnNode(DUP));
        code.add(new LdcInsnNode(simple + "["));
        code.add(new MethodInsnNode(INVOKESPECIAL, SB, "<init>", "(Ljava/lang/String;)V", false));
        for (int i = 0; i < getters.length; i++) {
            code.add(new LdcInsnNode((i > 0 ? ", " : "") + names[i] + "="));
            code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "append", "(Ljava/lang/String;)L" + SB + ";", false));
            get(code, 0, getters[i]);
            Type t = Type.getType(getters[i].getDesc());
            String app = Boxing.isPrimitive(t) ? (t.getSort() == Type.BYTE || t.getSort() == Type.SHORT ? "I" : t.getDescriptor()) : "Ljava/lang/Object;";
            code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "append", "(" + app + ")L" + SB + ";", false));
        }
        code.add(new LdcInsnNode("]"));
        code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "append", "(Ljava/lang/String;)L" + SB + ";", false));
        code.add(new MethodInsnNode(INVOKEVIRTUAL, SB, "toString", "()Ljava/lang/String;", false));
        code.add(new InsnNode(ARETURN));
    }

    private static void equals(InsnList code, Type record, Handle[] getters) {
        LabelNode no = new LabelNode();
        code.add(new VarInsnNode(ALOAD, 1));
        code.add(new TypeInsnNode(INSTANCEOF, record.getInternalName()));
        code.add(new JumpInsnNode(IFEQ, no));
        code.add(new VarInsnNode(ALOAD, 1));
        code.add(new TypeInsnNode(CHECKCAST, record.getInternalName()));
        code.add(new VarInsnNode(ASTORE, 2));
        for (Handle g : getters) {
            Type t = Type.getType(g.getDesc());
            get(code, 0, g);
            get(code, 2, g);
            switch (t.getSort()) {
                case Type.LONG:
                    code.add(new InsnNode(LCMP));
                    code.add(new JumpInsnNode(IFNE, no));
                    break;
                case Type.FLOAT:
                    code.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false));
                    code.add(new JumpInsnNode(IFNE, no));
                    break;
                case Type.DOUBLE:
                    code.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false));
                    code.add(new JumpInsnNode(IFNE, no));
                    break;
                case Type.OBJECT:
                case Type.ARRAY:
                    code.add(new MethodInsnNode(INVOKESTATIC, "java/util/Objects", "equals", "(Ljava/lang/Object;Ljava/lang/Object;)Z", false));
                    code.add(new JumpInsnNode(IFEQ, no));
                    break;
                default:
                    code.add(new JumpInsnNode(IF_ICMPNE, no));
            }
        }
        code.add(new InsnNode(ICONST_1));
        code.add(new InsnNode(IRETURN));
        code.add(no);
        code.add(new InsnNode(ICONST_0));
        code.add(new InsnNode(IRETURN));
    }

    private static void hashCode(InsnList code, Handle[] getters) {
        code.add(new InsnNode(ICONST_0));
        for (Handle g : getters) {
            Type t = Type.getType(g.getDesc());
            code.add(new LdcInsnNode(31));
            code.add(new InsnNode(IMUL));
            get(code, 0, g);
            if (Boxing.isPrimitive(t)) {
                code.add(new MethodInsnNode(INVOKESTATIC, Boxing.boxName(t), "hashCode", "(" + t.getDescriptor() + ")I", false));
            } else {
                code.add(new MethodInsnNode(INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false));
            }
            code.add(new InsnNode(IADD));
        }
        code.add(new InsnNode(IRETURN));
    }
}
