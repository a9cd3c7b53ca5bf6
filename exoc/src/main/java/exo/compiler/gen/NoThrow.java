/*
 * Which methods can neither throw nor leave an exception pending, so that a direct call to
 * one needs no test of exo_pending after it (Invoke asks). Proving it is kept small and
 * conservative: a method qualifies when each of its instructions is one that exoc compiles to
 * code that cannot raise, namely local variables, constants, stack shuffles, arithmetic other
 * than integer division and remainder, conversions, comparisons, forward branches (a loop's
 * back-edge may poll for a safepoint), switches and returns; fields of `this` read or written
 * (ThisReceivers proves the object is `this`, which needs no null check: the accessors and
 * setters called on every system call, such as Task.setOrigRax); static fields of classes
 * needing no initialisation check; exo.hw's memory, port and CPU intrinsics (but the stack
 * switch and the entry to user mode), exo.rt.Mem's loads, stores and address casts; static
 * calls, and instance calls on `this` with a single target in the closed world (private,
 * super or constructor, final, or one implementation after Rapid Type Analysis), to methods
 * that qualify in turn. A cycle of calls counts as "may throw" (the method being examined
 * answers false until its scan ends). Anything else, or any doubt, means "may throw".
 * Instance calls on other objects are decided at their call site (Invoke): the receiver's
 * null check stays there, the pending test goes when the target qualifies.
 */
package exo.compiler.gen;

import static org.objectweb.asm.Opcodes.*;

import exo.compiler.CompileError;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.FieldInfo;
import exo.compiler.model.MethodInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
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
        ThisReceivers receivers = null;   // computed for the first access through an object
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode insn = insns.get(i);
            int op = insn.getOpcode();
            if (op < 0) {
                continue;   // labels, line numbers, frames
            }
            if (receivers == null && (insn instanceof FieldInsnNode || insn instanceof MethodInsnNode)) {
                receivers = new ThisReceivers(m.owner.name, m.node, thisStable);
            }
            if (!allowed(m, insns, i, insn, receivers)) {
                return false;
            }
        }
        return true;
    }

    private boolean allowed(MethodInfo m, InsnList insns, int index, AbstractInsnNode insn, ThisReceivers receivers)
            throws CompileError {
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
        if (op == GETFIELD || op == PUTFIELD) {
            // an object other than `this` may be null; a field store is a plain C store
            return receivers.isThis(index, op == GETFIELD ? 0 : 1) && !fieldOf((FieldInsnNode) insn).owner.isWord();
        }
        if (op == GETSTATIC || op == PUTSTATIC) {
            FieldInfo f = fieldOf((FieldInsnNode) insn);
            return !f.owner.isWord() && !f.owner.needsInitCheckFrom(m.owner);
        }
        if (op == INVOKEVIRTUAL || op == INVOKESPECIAL || op == INVOKEINTERFACE) {
            MethodInsnNode call = (MethodInsnNode) insn;
            int nargs = Type.getArgumentTypes(call.desc).length;
            if (!receivers.isThis(index, nargs)) {
                return false;   // the receiver's null check may raise
            }
            MethodInfo target = singleTarget(call);
            return target != null && cannotThrow(target);
        }
        if (op == INVOKESTATIC) {
            return staticCallAllowed(m, (MethodInsnNode) insn);
        }
        return false;
    }

    /**
     * The one method an instance call on `this` reaches, as Invoke finds it (private,
     * super/constructor, or a single target after Rapid Type Analysis), or null: several
     * targets, an intrinsic, a native, a word type's method.
     */
    private MethodInfo singleTarget(MethodInsnNode call) throws CompileError {
        if (call.owner.startsWith("[") || exo.compiler.intrinsic.Intrinsics.replacesBodies(call.owner)) {
            return null;
        }
        ClassInfo owner = prog.classInfo(call.owner, "");
        String key = call.name + call.desc;
        MethodInfo target = owner.resolveMethod(key);
        if (target == null || target.isStatic() || target.owner.isWord() || target.isNative()) {
            return null;
        }
        if (call.getOpcode() != INVOKESPECIAL && target.isVirtual()) {
            Set<MethodInfo> targets = prog.targets(owner, key);
            if (targets.size() != 1 || targets.contains(null)) {
                return null;
            }
            target = targets.iterator().next();
        }
        boolean intrinsic = exo.compiler.intrinsic.Intrinsics.replacesBodies(target.owner.name);
        return intrinsic || target.isNative() || target.owner.isWord() ? null : target;
    }

    private boolean staticCallAllowed(MethodInfo m, MethodInsnNode call) throws CompileError {
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

    /**
     * exo.rt.Mem's plain memory accesses: the allocation fast path's header store goes through
     * ClassDesc.setClass, which then needs no pending test (2 guest instructions per `new`).
     */
    private static boolean isRawAccess(String name) {
        return name.startsWith("load") || name.startsWith("store") || name.equals("addressOf")
                || name.equals("objectAt") || name.equals("nonNullObjectAt") || name.equals("threadBlock");
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
