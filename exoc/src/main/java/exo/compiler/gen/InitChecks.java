/*
 * Which class-initialisation checks (JVMS 5.5) a method can leave out. Once code has passed a
 * check of class C, C is initialised, or being initialised by this very thread, and so is
 * each of C's superclasses (initialising C starts with them): a later check of any of them
 * would return at once. A check is therefore redundant when every path from the method's
 * entry to it passes an earlier check of the same class or of a subclass.
 *
 * That is a forward "must" dataflow over the method's control-flow graph, per instruction:
 * the set of classes known initialised is the intersection over the predecessors (branches,
 * switches, fall-through), and an exception handler starts with what is known before every
 * instruction its try range covers (a check that throws, NoClassDefFoundError or
 * ExceptionInInitializerError, has not passed). A loop whose header is reached with C known
 * keeps it in its body; a check first made inside a loop stays (the first iteration needs
 * it, and hoisting it would change when the initialiser runs).
 *
 * The analysis must know which instructions check which class before MethodGen emits them:
 * checkedBy mirrors MethodGen's and Invoke's rules (new, getstatic/putstatic of the field's
 * declaring class, invokestatic of the resolved method's class unless an intrinsic or a
 * native lowers it). Code of a class or a subclass never checks the class itself
 * (ClassInfo.needsInitCheckFrom): that stays CProgram's rule. MethodGen asks needed() before
 * emitting each check; fasta-redux's `Out.checkFlush(); while (lct < Out.ct + bytes)` pays for
 * one check of Out per line instead of one per byte.
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import exo.compiler.intrinsic.Intrinsics;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.FieldInfo;
import exo.compiler.model.MethodInfo;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Frame;

final class InitChecks implements Opcodes {
    private final Map<String, Integer> ids = new HashMap<>();
    /** Per instruction index: the ids of the classes known initialised before it (null: unreachable). */
    private final BitSet[] known;

    /**
     * checks gives, for an instruction, the internal names of the classes known initialised
     * once its check has passed (the class it checks, then its superclasses), or an empty
     * list; frames are the Analyzer's (null: unreachable).
     */
    InitChecks(MethodNode mn, Frame<?>[] frames, Function<AbstractInsnNode, List<String>> checks) {
        InsnList insns = mn.instructions;
        BitSet[] effects = new BitSet[insns.size()];
        for (int i = 0; i < insns.size(); i++) {
            if (frames[i] != null) {
                effects[i] = new BitSet();
                for (String c : checks.apply(insns.get(i))) {
                    effects[i].set(ids.computeIfAbsent(c, n -> ids.size()));
                }
            }
        }
        known = solve(mn, frames, effects);
    }

    /** The analysis of a method MethodGen compiles, with CProgram's classes. */
    static InitChecks of(CProgram prog, MethodNode mn, Frame<?>[] frames) {
        return new InitChecks(mn, frames, insn -> closure(checkedBy(prog, insn)));
    }

    /** Must a check of the class (internal name) be emitted before instruction index? */
    boolean needed(int index, String className) {
        Integer id = ids.get(className);
        return id == null || known[index] == null || !known[index].get(id);
    }

    /** The class whose initialisation insn checks, or null (see the file's comment). */
    private static ClassInfo checkedBy(CProgram prog, AbstractInsnNode insn) {
        try {
            switch (insn.getOpcode()) {
                case NEW:
                    return prog.classInfo(((TypeInsnNode) insn).desc, "");
                case GETSTATIC:
                case PUTSTATIC: {
                    FieldInsnNode f = (FieldInsnNode) insn;
                    if (insn.getOpcode() == GETSTATIC && prog.primitiveClassConstant(f) != null) {
                        return null;
                    }
                    FieldInfo fi = prog.classInfo(f.owner, "").resolveField(f.name);
                    return fi == null ? null : fi.owner;
                }
                case INVOKESTATIC: {
                    MethodInsnNode m = (MethodInsnNode) insn;
                    if (m.owner.startsWith("[")) {
                        return null;
                    }
                    MethodInfo target = prog.classInfo(m.owner, "").resolveMethod(m.name + m.desc);
                    if (target == null || target.isNative() || Intrinsics.replacesBodies(target.owner.name)) {
                        return null;
                    }
                    return target.owner;
                }
                default:
                    return null;
            }
        } catch (CompileError e) {
            return null;   // MethodGen reports it when it reaches the instruction
        }
    }

    /** c and its superclasses, all initialised once c's check has passed. */
    private static List<String> closure(ClassInfo c) {
        List<String> names = new ArrayList<>();
        try {
            for (ClassInfo k = c; k != null; k = k.isInterface() ? null : k.superClass()) {
                names.add(k.name);
            }
        } catch (CompileError e) {
            // An unresolvable superclass: what was found (MethodGen reports the error if it matters).
        }
        return names;
    }

    /** Iterates to the greatest fixed point: sets only shrink, from "everything" at first visit. */
    private static BitSet[] solve(MethodNode mn, Frame<?>[] frames, BitSet[] effects) {
        InsnList insns = mn.instructions;
        BitSet[] in = new BitSet[insns.size()];
        if (insns.size() == 0) {
            return in;
        }
        in[0] = new BitSet();
        int tries = mn.tryCatchBlocks.size();
        int[] starts = new int[tries];
        int[] ends = new int[tries];
        int[] handlers = new int[tries];
        for (int t = 0; t < tries; t++) {
            TryCatchBlockNode tc = mn.tryCatchBlocks.get(t);
            starts[t] = insns.indexOf(tc.start);
            ends[t] = insns.indexOf(tc.end);
            handlers[t] = insns.indexOf(tc.handler);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < insns.size(); i++) {
                if (in[i] == null || frames[i] == null) {
                    continue;
                }
                BitSet out = (BitSet) in[i].clone();
                out.or(effects[i]);
                for (int s : successors(insns, i)) {
                    changed |= meet(in, s, out);
                }
                for (int t = 0; t < tries; t++) {
                    if (starts[t] <= i && i < ends[t]) {
                        changed |= meet(in, handlers[t], in[i]);
                    }
                }
            }
        }
        return in;
    }

    /** in[s] = in[s] intersected with facts (facts when first reached); true if it changed. */
    private static boolean meet(BitSet[] in, int s, BitSet facts) {
        if (in[s] == null) {
            in[s] = (BitSet) facts.clone();
            return true;
        }
        int before = in[s].cardinality();
        in[s].and(facts);
        return in[s].cardinality() != before;
    }

    private static List<Integer> successors(InsnList insns, int i) {
        AbstractInsnNode insn = insns.get(i);
        List<Integer> out = new ArrayList<>(2);
        int op = insn.getOpcode();
        if (insn instanceof JumpInsnNode) {
            out.add(insns.indexOf(((JumpInsnNode) insn).label));
            if (op == GOTO) {
                return out;
            }
        } else if (insn instanceof TableSwitchInsnNode) {
            TableSwitchInsnNode t = (TableSwitchInsnNode) insn;
            addLabels(insns, out, t.dflt, t.labels);
            return out;
        } else if (insn instanceof LookupSwitchInsnNode) {
            LookupSwitchInsnNode l = (LookupSwitchInsnNode) insn;
            addLabels(insns, out, l.dflt, l.labels);
            return out;
        } else if (op >= IRETURN && op <= RETURN || op == ATHROW) {
            return out;
        }
        if (i + 1 < insns.size()) {
            out.add(i + 1);
        }
        return out;
    }

    private static void addLabels(InsnList insns, List<Integer> out, LabelNode dflt, List<LabelNode> labels) {
        out.add(insns.indexOf(dflt));
        for (LabelNode l : labels) {
            out.add(insns.indexOf(l));
        }
    }
}
