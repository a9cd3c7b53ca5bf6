/*
 * Which operand-stack entries of a method hold `this`, for NoThrow: a field access or a call
 * whose object is `this` needs no null check (MethodGen skips it), so it cannot throw a
 * NullPointerException. One data-flow pass over the method (ASM's SourceInterpreter): an
 * entry is `this` when every instruction that can have produced it is `aload 0` in a method
 * that never stores into local 0, or a dup of such an entry (`this.count++` is aload 0, dup,
 * getfield, ..., putfield). A join with another object, or a copy by the other dup forms,
 * counts as "maybe not `this`" (cheap and conservative).
 */
package exo.compiler.gen;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.DUP;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

final class ThisReceivers {
    /** Frames before each instruction, or null when the analysis failed (nothing is `this`). */
    private final Frame<SourceValue>[] frames;
    private final MethodNode method;

    /** thisStable: an instance method that never stores into local 0. */
    ThisReceivers(String ownerInternalName, MethodNode method, boolean thisStable) {
        this.method = method;
        this.frames = thisStable ? analyze(ownerInternalName, method) : null;
    }

    private static Frame<SourceValue>[] analyze(String owner, MethodNode method) {
        try {
            return new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
        } catch (AnalyzerException e) {
            return null;   // malformed code: the caller assumes "may throw"
        }
    }

    /**
     * Is the stack entry `depth` below the top, before instruction `index`, certainly `this`?
     * (depth counts entries, a long or double being one.)
     */
    boolean isThis(int index, int depth) {
        Frame<SourceValue> f = frames == null ? null : frames[index];
        if (f == null || depth >= f.getStackSize()) {
            return false;   // unreachable instruction, or a malformed depth
        }
        return producedByThis(f.getStack(f.getStackSize() - 1 - depth));
    }

    private boolean producedByThis(SourceValue v) {
        if (v.insns.isEmpty()) {
            return false;
        }
        for (AbstractInsnNode source : v.insns) {
            boolean loadsThis = source.getOpcode() == ALOAD && ((VarInsnNode) source).var == 0;
            if (!loadsThis && !(source.getOpcode() == DUP && isThis(method.instructions.indexOf(source), 0))) {
                return false;   // (a dup's input lies before it: the recursion ends)
            }
        }
        return true;
    }
}
