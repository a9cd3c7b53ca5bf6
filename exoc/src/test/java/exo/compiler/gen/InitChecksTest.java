package exo.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

class InitChecksTest {
    private final MethodNode mn = new MethodNode(Opcodes.ACC_STATIC, "m", "(I)V", null, null);
    private final LabelNode lineLabel = new LabelNode();
    private final LabelNode branchTarget = new LabelNode();
    private final LabelNode caseTarget = new LabelNode();
    private final LabelNode handler = new LabelNode();

    InitChecksTest() {
        mn.instructions.add(lineLabel);
        mn.instructions.add(new LineNumberNode(3, lineLabel));
        mn.instructions.add(new InsnNode(Opcodes.ICONST_0));
        mn.instructions.add(new JumpInsnNode(Opcodes.IFEQ, branchTarget));
        mn.instructions.add(new InsnNode(Opcodes.ICONST_0));
        mn.instructions.add(new TableSwitchInsnNode(0, 0, branchTarget, caseTarget));
        mn.instructions.add(branchTarget);
        mn.instructions.add(caseTarget);
        mn.instructions.add(handler);
        mn.instructions.add(new InsnNode(Opcodes.RETURN));
        mn.tryCatchBlocks.add(new TryCatchBlockNode(lineLabel, branchTarget, handler, null));
    }

    @Test
    void aClassIsCheckedOncePerBlock() {
        InitChecks checks = new InitChecks(mn);
        assertTrue(checks.needed("p/A"));
        assertFalse(checks.needed("p/A"));
        assertTrue(checks.needed("p/B"), "each class has its own check");
        checks.label(lineLabel);   // a line-number label nothing jumps to: same block
        assertFalse(checks.needed("p/A"));
    }

    @Test
    void branchSwitchAndHandlerTargetsStartAfresh() {
        for (LabelNode target : new LabelNode[] {branchTarget, caseTarget, handler}) {
            InitChecks checks = new InitChecks(mn);
            assertTrue(checks.needed("p/A"));
            checks.label(target);
            assertTrue(checks.needed("p/A"), "a block reached by a jump checks again");
            assertFalse(checks.needed("p/A"));
        }
    }
}
