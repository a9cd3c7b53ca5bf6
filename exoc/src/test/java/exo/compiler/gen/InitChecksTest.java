package exo.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;

/**
 * The must-be-initialised dataflow on small hand-built methods: `getstatic p/X.f I; pop` is a
 * check of X (and, for p/Sub, of its superclass p/Base); each test asks whether a check is
 * needed at a given use.
 */
class InitChecksTest implements Opcodes {
    private final MethodNode mn = new MethodNode(ACC_STATIC, "m", "(I)V", null, null);

    /** Appends a use of class owner (a check) and returns its instruction. */
    private AbstractInsnNode use(String owner) {
        FieldInsnNode get = new FieldInsnNode(GETSTATIC, owner, "f", "I");
        mn.instructions.add(get);
        mn.instructions.add(new InsnNode(POP));
        return get;
    }

    private void add(AbstractInsnNode insn) {
        mn.instructions.add(insn);
    }

    private InitChecks analyse() throws AnalyzerException {
        mn.maxStack = 4;
        mn.maxLocals = 1;
        return new InitChecks(mn, new Analyzer<>(new BasicInterpreter()).analyze("p/M", mn), insn -> {
            if (insn.getOpcode() != GETSTATIC) {
                return List.of();
            }
            String owner = ((FieldInsnNode) insn).owner;
            return owner.equals("p/Sub") ? List.of("p/Sub", "p/Base") : List.of(owner);
        });
    }

    private boolean needed(InitChecks checks, AbstractInsnNode use) {
        return checks.needed(mn.instructions.indexOf(use), ((FieldInsnNode) use).owner);
    }

    @Test
    void aSecondUseInTheSameBlockIsFree() throws AnalyzerException {
        AbstractInsnNode first = use("p/A");
        AbstractInsnNode second = use("p/A");
        AbstractInsnNode other = use("p/B");
        add(new InsnNode(RETURN));
        InitChecks checks = analyse();
        assertTrue(needed(checks, first));
        assertFalse(needed(checks, second));
        assertTrue(needed(checks, other), "each class has its own check");
    }

    @Test
    void aLoopBodyDominatedByACheckIsFreeButAFirstUseInTheLoopIsNot() throws AnalyzerException {
        LabelNode head = new LabelNode();
        LabelNode exit = new LabelNode();
        use("p/A");
        add(head);
        add(new VarInsnNode(ILOAD, 0));
        add(new JumpInsnNode(IFEQ, exit));
        AbstractInsnNode inLoopA = use("p/A");
        AbstractInsnNode inLoopB = use("p/B");
        AbstractInsnNode againB = use("p/B");
        add(new JumpInsnNode(GOTO, head));
        add(exit);
        AbstractInsnNode afterB = use("p/B");
        add(new InsnNode(RETURN));
        InitChecks checks = analyse();
        assertFalse(needed(checks, inLoopA), "checked before the loop");
        assertTrue(needed(checks, inLoopB), "the first iteration initialises B");
        assertFalse(needed(checks, againB));
        assertTrue(needed(checks, afterB), "the loop may run zero times");
    }

    @Test
    void aUseInOneBranchOnlyIsCheckedAgainAfterTheJoin() throws AnalyzerException {
        LabelNode join = new LabelNode();
        add(new VarInsnNode(ILOAD, 0));
        add(new JumpInsnNode(IFEQ, join));
        use("p/A");
        use("p/C");
        add(join);
        AbstractInsnNode afterA = use("p/A");
        add(new InsnNode(RETURN));
        InitChecks checks = analyse();
        assertTrue(needed(checks, afterA));
    }

    @Test
    void usesOnEveryPathOfASwitchCoverTheJoin() throws AnalyzerException {
        LabelNode case0 = new LabelNode();
        LabelNode dflt = new LabelNode();
        LabelNode join = new LabelNode();
        add(new VarInsnNode(ILOAD, 0));
        add(new TableSwitchInsnNode(0, 0, dflt, case0));
        add(case0);
        use("p/A");
        use("p/B");
        add(new JumpInsnNode(GOTO, join));
        add(dflt);
        use("p/A");
        add(join);
        AbstractInsnNode joinA = use("p/A");
        AbstractInsnNode joinB = use("p/B");
        add(new InsnNode(RETURN));
        InitChecks checks = analyse();
        assertFalse(needed(checks, joinA), "both cases checked A");
        assertTrue(needed(checks, joinB), "only one case checked B");
    }

    @Test
    void aHandlerKnowsOnlyWhatHeldBeforeEveryGuardedInstruction() throws AnalyzerException {
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();
        LabelNode done = new LabelNode();
        use("p/B");
        add(start);
        use("p/A");   // may throw ExceptionInInitializerError: A is not initialised then
        add(end);
        AbstractInsnNode normalA = use("p/A");
        add(new JumpInsnNode(GOTO, done));
        add(handler);
        add(new InsnNode(POP));
        AbstractInsnNode handlerA = use("p/A");
        AbstractInsnNode handlerB = use("p/B");
        add(done);
        add(new InsnNode(RETURN));
        mn.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
        InitChecks checks = analyse();
        assertFalse(needed(checks, normalA));
        assertTrue(needed(checks, handlerA), "the guarded check itself may have thrown");
        assertFalse(needed(checks, handlerB), "B was checked before the try");
    }

    @Test
    void aSubclassCheckCoversItsSuperclassNotTheReverse() throws AnalyzerException {
        use("p/Base");
        AbstractInsnNode sub = use("p/Sub");
        AbstractInsnNode base = use("p/Base");
        add(new InsnNode(RETURN));
        InitChecks checks = analyse();
        assertTrue(needed(checks, sub));
        assertFalse(needed(checks, base));

        MethodNode other = new MethodNode(ACC_STATIC, "n", "(I)V", null, null);
        other.instructions.add(new FieldInsnNode(GETSTATIC, "p/Sub", "f", "I"));
        other.instructions.add(new InsnNode(POP));
        FieldInsnNode baseAfterSub = new FieldInsnNode(GETSTATIC, "p/Base", "f", "I");
        other.instructions.add(baseAfterSub);
        other.instructions.add(new InsnNode(POP));
        other.instructions.add(new InsnNode(RETURN));
        mn.instructions.clear();
        mn.instructions.add(other.instructions);
        checks = analyse();
        assertFalse(needed(checks, baseAfterSub), "initialising Sub initialised Base first");
    }
}
