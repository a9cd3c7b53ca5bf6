/*
 * Which methods can neither throw nor leave an exception pending, so that a direct call to
 * one needs no test of exo_pending after it (Invoke asks). Proving it is kept small and
 * conservative: a method qualifies when each of its instructions is one that exoc compiles to
 * code that cannot raise, namely local variables, constants, stack shuffles, arithmetic other
 * than integer division and remainder, conversions, comparisons, forward branches (a loop's
 * back-edge may poll for a safepoint), switches and returns; fields of `this` read right after
 * `aload 0` (no null check), and primitive fields of `this` written with a local or a constant
 * pushed right after `aload 0` (a setter such as Task.setOrigRax, on every system call);
 * static fields of classes needing no initialisation check; exo.hw's memory, port and CPU
 * intrinsics (but the stack switch and the entry to user mode), exo.rt.Mem's loads, stores
 * and address casts;
 * static calls, and argument-less invokespecial on `this` (super(), private methods), to
 * methods that qualify in turn (a cycle
 * counts as "may throw"). Anything else, or any doubt, means "may throw". Typical winners are
 * the kernel's accessors such as TrapFrame.get, called many times on every system call.
 */
package exo.compiler.gen;

import static org.objectweb.asm.Opcodes.*;

import exo.compiler.CompileError;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.FieldInfo;
import exo.compiler.model.MethodInfo;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

final class NoThrow {
    private final CProgram prog;
    /** Answers so far; a method being examined is false until its scan ends (cycles). */
    private final Map<MethodInfo, Boolean> known = new HashMap<>();

    NoThrow(CProgram prog) {
        this.prog = prog;
    }

    boolean cannotThrow(MethodInfo m) {
        Boolean k = known.get(m);
        if (k != null) {
            return k;
        }
        known.put(m, false);
        boolean r;
        try {
            r = scan(m);
        } catch (CompileError e) {
            r = false;   // cannot resolve something: the call site reports it if it matters
        }
        known.put(m, r);
        return r;
    }

