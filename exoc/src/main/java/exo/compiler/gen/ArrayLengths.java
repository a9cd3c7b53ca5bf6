/*
 * Array lengths kept in C variables, so that bounds checks in loops do not reload them.
 * An array's length never changes, but gcc cannot know it: every store into an int[] may
 * alias the int length field, so `ARRLEN(a)` is read again after each element store (in
 * fannkuch-redux's flip loop, three times an iteration). MethodGen asks this class instead.
 *
 * A local variable is an *array local* when every value the method stores in it is an array
 * or null by its producing instruction (newarray, anewarray, multianewarray, a checkcast to an
 * array type, a field or method of array type, aconst_null), and it is not a parameter or is
 * one of array type. Such a local N gets a shadow `jint lNa_len`, set where N is bound or
 * stored (0 for null). A bounds check or arraylength then reads the shadow when its array
 * operand was pushed by `aload N` in the same basic block with no store to N in between
 * (ASM's SourceInterpreter names the producing instruction; Origins follows dup and dup2
 * copies back to it, as in `a[i] += x`), so the shadow holds exactly the
 * length of that value. Anything else falls back to ARRLEN. The null check still runs first
 * on the value itself.
 */
package exo.compiler.gen;

import static org.objectweb.asm.Opcodes.*;

import exo.compiler.model.MethodInfo;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

final class ArrayLengths {
    private final InsnList insns;
    private final Set<Integer> arrayLocals = new TreeSet<>();
    private final Set<Integer> arrayParams = new TreeSet<>();
    private Frame<SourceValue>[] sources;

    ArrayLengths(String owner, MethodInfo method) {
        MethodNode mn = method.node;
        this.insns = mn.instructions;
        try {
            sources = new Analyzer<>(new SourceInterpreter()).analyze(owner, mn);
        } catch (AnalyzerException e) {
            return;   // no shadows: MethodGen's own analysis reports the problem
        }
        Set<Integer> candidates = new TreeSet<>();
        Set<Integer> excluded = new TreeSet<>();
        int slot = method.isStatic() ? 0 : 1;
        if (!method.isStatic()) {
            excluded.add(0);
        }
        for (Type t : method.argTypes()) {
            (t.getSort() == Type.ARRAY ? arrayParams : excluded).add(slot);
            slot += t.getSize();
        }
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode insn = insns.get(i);
            if (insn.getOpcode() >= ISTORE && insn.getOpcode() <= ASTORE) {
                int var = ((VarInsnNode) insn).var;
                boolean array = insn.getOpcode() == ASTORE && sources[i] != null && producesArray(top(sources[i]));
                (array ? candidates : excluded).add(var);
            }
        }
        candidates.addAll(arrayParams);
        candidates.removeAll(excluded);
        arrayLocals.addAll(candidates);
        arrayParams.retainAll(arrayLocals);
    }

    private static SourceValue top(Frame<SourceValue> f) {
        return f.getStack(f.getStackSize() - 1);
    }

    private static boolean producesArray(SourceValue v) {
        if (v.insns.isEmpty()) {
            return false;
        }
        for (AbstractInsnNode p : v.insns) {
            int op = p.getOpcode();
            boolean array = op == NEWARRAY || op == ANEWARRAY || op == MULTIANEWARRAY || op == ACONST_NULL
                    || op == CHECKCAST && ((TypeInsnNode) p).desc.startsWith("[")
                    || (op == GETFIELD || op == GETSTATIC) && ((FieldInsnNode) p).desc.startsWith("[")
                    || p instanceof MethodInsnNode && Type.getReturnType(((MethodInsnNode) p).desc).getSort() == Type.ARRAY;
            if (!array) {
                return false;
            }
        }
        return true;
    }

    /** ASM's source frames of the method (null if it could not be analysed). */
    Frame<SourceValue>[] sources() {
        return sources;
    }

    /** C declarations of the shadows. */
    String declarations() {
        StringBuilder b = new StringBuilder();
        for (int n : arrayLocals) {
            b.append("    jint l").append(n).append("a_len = 0;\n");
        }
        return b.toString();
    }

    /** C statements giving the array parameters' shadows their lengths. */
    String bindings() {
        StringBuilder b = new StringBuilder();
        for (int n : arrayParams) {
            b.append("    ").append(update(n)).append('\n');
        }
        return b.toString();
    }

    /** The statement to emit after `astore var`, or null. */
    String stored(int var) {
        return arrayLocals.contains(var) ? update(var) : null;
    }

    private static String update(int n) {
        return "l" + n + "a_len = l" + n + "a ? ARRLEN(l" + n + "a) : 0;";
    }

    /**
     * The length of the array that the instruction at index reads fromTop values below the top
     * of its stack, whose C variable is array: a shadow when it is provably the current value
     * of an array local, else ARRLEN(array).
     */
    String lengthOf(int index, int fromTop, String array) {
        AbstractInsnNode p = Origins.of(sources, insns, index, fromTop);   // through dup/dup2 copies
        if (p != null && p.getOpcode() == ALOAD && arrayLocals.contains(((VarInsnNode) p).var)
                && unchangedBetween(insns.indexOf(p), index, ((VarInsnNode) p).var)) {
            return "l" + ((VarInsnNode) p).var + "a_len";
        }
        return "ARRLEN(" + array + ")";
    }

    /** No label (a block boundary) and no store to var strictly between from and to. */
    private boolean unchangedBetween(int from, int to, int var) {
        if (from < 0 || from >= to) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            AbstractInsnNode insn = insns.get(i);
            if (insn instanceof LabelNode
                    || insn instanceof VarInsnNode && insn.getOpcode() >= ISTORE && ((VarInsnNode) insn).var == var) {
                return false;
            }
        }
        return true;
    }
}
