/*
 * exo.rt.Atomic: the atomic operations that java.util.concurrent, java.lang.Thread and the
 * monitors of `synchronized` are built on, lowered to gcc's __atomic builtins (a locked
 * instruction on x86_64; sequentially consistent, as Java's volatile and the JDK's atomics
 * require). Accesses take an object and a byte offset into it: a field's offset is
 * Atomic.fieldOffset(C.class, "name") with both arguments literals, resolved here at compile
 * time; an array element's is ARRAY_DATA + index * size. Objects never move, so an address
 * computed from a live object stays valid.
 */
package exo.compiler.intrinsic;

import exo.compiler.CompileError;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.FieldInfo;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;

final class Atomics implements IntrinsicFamily {
    private static final String SC = "__ATOMIC_SEQ_CST";

    @Override
    public List<String> owners() {
        return List.of("exo/rt/Atomic");
    }

    @Override
    public boolean replacesBodies() {
        return true;
    }

    @Override
    public Lowered lower(IntrinsicCall c) throws CompileError {
        if (c.name().equals("fieldOffset")) {
            return fieldOffset(c);
        }
        if (c.name().equals("fence")) {
            return Lowered.pure("__atomic_thread_fence(" + SC + ")");
        }
        if (c.name().equals("spinWait")) {
            return Lowered.pure("__builtin_ia32_pause()");
        }
        String type = cType(c.name());
        if (type == null) {
            return null;
        }
        String p = "((" + type + " *)((char *)(" + c.arg(0) + ") + (" + c.arg(1) + ")))";
        String op = c.name().substring(0, c.name().length() - (c.name().endsWith("Ref") ? 3 : c.name().endsWith("Int") ? 3 : 4));
        switch (op) {
            case "get": return Lowered.pure("__atomic_load_n(" + p + ", " + SC + ")");
            case "set": return Lowered.pure("__atomic_store_n(" + p + ", " + c.arg(2) + ", " + SC + ")");
            case "getAndSet": return Lowered.pure("__atomic_exchange_n(" + p + ", " + c.arg(2) + ", " + SC + ")");
            case "getAndAdd": return Lowered.pure("__atomic_fetch_add(" + p + ", " + c.arg(2) + ", " + SC + ")");
            case "compareAndSet":
                return Lowered.pure("({ " + type + " e_ = " + c.arg(2) + "; (jint)__atomic_compare_exchange_n(" + p + ", &e_, "
                        + c.arg(3) + ", 0, " + SC + ", " + SC + "); })");
            case "compareAndExchange":
                return Lowered.pure("({ " + type + " e_ = " + c.arg(2) + "; __atomic_compare_exchange_n(" + p + ", &e_, "
                        + c.arg(3) + ", 0, " + SC + ", " + SC + "); e_; })");
            default: return null;
        }
    }

    /** The C type of a getInt/compareAndSetLong/...Ref method's operand, or null. */
    private static String cType(String name) {
        if (name.endsWith("Int")) {
            return "jint";
        }
        if (name.endsWith("Long")) {
            return "jlong";
        }
        if (name.endsWith("Ref")) {
            return "jobj";
        }
        return null;
    }

    private static Lowered fieldOffset(IntrinsicCall c) throws CompileError {
        AbstractInsnNode name = previousReal(c.insn());
        AbstractInsnNode cls = previousReal(name);
        if (!(name instanceof LdcInsnNode) || !(((LdcInsnNode) name).cst instanceof String)
                || !(cls instanceof LdcInsnNode) || !(((LdcInsnNode) cls).cst instanceof Type)) {
            throw new CompileError(c.where() + ": Atomic.fieldOffset needs a class literal and a field name literal");
        }
        String owner = ((Type) ((LdcInsnNode) cls).cst).getInternalName();
        String field = (String) ((LdcInsnNode) name).cst;
        ClassInfo ci = c.prog().pool().get(owner, c.where());
        ci.instanceSize();   // lays the fields out
        FieldInfo f = ci.resolveField(field);
        if (f == null || f.isStatic()) {
            throw new CompileError(c.where() + ": Atomic.fieldOffset: " + ci.javaName() + " has no instance field " + field);
        }
        return Lowered.pure("((jlong)" + f.offset + ")");
    }

    private static AbstractInsnNode previousReal(AbstractInsnNode insn) {
        AbstractInsnNode p = insn == null ? null : insn.getPrevious();
        while (p != null && p.getOpcode() < 0) {
            p = p.getPrevious();   // labels and line numbers
        }
        return p;
    }
}
