/*
 * Method calls: intrinsics become inline C, static/special calls and virtual calls with a
 * single possible target (after Rapid Type Analysis) become direct C calls, other virtual
 * calls go through the vtable, other interface calls through a per-method dispatch
 * function that switches on the receiver's class id.
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import exo.compiler.analysis.WordInterpreter;
import exo.compiler.intrinsic.IntrinsicCall;
import exo.compiler.intrinsic.IntrinsicFamily;
import exo.compiler.intrinsic.Intrinsics;
import exo.compiler.intrinsic.Lowered;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.MethodInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

final class Invoke implements Opcodes {
    private final MethodGen g;
    private final CProgram prog;

    Invoke(MethodGen g, CProgram prog) {
        this.g = g;
        this.prog = prog;
    }

    /**
     * A word type's instance method or constructor: a direct call, no null check, no
     * dispatch (the class is final); a constructor returns the word it builds. Object's
     * constructor, which a word's constructor calls first, does nothing.
     */
    private void wordCall(MethodInsnNode insn, Frame<BasicValue> f, MethodInfo target, List<String> args, String assign)
            throws CompileError {
        if (!target.owner.isWord()) {
            return;   // Object.<init>() on a word's 'this'
        }
        String callee = prog.methodName(target);
        if (target.isConstructor()) {
            g.lineMarker();
            String word = g.words().constructed(f.getStackSize() - args.size(), target.owner);
            String params = String.join(", ", args.subList(1, args.size()));
            g.emitStatement(word + " = " + callee + "(" + params + "); " + g.pendingCheck());
            return;
        }
        g.lineMarker();
        g.emitStatement(assign + callee + "(" + String.join(", ", args) + "); " + g.pendingCheck());
    }

    /** String conversion of a word: its class's own toString(), into a fresh variable. */
    private String wordToString(Frame<BasicValue> f, String word) throws CompileError {
        ClassInfo w = prog.classInfo(f.getStack(f.getStackSize() - 1).getType().getInternalName(), g.whereNow());
        MethodInfo toString = w.declaredMethod("toString()Ljava/lang/String;");
        if (toString == null) {
            throw new CompileError(g.whereNow() + ": string conversion of word type " + w.javaName()
                    + " needs its own toString() (a word has no identity for Object's)");
        }
        String tmp = "ws" + g.insnIndex();
        g.emitStatement("jobj " + tmp + " = " + prog.methodName(toString) + "(" + word + "); " + g.pendingCheck());
        return tmp;
    }

    void call(MethodInsnNode insn, Frame<BasicValue> f) throws CompileError {
        String where = g.whereNow();
        boolean isStatic = insn.getOpcode() == INVOKESTATIC;
        Type[] argTypes = Type.getArgumentTypes(insn.desc);
        Type ret = Type.getReturnType(insn.desc);
        int nargs = argTypes.length + (isStatic ? 0 : 1);
        List<String> args = new ArrayList<>();
        for (int i = nargs - 1; i >= 0; i--) {
            args.add(g.stackSlot(f, i));
        }
        if (WordInterpreter.isStringConversion(insn) && g.isWordSlot(f, 0)) {
            args.set(nargs - 1, wordToString(f, args.get(nargs - 1)));
        }
        String result = ret.getSort() == Type.VOID ? null : g.pushSlot(f, prog.kind(ret), nargs);
        String assign = result == null ? "" : result + " = ";

        String ownerName = insn.owner;
        if (ownerName.startsWith("[")) {
            g.nullCheckRef(args.get(0));
            if (insn.name.equals("clone")) {
                g.emitStatement(assign + prog.rt("cloneObject") + "(" + args.get(0) + "); " + g.pendingCheck());
                return;
            }
            ownerName = "java/lang/Object";
        }
        ClassInfo owner = prog.classInfo(ownerName, where);
        String key = insn.name + insn.desc;
        MethodInfo target = owner.resolveMethod(key);
        if (target == null) {
            throw new CompileError("missing method " + owner.javaName() + "." + key + ", referenced by " + where);
        }
        String tOwner = target.owner.name;
        if (target.owner.isWord() && !target.isStatic() || target.isConstructor() && tOwner.equals("java/lang/Object") && g.isWordSlot(f, nargs - 1)) {
            wordCall(insn, f, target, args, assign);
            return;
        }

        // Intrinsics, and natives that cannot be overridden here (Object.hashCode can).
        boolean virtual = !isStatic && insn.getOpcode() != INVOKESPECIAL && target.isVirtual();
        MethodInfo only = target;
        if (virtual && target.isNative()) {
            Set<MethodInfo> targets = prog.targets(owner, key);
            only = targets.size() == 1 ? targets.iterator().next() : null;
        }
        if (Intrinsics.replacesBodies(tOwner) || (only != null && only.isNative())) {
            MethodInfo m = only != null ? only : target;
            if (!isStatic) {
                g.nullCheckRef(args.get(0));
            }
            Lowered l = prog.lowerNative(new IntrinsicCall(m, args, where, insn, prog));
            IntrinsicFamily family = Intrinsics.familyOf(m.owner.name);
            if (l.mayThrow() || family != null && family.needsHardware()) {
                g.lineMarker();   // a call into Java, or an instruction that may fault
            }
            g.emitStatement(assign + l.expr() + ";" + (l.mayThrow() ? " " + g.pendingCheck() : ""));
            return;
        }

        String callee;
        MethodInfo direct = null;   // the one method this call reaches, if known
        if (isStatic) {
            if (EntryGen.endsUncaught(prog, target)) {
                throw new CompileError(g.whereNow() + ": " + target.owner.javaName() + "." + target.name
                        + " is entered from user mode only (@Export fromUser, inlined into its wrapper): Java code may not call it");
            }
            if (g.isTailCall() && g.initCheckNeeded(target.owner) && prog.canThunkInit(target)) {
                callee = prog.initThenCall(target);   // the check in the jump's target
            } else {
                g.initCheck(target.owner);
                callee = prog.methodName(target);
            }
            direct = target;
        } else if (insn.getOpcode() == INVOKESPECIAL || !target.isVirtual()) {
            if (!insn.name.equals("<init>")) {
                g.nullCheckRef(args.get(0));
            }
            callee = prog.methodName(target);
            direct = target;
        } else {
            g.nullCheckRef(args.get(0));
            Set<MethodInfo> targets = prog.targets(owner, key);
            if (targets.isEmpty()) {
                // No instantiated class can receive this call: the receiver is always null,
                // which the check above has already handled.
                g.emitStatement(g.raiseStatement(prog.rt("nullPointer") + "()"));
                return;
            }
            if (targets.size() == 1 && !targets.contains(null)) {
                direct = targets.iterator().next();
                callee = prog.methodName(direct);
            } else if (!owner.isInterface()) {
                int slot = prog.vtableSlot(owner, key);
                callee = "((" + prog.functionPointerType(target) + ")" + "EXO_CLS(" + args.get(0) + ")->vtable[" + slot + "])";
            } else {
                callee = prog.interfaceDispatcher(owner, key, target);
            }
        }
        g.lineMarker();
        boolean tail = g.isTailCall();
        if (tail && direct != null) {
            prog.tailCallTo(direct);
        }
        boolean mayThrow = (direct == null || !prog.noThrow().cannotThrow(direct)) && !tail;
        g.emitStatement(assign + callee + "(" + String.join(", ", args) + ");" + (mayThrow ? " " + g.pendingCheck() : ""));
    }
}
