/*
 * Static initialisers that only store constants into their own class's static fields
 * (`static int last = 42;`, `static boolean ready = true;`), evaluated at compile time. Such
 * an initialiser can neither fail nor be observed: it calls nothing, allocates nothing, reads
 * no field, and no code can read the class's fields before its initialisation has started
 * (JVMS 5.5: every use triggers it). So exoc gives the fields their final values in the
 * static data, the class needs no initialisation check anywhere, and code such as
 * fasta-redux's `Random.next()` in its innermost loop pays for none (HotSpot drops the check
 * once the class is initialised; this gets the same without a runtime test).
 *
 * ClassInfo.hasStaticInit asks valuesOf (a class whose initialiser is constant counts as
 * having none); DataGen emits the values as the fields' C initialisers. Anything else in
 * the initialiser (a call, an allocation, a store to another class's field, a branch, a
 * stack operation) makes it an ordinary initialiser, run at first use as before.
 */
package exo.compiler.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

public final class ConstantInit implements Opcodes {
    /** Marks a null reference among the values (a Map cannot tell null from absent). */
    public static final Object NULL = new Object();

    private ConstantInit() {
    }

    /**
     * The field values (name to Integer, Long, Float, Double, String or NULL) that c's
     * static initialiser stores, if it only stores constants into c's own static fields;
     * null if c has no initialiser or a real one.
     */
    public static Map<String, Object> valuesOf(ClassInfo c) {
        MethodNode clinit = null;
        for (MethodNode m : c.node.methods) {
            if (m.name.equals("<clinit>")) {
                clinit = m;
            }
        }
        if (clinit == null || !clinit.tryCatchBlocks.isEmpty()) {
            return null;
        }
        Map<String, Object> values = new HashMap<>();
        Deque<Object> stack = new ArrayDeque<>();
        for (AbstractInsnNode insn : clinit.instructions) {
            int op = insn.getOpcode();
            if (op < 0) {
                continue;   // labels, line numbers, frames
            }
            if (op == RETURN) {
                return stack.isEmpty() ? values : null;
            }
            if (op == PUTSTATIC) {
                FieldNode f = ownStaticField(c, (FieldInsnNode) insn);
                if (f == null || stack.isEmpty()) {
                    return null;
                }
                Object v = narrowed(stack.pop(), Type.getType(f.desc));
                if (v == null) {
                    return null;
                }
                values.put(f.name, v);
                continue;
            }
            Object v = constant(insn);
            if (v == null) {
                return null;
            }
            stack.push(v);
        }
        return null;   // no return: not straight-line code
    }

    private static FieldNode ownStaticField(ClassInfo c, FieldInsnNode insn) {
        if (!insn.owner.equals(c.name)) {
            return null;
        }
        for (FieldNode f : c.node.fields) {
            if (f.name.equals(insn.name) && f.desc.equals(insn.desc) && (f.access & ACC_STATIC) != 0) {
                return f;
            }
        }
        return null;
    }

    /** The value an instruction pushes if it is a constant of the kinds handled, else null. */
    private static Object constant(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if (op >= ICONST_M1 && op <= ICONST_5) {
            return op - ICONST_0;
        }
        switch (op) {
            case ACONST_NULL: return NULL;
            case LCONST_0: case LCONST_1: return (long) (op - LCONST_0);
            case FCONST_0: case FCONST_1: case FCONST_2: return (float) (op - FCONST_0);
            case DCONST_0: case DCONST_1: return (double) (op - DCONST_0);
            case BIPUSH: case SIPUSH: return ((IntInsnNode) insn).operand;
            case LDC: {
                Object c = ((LdcInsnNode) insn).cst;
                boolean plain = c instanceof Integer || c instanceof Long || c instanceof Float
                        || c instanceof Double || c instanceof String;
                return plain ? c : null;   // class literals, method handles: not constants here
            }
            default: return null;
        }
    }

    /** The value as putstatic stores it into a field of type t (JVMS putstatic), or null if ill-typed. */
    private static Object narrowed(Object v, Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: return v instanceof Integer ? (Integer) v & 1 : null;
            case Type.BYTE: return v instanceof Integer ? (int) (byte) (int) (Integer) v : null;
            case Type.CHAR: return v instanceof Integer ? (int) (char) (int) (Integer) v : null;
            case Type.SHORT: return v instanceof Integer ? (int) (short) (int) (Integer) v : null;
            case Type.INT: return v instanceof Integer ? v : null;
            case Type.LONG: return v instanceof Long ? v : null;
            case Type.FLOAT: return v instanceof Float ? v : null;
            case Type.DOUBLE: return v instanceof Double ? v : null;
            case Type.OBJECT:
                return v == NULL || v instanceof String && t.getInternalName().equals("java/lang/String") ? v : null;
            default: return v == NULL ? v : null;   // arrays: only null
        }
    }
}