    private boolean scan(MethodInfo m) throws CompileError {
        int access = m.node.access;
        if (m.isNative() || m.isAbstract() || (access & ACC_SYNCHRONIZED) != 0 || m.owner.isWord()
                || m.node.instructions.size() == 0 || !m.node.tryCatchBlocks.isEmpty()) {
            return false;
        }
        InsnList insns = m.node.instructions;
        boolean thisStable = !m.isStatic() && !storesLocalZero(insns);
        AbstractInsnNode previous = null;
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode insn = insns.get(i);
            int op = insn.getOpcode();
            if (insn instanceof LabelNode) {
                previous = null;   // a jump may land here with another object than `this`
                continue;
            }
            if (op < 0) {
                continue;   // line numbers, frames
            }
            if (!allowed(m, insns, i, insn, previous, thisStable)) {
                return false;
            }
            previous = insn;
        }
        return true;
    }

    private boolean allowed(MethodInfo m, InsnList insns, int index, AbstractInsnNode insn, AbstractInsnNode previous,
                            boolean thisStable) throws CompileError {
        int op = insn.getOpcode();
        if (op == IDIV || op == LDIV || op == IREM || op == LREM) {
            return false;
        }
        // (array loads and stores, 46-53 and 79-86, lie outside these ranges: bounds checks)
        if (op <= SIPUSH || op >= ILOAD && op <= ALOAD || op >= ISTORE && op <= ASTORE
                || op >= POP && op <= DCMPG || op >= IRETURN && op <= RETURN) {
            return true;
        }
        if (op == LDC) {
            Object c = ((LdcInsnNode) insn).cst;
            return c instanceof Integer || c instanceof Long || c instanceof Float || c instanceof Double;
        }
        if (insn instanceof JumpInsnNode) {
            return op != JSR && insns.indexOf(((JumpInsnNode) insn).label) > index;
        }
        if (op == TABLESWITCH || op == LOOKUPSWITCH) {
            return true;
        }
        if (op == GETFIELD) {
            return thisStable && previous instanceof VarInsnNode && previous.getOpcode() == ALOAD
                    && ((VarInsnNode) previous).var == 0 && !fieldOf((FieldInsnNode) insn).owner.isWord();
        }
        if (op == PUTFIELD) {
            return thisStable && storesIntoThis(insn, previous) && !fieldOf((FieldInsnNode) insn).owner.isWord()
                    && Type.getType(((FieldInsnNode) insn).desc).getSort() < Type.ARRAY;
        }
        if (op == GETSTATIC || op == PUTSTATIC) {
            FieldInfo f = fieldOf((FieldInsnNode) insn);
            return !f.owner.isWord() && !f.owner.needsInitCheckFrom(m.owner);
        }
        if (op == INVOKESPECIAL) {
            // super() or a private method without arguments on `this` (no null check, no
            // dispatch, no initialisation check: the instance exists): the constructor chain
            // of `new X()` with empty constructors up to Object.<init> costs no test.
            MethodInsnNode call = (MethodInsnNode) insn;
            if (!thisStable || !(previous instanceof VarInsnNode) || previous.getOpcode() != ALOAD
                    || ((VarInsnNode) previous).var != 0 || !call.desc.equals("()V") || call.owner.startsWith("[")
                    || exo.compiler.intrinsic.Intrinsics.replacesBodies(call.owner)) {
                return false;
            }
            MethodInfo target = prog.classInfo(call.owner, "").resolveMethod(call.name + call.desc);
            return target != null && !target.isStatic() && !target.owner.isWord() && cannotThrow(target);
        }
        if (op == INVOKESTATIC) {
            MethodInsnNode call = (MethodInsnNode) insn;
            if (call.owner.equals("exo/hw/Memory") || call.owner.equals("exo/hw/Port")) {
                return true;   // every method a load, a store, a block move or a port access
            }
            if (call.owner.equals("exo/hw/Cpu")) {
                // instructions and register accesses; not the two that leave for other code
                return !call.name.equals("switchStacks") && !call.name.equals("enterUser");
            }
            if (call.owner.equals("exo/rt/Mem") && isRawAccess(call.name)) {
                return true;   // a load, a store or an address cast (intrinsic.RuntimeMemory)
            }
            if (call.owner.startsWith("[") || exo.compiler.intrinsic.Intrinsics.replacesBodies(call.owner)) {
                return false;
            }
            ClassInfo owner = prog.classInfo(call.owner, "");
            MethodInfo target = owner.resolveMethod(call.name + call.desc);
            return target != null && target.isStatic() && !target.owner.needsInitCheckFrom(m.owner)
                    && cannotThrow(target);
        }
        return false;
    }

    /**
     * exo.rt.Mem's plain memory accesses: the allocation fast path's header store goes through
     * ClassDesc.setClass, which then needs no pending test (2 guest instructions per `new`).
     */
    private static boolean isRawAccess(String name) {
        return name.startsWith("load") || name.startsWith("store") || name.equals("addressOf")
                || name.equals("objectAt") || name.equals("nonNullObjectAt") || name.equals("threadBlock");
    }

    /**
     * Is the object of this putfield `this`: `aload 0`, then one instruction pushing the value
     * (a local or a constant), with no label between them (no other way in).
     */
    private static boolean storesIntoThis(AbstractInsnNode putfield, AbstractInsnNode value) {
        if (value == null || !(value instanceof VarInsnNode && value.getOpcode() <= DLOAD
                || value.getOpcode() >= ACONST_NULL + 1 && value.getOpcode() <= SIPUSH)) {
            return false;
        }
        AbstractInsnNode object = value.getPrevious();
        while (object != null && object.getOpcode() < 0 && !(object instanceof LabelNode)) {
            object = object.getPrevious();   // line numbers, frames
        }
        return object instanceof VarInsnNode && object.getOpcode() == ALOAD && ((VarInsnNode) object).var == 0;
    }

    private FieldInfo fieldOf(FieldInsnNode insn) throws CompileError {
        ClassInfo c = prog.classInfo(insn.owner, "");
        FieldInfo f = c.resolveField(insn.name);
        if (f == null) {
            throw new CompileError("no field " + insn.owner + "." + insn.name);
        }
        return f;
    }

    private static boolean storesLocalZero(InsnList insns) {
        for (AbstractInsnNode insn : insns) {
            if (insn instanceof VarInsnNode && ((VarInsnNode) insn).var == 0 && insn.getOpcode() >= ISTORE
                    && insn.getOpcode() <= ASTORE) {
                return true;
            }
        }
        return false;
    }
}
