/*
 * The instruction that produced a stack value, seen through the copies dup and dup2 make.
 * ASM's SourceInterpreter names a copy's source as the dup itself; `Av[i] += x` compiles to
 * `aload Av; iload i; dup2; daload; ...; dastore`, so the daload's operands come from the
 * dup2, and it is the aload and iload behind it that say which local array and index they
 * are. ArrayLengths (bounds checks against a local's length shadow) and ElementForwarding
 * (array elements kept in C variables across a loop) ask here.
 */
package exo.compiler.gen;

import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.DUP2;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

final class Origins {
    private Origins() {
    }

    /**
     * The one instruction that produced the value fromTop below the top of the stack before
     * instruction index (copies followed back to their original), or null when several
     * instructions may have produced it or the frames are missing.
     */
    static AbstractInsnNode of(Frame<SourceValue>[] sources, InsnList insns, int index, int fromTop) {
        for (int depth = 0; depth < 8 && sources != null && sources[index] != null; depth++) {
            Frame<SourceValue> f = sources[index];
            int pos = f.getStackSize() - 1 - fromTop;
            if (pos < 0) {
                return null;
            }
            SourceValue v = f.getStack(pos);
            if (v.insns.size() != 1) {
                return null;
            }
            AbstractInsnNode p = v.insns.iterator().next();
            int op = p.getOpcode();
            if (op != DUP && op != DUP2) {
                return p;
            }
            // A copy: dup copies the value on top, dup2 (of two one-word values) the two on
            // top; whichever of the pushed pair ASM marks as the copy, its original is the
            // value at the same position within the pair in the frame before the dup.
            int d = insns.indexOf(p);
            Frame<SourceValue> before = sources[d];
            int copied = op == DUP ? 1 : 2;
            if (before == null || before.getStackSize() < copied
                    || op == DUP2 && before.getStack(before.getStackSize() - 1).getSize() != 1) {
                return null;
            }
            int base = before.getStackSize() - copied;
            if (pos < base) {
                return null;
            }
            int original = base + (pos - base) % copied;
            index = d;
            fromTop = before.getStackSize() - 1 - original;
        }
        return null;
    }
}
