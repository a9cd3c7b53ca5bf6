package exo.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/** Origins on `a[i] += x` (aload, iload, dup2, daload, ..., dastore) and on merged values. */
class OriginsTest implements Opcodes {
    private final MethodNode mn = new MethodNode(ACC_STATIC, "m", "([DID)V", null, null);

    private Frame<SourceValue>[] analyse() throws AnalyzerException {
        mn.maxStack = 8;
        mn.maxLocals = 5;
        return new Analyzer<>(new SourceInterpreter()).analyze("p/M", mn);
    }

    @Test
    void copiesLeadBackToTheLoadsBehindDup2() throws AnalyzerException {
        VarInsnNode aload = new VarInsnNode(ALOAD, 0);
        VarInsnNode iload = new VarInsnNode(ILOAD, 1);
        InsnNode daload = new InsnNode(DALOAD);
        InsnNode dastore = new InsnNode(DASTORE);
        mn.instructions.add(aload);
        mn.instructions.add(iload);
        mn.instructions.add(new InsnNode(DUP2));
        mn.instructions.add(daload);
        mn.instructions.add(new VarInsnNode(DLOAD, 2));
        mn.instructions.add(new InsnNode(DADD));
        mn.instructions.add(dastore);
        mn.instructions.add(new InsnNode(RETURN));
        Frame<SourceValue>[] sources = analyse();
        int load = mn.instructions.indexOf(daload);
        int store = mn.instructions.indexOf(dastore);
        assertSame(aload, Origins.of(sources, mn.instructions, load, 1), "the daload's array");
        assertSame(iload, Origins.of(sources, mn.instructions, load, 0), "the daload's index");
        assertSame(aload, Origins.of(sources, mn.instructions, store, 2), "the dastore's array");
        assertSame(iload, Origins.of(sources, mn.instructions, store, 1), "the dastore's index");
    }

    @Test
    void aValueFromTwoPathsHasNoSingleOrigin() throws AnalyzerException {
        LabelNode other = new LabelNode();
        LabelNode join = new LabelNode();
        mn.instructions.add(new VarInsnNode(ILOAD, 1));
        mn.instructions.add(new JumpInsnNode(IFEQ, other));
        mn.instructions.add(new VarInsnNode(ILOAD, 1));
        mn.instructions.add(new JumpInsnNode(GOTO, join));
        mn.instructions.add(other);
        mn.instructions.add(new InsnNode(ICONST_0));
        mn.instructions.add(join);
        InsnNode pop = new InsnNode(POP);
        mn.instructions.add(pop);
        mn.instructions.add(new InsnNode(RETURN));
        Frame<SourceValue>[] sources = analyse();
        AbstractInsnNode origin = Origins.of(sources, mn.instructions, mn.instructions.indexOf(pop), 0);
        assertNull(origin);
    }
}
