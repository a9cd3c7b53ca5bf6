/*
 * Redundant heap loads removed inside an extended basic block (code entered only at its top:
 * a new one starts at every label something jumps to). gcc cannot do this itself: exoc
 * compiles with -fno-strict-aliasing, so a store of a double field may, for gcc, overwrite
 * any reference field or array element, and `bodies[i].vx -= ...; bodies[i].vy -= ...` reloads
 * `this.bodies`, its length and `bodies[i]` after every store (n-body: 1.41x HotSpot's time).
 * Java's types say more: a field is written only by putfield/putstatic of that very field, a
 * reference array element only by aastore, and nothing else in this method writes the heap
 * except calls, which this class treats as writing everything.
 *
 * Each value the block computes gets a key naming how it was computed: a local's version
 * (bumped by every store to it), a constant, or a load from the key of its object, with the
 * "generation" of what may have written it since: the field's own generation (bumped by a
 * putfield/putstatic of that field), the reference arrays' (bumped by aastore), and the whole
 * heap's epoch (bumped by calls other than java.lang.Math's, class initialisation checks that
 * were emitted, allocations, monitors and volatile accesses: synchronisation actions, after
 * which Java's memory model requires fresh reads). A getfield, getstatic or aaload whose key
 * was loaded earlier in the block is replaced by the C variable holding that earlier value;
 * its null and bounds checks are dropped with it, since they passed on the same value. Array
 * lengths are cached per array key too (a length never changes). MethodGen asks this class
 * before emitting each such load and tells it about every instruction it emitted. On the
 * kernel target too: memory that changes under the code (device registers, per-CPU slots,
 * page tables, the runtime's words) is read through intrinsic calls, which end every cached
 * value; a plain field an interrupt handler writes is as gcc sees it anyway (no barrier).
 */
package exo.compiler.gen;

import static org.objectweb.asm.Opcodes.*;

import exo.compiler.model.FieldInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

final class LoadCache {
    private final InsnList insns;
    private final Frame<SourceValue>[] sources;
    private final Set<LabelNode> jumpTargets = new HashSet<>();
    /** Key of the value each instruction of the current block pushed. */
    private final Map<AbstractInsnNode, String> keyOf = new HashMap<>();
    /** Key of a loaded value -> the C variable holding it. */
    private final Map<String, String> loaded = new HashMap<>();
    /** Key of an array -> the C variable holding its length. */
    private final Map<String, String> lengths = new HashMap<>();
    private final Map<String, Integer> fieldGeneration = new HashMap<>();
    private final Map<Integer, Integer> localVersion = new HashMap<>();
    private final StringBuilder declarations = new StringBuilder();
    private int epoch;
    private int elementGeneration;
    private int versions;

