package exo.compiler.gen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * ThisReceivers on small hand-built instance methods of p/M (local 0 = this, local 1 = another
 * p/M, local 2 = an int): which objects of field accesses and calls are certainly `this`.
 */
class ThisReceiversTest implements Opcodes {
    private final MethodNode mn = new MethodNode(0, "m", "(Lp/M;I)I", null, null);

    private <T extends AbstractInsnNode> T add(T insn) {
        mn.instructions.add(insn);
        return insn;
    }

    private ThisReceivers analyse(boolean thisStable) {
        mn.maxStack = 6;
        mn.maxLocals = 3;
        return new ThisReceivers("p/M", mn, thisStable);
    }

    private int at(AbstractInsnNode insn) {
        return mn.instructions.indexOf(insn);
    }

    @Test
    void thisUnderArgumentsIsFoundAtAnyDepth() {
        add(new VarInsnNode(ALOAD, 0));
        add(new VarInsnNode(ALOAD, 1));
        add(new VarInsnNode(ILOAD, 2));
        add(new InsnNode(I2L));
        MethodInsnNode call = add(new MethodInsnNode(INVOKEVIRTUAL, "p/M", "f", "(Lp/M;J)I"));
        add(new InsnNode(IRETURN));
        ThisReceivers r = analyse(true);
        assertTrue(r.isThis(at(call), 2), "the receiver under an object and a long");
        assertFalse(r.isThis(at(call), 1), "the other object");
        assertFalse(r.isThis(at(call), 0), "the long");
        assertFalse(r.isThis(at(call), 3), "below the stack's bottom");
    }

    @Test
    void anotherObjectOrAJoinWithItIsNotThis() {
        LabelNode other = new LabelNode();
        LabelNode join = new LabelNode();
        add(new VarInsnNode(ALOAD, 1));
        FieldInsnNode ofOther = add(new FieldInsnNode(GETFIELD, "p/M", "x", "I"));
        add(new InsnNode(POP));
        add(new VarInsnNode(ILOAD, 2));
        add(new JumpInsnNode(IFEQ, other));
        add(new VarInsnNode(ALOAD, 0));
        add(new JumpInsnNode(GOTO, join));
        add(other);
        add(new VarInsnNode(ALOAD, 1));
        add(join);
        FieldInsnNode joined = add(new FieldInsnNode(GETFIELD, "p/M", "x", "I"));
        add(new InsnNode(IRETURN));
        ThisReceivers r = analyse(true);
        assertFalse(r.isThis(at(ofOther), 0));
        assertFalse(r.isThis(at(joined), 0), "this on one path, the other object on the other");
    }

    @Test
    void twoPathsBothLoadingThisJoinAsThis() {
        LabelNode other = new LabelNode();
        LabelNode join = new LabelNode();
        add(new VarInsnNode(ILOAD, 2));
        add(new JumpInsnNode(IFEQ, other));
        add(new VarInsnNode(ALOAD, 0));
        add(new JumpInsnNode(GOTO, join));
        add(other);
        add(new VarInsnNode(ALOAD, 0));
        add(join);
        FieldInsnNode get = add(new FieldInsnNode(GETFIELD, "p/M", "x", "I"));
        add(new InsnNode(IRETURN));
        assertTrue(analyse(true).isThis(at(get), 0));
    }

    @Test
    void bothCopiesOfADupOfThisAreThisUnlessLocalZeroIsWritten() {
        add(new VarInsnNode(ALOAD, 0));
        add(new InsnNode(DUP));
        FieldInsnNode get = add(new FieldInsnNode(GETFIELD, "p/M", "x", "I"));
        add(new InsnNode(POP));
        FieldInsnNode plain = add(new FieldInsnNode(GETFIELD, "p/M", "x", "I"));
        add(new InsnNode(IRETURN));
        ThisReceivers stable = analyse(true);
        assertTrue(stable.isThis(at(get), 0), "dup's copy");
        assertTrue(stable.isThis(at(plain), 0), "the original below it");
        assertFalse(analyse(false).isThis(at(plain), 0), "local 0 may hold another object");
    }

    @Test
    void aDupOfAnotherObjectIsNotThis() {
        add(new VarInsnNode(ALOAD, 1));
        add(new InsnNode(DUP));
        FieldInsnNode get = add(new FieldInsnNode(GETFIELD, "p/M", "x", "I"));
        add(new InsnNode(POP));
        FieldInsnNode plain = add(new FieldInsnNode(GETFIELD, "p/M", "x", "I"));
        add(new InsnNode(IRETURN));
        ThisReceivers r = analyse(true);
        assertFalse(r.isThis(at(get), 0));
        assertFalse(r.isThis(at(plain), 0));
    }

    @Test
    void malformedCodeMeansNothingIsThis() {
        add(new VarInsnNode(ALOAD, 0));
        FieldInsnNode get = add(new FieldInsnNode(GETFIELD, "p/M", "x", "I"));
        add(new InsnNode(POP));
        add(new InsnNode(POP));   // pops an empty stack: the analysis rejects the method
        add(new InsnNode(ICONST_0));
        add(new InsnNode(IRETURN));
        assertFalse(analyse(true).isThis(at(get), 0));
    }
}
