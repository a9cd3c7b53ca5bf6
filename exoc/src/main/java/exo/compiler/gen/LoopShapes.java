/*
 * Loops as javac lays them out: a header label, a body after it, and backward jumps to the
 * header from the end of the body (and from `continue`s). A loop is the range of
 * instructions from its header to its last backward jump. ElementForwarding asks for the
 * loops and whether one is entered only by falling into its header, so that code emitted
 * just before the header label runs exactly once per entry into the loop.
 */
package exo.compiler.gen;

import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.GOTO;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.JSR;
import static org.objectweb.asm.Opcodes.RETURN;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

final class LoopShapes {
    private final InsnList insns;
    /** Every control transfer as {from, to} instruction indices (handlers: from = -1). */
    private final List<int[]> edges = new ArrayList<>();
    private final TreeMap<Integer, Integer> loops = new TreeMap<>();

    LoopShapes(MethodNode mn) {
        insns = mn.instructions;
        for (int k = 0; k < insns.size(); k++) {
            AbstractInsnNode insn = insns.get(k);
            if (insn instanceof JumpInsnNode) {
                edge(k, ((JumpInsnNode) insn).label);
            } else if (insn instanceof TableSwitchInsnNode) {
                edge(k, ((TableSwitchInsnNode) insn).dflt);
                for (LabelNode l : ((TableSwitchInsnNode) insn).labels) {
                    edge(k, l);
                }
            } else if (insn instanceof LookupSwitchInsnNode) {
                edge(k, ((LookupSwitchInsnNode) insn).dflt);
                for (LabelNode l : ((LookupSwitchInsnNode) insn).labels) {
                    edge(k, l);
                }
            }
        }
        for (TryCatchBlockNode tc : mn.tryCatchBlocks) {
            edge(-1, tc.handler);
        }
        for (int[] e : edges) {
            if (e[0] >= 0 && e[1] <= e[0] && insns.get(e[0]) instanceof JumpInsnNode) {
                loops.merge(e[1], e[0], Math::max);
            }
        }
    }

    private void edge(int from, LabelNode to) {
        edges.add(new int[] {from, insns.indexOf(to)});
    }

    /** Header index to the index of its last backward jump, outer loops (lower headers) first. */
    TreeMap<Integer, Integer> loops() {
        return loops;
    }

    /**
     * Is the loop [header, end] entered only by falling into the header from the instruction
     * before it? No jump or handler from outside reaches into it, and no label just before
     * the header (which would share it) is jumped to.
     */
    boolean singleEntry(int header, int end) {
        for (int[] e : edges) {
            boolean into = e[1] >= header && e[1] <= end;
            boolean fromInside = e[0] >= header && e[0] <= end;
            if (into && !fromInside) {
                return false;
            }
        }
        for (int k = header - 1; k >= 0; k--) {
            AbstractInsnNode insn = insns.get(k);
            int op = insn.getOpcode();
            if (op >= 0) {
                boolean fallsThrough = op != GOTO && op != JSR && op != ATHROW && !(op >= IRETURN && op <= RETURN)
                        && !(insn instanceof TableSwitchInsnNode) && !(insn instanceof LookupSwitchInsnNode);
                return fallsThrough;
            }
            if (insn instanceof LabelNode && isTarget(k)) {
                return false;
            }
        }
        return false;   // the loop starts the method: entered from no instruction
    }

    private boolean isTarget(int index) {
        for (int[] e : edges) {
            if (e[1] == index) {
                return true;
            }
        }
        return false;
    }
}