    LoadCache(MethodNode mn, Frame<SourceValue>[] sources) {
        this.insns = mn.instructions;
        this.sources = sources;
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

    /** C declarations of the variables the cache used (emitted at the function's top). */
    String declarations() {
        return declarations.toString();
    }

    /** Code generation reached label: a block starts there if anything jumps to it. */
    void label(LabelNode label) {
        if (jumpTargets.contains(label)) {
            keyOf.clear();
            loaded.clear();
            lengths.clear();
        }
    }

    /** Everything in the heap may have changed (a call, a synchronisation action...). */
    void clobber() {
        epoch++;
    }

    // ---- keys --------------------------------------------------------------------------

    /** Key of the value fromTop below the top of the stack before instruction index, or null. */
    private String operandKey(int index, int fromTop) {
        Frame<SourceValue> f = sources == null ? null : sources[index];
        if (f == null || f.getStackSize() <= fromTop) {
            return null;
        }
        SourceValue v = f.getStack(f.getStackSize() - 1 - fromTop);
        return v.insns.size() == 1 ? keyOf.get(v.insns.iterator().next()) : null;
    }

    private int generation(FieldInfo fi) {
        return fieldGeneration.getOrDefault(fieldId(fi), 0);
    }

    private static String fieldId(FieldInfo fi) {
        return fi.owner.name + "." + fi.node.name;
    }

    private static boolean isVolatile(FieldInfo fi) {
        return (fi.node.access & ACC_VOLATILE) != 0;
    }

    /** Key of the value a getfield (receiver on top) or getstatic of fi at index loads, or null. */
    String fieldKey(int index, FieldInfo fi) {
        if (isVolatile(fi)) {
            return null;
        }
        String tail = "." + fieldId(fi) + "@" + epoch + "/" + generation(fi);
        if (fi.isStatic()) {
            return "S" + tail;
        }
        String receiver = operandKey(index, 0);
        return receiver == null ? null : "(" + receiver + ")" + tail;
    }

    /** Key of the element an aaload at index loads, or null. */
    String elementKey(int index) {
        String array = operandKey(index, 1);
        String idx = operandKey(index, 0);
        return array == null || idx == null ? null : "(" + array + ")[" + idx + "]@" + epoch + "/" + elementGeneration;
    }

    // ---- loads -------------------------------------------------------------------------

    /** The C variable already holding the value of key in this block, or null. */
    String hit(String key) {
        return key == null ? null : loaded.get(key);
    }

    /**
     * The instruction at index loaded the value with key into C variable value (of kind k):
     * the statement that keeps it for later loads, or "" when it is not kept.
     */
    String keep(int index, String key, String value, char kind) {
        if (key == null || "ijfda".indexOf(kind) < 0) {
            return "";
        }
        String var = "k" + index + kind;
        declarations.append("    ").append(Names.kindType(kind)).append(' ').append(var).append(" = 0;\n");
        loaded.put(key, var);
        keyOf.put(insns.get(index), key);
        return var + " = " + value + ";";
    }

    /** A cached load at index: its value has the key. */
    void reused(int index, String key) {
        keyOf.put(insns.get(index), key);
    }

    /**
     * The length of the array fromTop below the stack top at index, once its null check has
     * run: a variable already holding it, or a new one after the statement assigning it
     * (returned as {variable, statement}); null when the array has no key.
     */
    String[] length(int index, int fromTop, String array) {
        String key = operandKey(index, fromTop);
        if (key == null) {
            return null;
        }
        String var = lengths.get(key);
        if (var != null) {
            return new String[] {var, ""};
        }
        var = "n" + index + "_" + fromTop;
        declarations.append("    jint ").append(var).append(" = 0;\n");
        lengths.put(key, var);
        return new String[] {var, var + " = ARRLEN(" + array + ");"};
    }

    // ---- after each instruction ---------------------------------------------------------

    /** The instruction at index was emitted (field/element loads register through keep). */
    void emitted(int index, AbstractInsnNode insn, FieldInfo field) {
        int op = insn.getOpcode();
        switch (op) {
            case ILOAD: case LLOAD: case FLOAD: case DLOAD: case ALOAD: {
                int var = ((VarInsnNode) insn).var;
                keyOf.put(insn, "l" + var + "v" + localVersion.computeIfAbsent(var, v -> ++versions));
                return;
            }
            case ISTORE: case LSTORE: case FSTORE: case DSTORE: case ASTORE:
                localVersion.put(((VarInsnNode) insn).var, ++versions);
                return;
            case IINC:
                localVersion.put(((IincInsnNode) insn).var, ++versions);
                return;
            case ICONST_M1: case ICONST_0: case ICONST_1: case ICONST_2: case ICONST_3: case ICONST_4: case ICONST_5:
                keyOf.put(insn, "c" + (op - ICONST_0));
                return;
            case BIPUSH: case SIPUSH:
                keyOf.put(insn, "c" + ((IntInsnNode) insn).operand);
                return;
            case LDC:
                if (((LdcInsnNode) insn).cst instanceof Integer) {
                    keyOf.put(insn, "c" + ((LdcInsnNode) insn).cst);
                }
                return;
            case DUP: {
                String k = operandKey(index, 0);
                if (k != null) {
                    keyOf.put(insn, k);
                }
                return;
            }
            case PUTFIELD: case PUTSTATIC:
                fieldGeneration.merge(fieldId(field), 1, Integer::sum);
                if (isVolatile(field) || !field.isStatic() && field.owner.isWord()) {
                    epoch++;   // a word's field is raw memory (kernel): it may be any object's
                }
                return;
            case GETFIELD: case GETSTATIC:
                if (isVolatile(field)) {
                    epoch++;
                }
                return;
            case AASTORE:
                elementGeneration++;
                return;
            case INVOKEVIRTUAL: case INVOKESPECIAL: case INVOKESTATIC: case INVOKEINTERFACE:
                if (!isPureMath((MethodInsnNode) insn)) {
                    epoch++;
                }
                return;
            case INVOKEDYNAMIC: case MONITORENTER: case MONITOREXIT:
            case NEW: case NEWARRAY: case ANEWARRAY: case MULTIANEWARRAY:
                epoch++;
                return;
            default:
        }
    }

    /** java.lang.Math/StrictMath write no field (random() does: its generator's state). */
    private static boolean isPureMath(MethodInsnNode m) {
        return (m.owner.equals("java/lang/Math") || m.owner.equals("java/lang/StrictMath")) && !m.name.equals("random");
    }
}
