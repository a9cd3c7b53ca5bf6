/*
 * Bytecode for the conversions a lambda adapter needs between an erased interface signature
 * and the implementation's: boxing, unboxing, casts and primitive widening.
 */
package exo.compiler.lower;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

final class Boxing implements Opcodes {
    private Boxing() {}

    static String boxName(Type prim) {
        switch (prim.getSort()) {
            case Type.BOOLEAN: return "java/lang/Boolean";
            case Type.BYTE: return "java/lang/Byte";
            case Type.CHAR: return "java/lang/Character";
            case Type.SHORT: return "java/lang/Short";
            case Type.INT: return "java/lang/Integer";
            case Type.LONG: return "java/lang/Long";
            case Type.FLOAT: return "java/lang/Float";
            case Type.DOUBLE: return "java/lang/Double";
            default: throw new IllegalArgumentException("not primitive: " + prim);
        }
    }

    static boolean isPrimitive(Type t) {
        return t.getSort() >= Type.BOOLEAN && t.getSort() <= Type.DOUBLE;
    }

    static Type primitiveOfBox(String internalName) {
        switch (internalName) {
            case "java/lang/Boolean": return Type.BOOLEAN_TYPE;
            case "java/lang/Byte": return Type.BYTE_TYPE;
            case "java/lang/Character": return Type.CHAR_TYPE;
            case "java/lang/Short": return Type.SHORT_TYPE;
            case "java/lang/Integer": return Type.INT_TYPE;
            case "java/lang/Long": return Type.LONG_TYPE;
            case "java/lang/Float": return Type.FLOAT_TYPE;
            case "java/lang/Double": return Type.DOUBLE_TYPE;
            default: return null;
        }
    }

    /** Appends code converting the value on top of the stack from type 'from' to type 'to'. */
    static void convert(InsnList code, Type from, Type to) {
        if (from.equals(to) || to.getSort() == Type.VOID) {
            return;
        }
        boolean fp = isPrimitive(from);
        boolean tp = isPrimitive(to);
        if (fp && tp) {
            widen(code, from, to);
        } else if (fp) {
            // Box, then the box is assignable to Object/Number/the box type.
            code.add(new MethodInsnNode(INVOKESTATIC, boxName(from), "valueOf",
                    "(" + from.getDescriptor() + ")L" + boxName(from) + ";", false));
        } else if (tp) {
            // Unbox: from a box type directly, from anything else through a cast to to's box.
            Type prim = primitiveOfBox(from.getInternalName());
            String box = from.getInternalName();
            if (prim == null) {
                prim = to;
                box = boxName(to);
                code.add(new TypeInsnNode(CHECKCAST, box));
            }
            code.add(new MethodInsnNode(INVOKEVIRTUAL, box, prim.getClassName() + "Value",
                    "()" + prim.getDescriptor(), false));
            widen(code, prim, to);
        } else if (!to.getInternalName().equals("java/lang/Object")) {
            code.add(new TypeInsnNode(CHECKCAST, to.getInternalName()));
        }
    }

    private static void widen(InsnList code, Type from, Type to) {
        int f = stackKind(from);
        int t = stackKind(to);
        if (f == t) {
            return;
        }
        int op;
        if (f == Type.INT) {
            op = t == Type.LONG ? I2L : t == Type.FLOAT ? I2F : I2D;
        } else if (f == Type.LONG) {
            op = t == Type.FLOAT ? L2F : t == Type.DOUBLE ? L2D : L2I;
        } else if (f == Type.FLOAT) {
            op = t == Type.DOUBLE ? F2D : t == Type.LONG ? F2L : F2I;
        } else {
            op = t == Type.FLOAT ? D2F : t == Type.LONG ? D2L : D2I;
        }
        code.add(new InsnNode(op));
    }

    private static int stackKind(Type t) {
        switch (t.getSort()) {
            case Type.LONG: return Type.LONG;
            case Type.FLOAT: return Type.FLOAT;
            case Type.DOUBLE: return Type.DOUBLE;
            default: return Type.INT;
        }
    }
}
