/*
 * Which class-initialisation checks (JVMS 5.5) a method can leave out: once code has checked
 * class C, C is initialised, or being initialised by this very thread, for the rest of the
 * method, so a second check of C that every path reaches only through the first is redundant.
 * This keeps it simple and sound: a check is dropped only in the same basic block as an
 * earlier one, the knowledge being forgotten at every label something jumps to (branches,
 * switches, exception handlers). A block that a fall-through and a jump both reach thus starts
 * with nothing known. MethodGen asks before emitting each check; calls such as
 * TrapFrame.get(frame, RDI), TrapFrame.get(frame, RSI), ... in one block pay for one check.
 */
package exo.compiler.gen;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

final class InitChecks {
    private final Set<LabelNode> jumpTargets = new HashSet<>();
    private final Set<String> checked = new HashSet<>();

    InitChecks(MethodNode mn) {
        for (AbstractInsnNode insn : mn.instructions) {
            if (insn instanceof JumpInsnNode) {
                jumpTargets.add(((JumpInsnNode) insn).label);
            } else if (insn instanceof TableSwitchInsnNode) {
                jumpTargets.add(((TableSwitchInsnNode) insn).dflt);
                jumpTargets.addAll(((TableSwitchInsnNode) insn).labels);
            } else if (insn instanceof LookupSwitchInsnNode) {
                jumpTargets.add(((LookupSwitchInsnNode) insn).dflt);
                jumpTargets.addAll(((LookupSwitchInsnNode) insn).labels);
            }
        }
        for (TryCatchBlockNode tc : mn.tryCatchBlocks) {
            jumpTargets.add(tc.handler);
        }
    }

    /** Code generation reached label: a block starts there if anything jumps to it. */
    void label(LabelNode label) {
        if (jumpTargets.contains(label)) {
            checked.clear();
        }
    }

    /** Must a check of the class (internal name) be emitted here? Records it as checked. */
    boolean needed(String className) {
        return checked.add(className);
    }
}
