/*
 * Control flow for MethodGen: conditional jumps, compare-and-branch fused into one C
 * comparison, and tableswitch/lookupswitch as C switches. Targets are MethodGen's labels
 * (L<instruction index>).
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

final class Branches implements Opcodes {
    private final MethodGen g;

    Branches(MethodGen g) {
        this.g = g;
    }

    /**
     * lcmp/fcmpl/fcmpg/dcmpl/dcmpg directly followed by if<cond>: one C comparison, with
     * NaN going the way the l/g variant says (JVMS), instead of a -1/0/1 value and a test.
     * Returns false, emitting nothing, for any other instruction.
     */
    boolean fusedCompare(AbstractInsnNode insn, Frame<BasicValue> f, int index) throws CompileError {
        int op = insn.getOpcode();
        InsnList insns = g.instructions();
        if (op < LCMP || op > DCMPG || index + 1 >= insns.size()) {
            return false;
        }
        AbstractInsnNode next = insns.get(index + 1);
        int j = next.getOpcode();
        if (!(next instanceof JumpInsnNode) || j < IFEQ || j > IFLE) {
            return false;
        }
        String a = g.stackSlot(f, 1);
        String b = g.stackSlot(f, 0);
        boolean nanIsLess = op == FCMPL || op == DCMPL;   // lcmp: no NaN, either form is right
        String cond;
        switch (j) {
            case IFEQ: cond = a + " == " + b; break;
            case IFNE: cond = "!(" + a + " == " + b + ")"; break;
            case IFLT: cond = nanIsLess ? "!(" + a + " >= " + b + ")" : a + " < " + b; break;
            case IFGE: cond = nanIsLess ? a + " >= " + b : "!(" + a + " < " + b + ")"; break;
            case IFGT: cond = nanIsLess ? a + " > " + b : "!(" + a + " <= " + b + ")"; break;
            default: cond = nanIsLess ? "!(" + a + " > " + b + ")" : a + " <= " + b; break;   // IFLE
        }
        g.emitStatement("if (" + cond + ") " + jumpTo(((JumpInsnNode) next).label, index + 1));
        return true;
    }

    /**
     * A goto to label from the instruction at index: a loop's back-edge, when threads may
     * run, first polls for a safepoint (a collection may be waiting for this thread).
     */
    private String jumpTo(LabelNode label, int index) throws CompileError {
        String go = "goto " + g.labelOf(label) + ";";
        if (g.instructions().indexOf(label) <= index && g.pollsAtBackEdges()) {
            return "{ EXO_SAFEPOINT_POLL(); " + go + " }";
        }
        return go;
    }

    void jump(JumpInsnNode insn, Frame<BasicValue> f) throws CompileError {
        String target = jumpTo(insn.label, g.insnIndex());
        String top = insn.getOpcode() == GOTO ? null : g.stackSlot(f, 0);
        String cond;
        switch (insn.getOpcode()) {
            case IFEQ: case IFNULL: cond = top + " == 0"; break;
            case IFNE: case IFNONNULL: cond = top + " != 0"; break;
            case IFLT: cond = top + " < 0"; break;
            case IFGE: cond = top + " >= 0"; break;
            case IFGT: cond = top + " > 0"; break;
            case IFLE: cond = top + " <= 0"; break;
            case IF_ICMPEQ: case IF_ACMPEQ: cond = g.stackSlot(f, 1) + " == " + top; break;
            case IF_ICMPNE: case IF_ACMPNE: cond = g.stackSlot(f, 1) + " != " + top; break;
            case IF_ICMPLT: cond = g.stackSlot(f, 1) + " < " + top; break;
            case IF_ICMPGE: cond = g.stackSlot(f, 1) + " >= " + top; break;
            case IF_ICMPGT: cond = g.stackSlot(f, 1) + " > " + top; break;
            case IF_ICMPLE: cond = g.stackSlot(f, 1) + " <= " + top; break;
            default: g.emitStatement(target); return;   // GOTO
        }
        g.emitStatement("if (" + cond + ") " + target);
    }

    /** tableswitch or lookupswitch: a C switch of gotos. */
    void switchInsn(AbstractInsnNode insn, Frame<BasicValue> f) {
        StringBuilder b = new StringBuilder("switch (" + g.stackSlot(f, 0) + ") {");
        LabelNode dflt;
        if (insn instanceof TableSwitchInsnNode) {
            TableSwitchInsnNode ts = (TableSwitchInsnNode) insn;
            for (int k = 0; k < ts.labels.size(); k++) {
                b.append(" case ").append(Names.intLiteral(ts.min + k)).append(": goto ").append(g.labelOf(ts.labels.get(k))).append(';');
            }
            dflt = ts.dflt;
        } else {
            LookupSwitchInsnNode ls = (LookupSwitchInsnNode) insn;
            for (int k = 0; k < ls.labels.size(); k++) {
                b.append(" case ").append(Names.intLiteral(ls.keys.get(k))).append(": goto ").append(g.labelOf(ls.labels.get(k))).append(';');
            }
            dflt = ls.dflt;
        }
        b.append(" default: goto ").append(g.labelOf(dflt)).append("; }");
        g.emitStatement(b.toString());
    }
}
