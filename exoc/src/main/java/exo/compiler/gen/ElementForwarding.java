/*
 * Array elements kept in C variables across a loop: `for (j...) Av[i] += A(i, j) * v[j]`
 * reads Av[i] back from memory at the top of every iteration, right after the previous
 * iteration stored it, so each addition waits for a store-to-load forwarding (~5 cycles)
 * on top of its own latency. gcc cannot keep the value in a register: v[j] may be Av[i]
 * (for Java as for C), so the store must stay, and gcc does not forward a store across the
 * loop's back edge to the next load. HotSpot's C2 does (its memory graph sees that only loads
 * lie between). This class does it for exoc, in Java terms:
 *
 * In a loop (a backward jump to a header label, every entry into the loop being the
 * fall-through into its header), an element a[i] of a primitive int/long/float/double array
 * where the locals a and i are not written in the loop is *forwarded* when every store of
 * that element type in the loop stores a[i] itself, and nothing else in the loop can write
 * it: no monitor, no volatile access, no invokedynamic, no class initialiser that may run,
 * and only calls of one known target whose body stores no array element and calls nothing
 * (spectral-norm's A(i, j)). Then memory's a[i] only changes at those stores, so a C variable
 * that is set from memory on entering the loop and at every store holds it at every load:
 * the load's null and bounds checks still run (the exception is thrown at the same iteration,
 * with the same index), then the value is read from the variable. The entry read is guarded
 * (null, bounds) so that it cannot fault; when it is skipped the first load in the loop throws
 * before using the variable. Stores still reach memory every iteration, so v[j] reading a[i]
 * sees what Java says.
 *
 * Linux target only (like LoadCache): on the kernel, interrupt handlers share plain arrays
 * with threads. MethodGen asks entry(label index), forwardedLoad(index), forwardedStore(index).
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import exo.compiler.intrinsic.Intrinsics;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.FieldInfo;
import exo.compiler.model.MethodInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

final class ElementForwarding implements Opcodes {
    private final CProgram prog;
    private final ClassInfo owner;
    private final InsnList insns;
    private final Frame<SourceValue>[] sources;
    private final LoopShapes shapes;
    private final Map<Integer, String> loads = new HashMap<>();
    private final Map<Integer, String> stores = new HashMap<>();
    private final Map<Integer, StringBuilder> entries = new HashMap<>();
    private final StringBuilder declarations = new StringBuilder();

    ElementForwarding(CProgram prog, ClassInfo owner, MethodNode mn, Frame<SourceValue>[] sources) {
        this.prog = prog;
        this.owner = owner;
        this.insns = mn.instructions;
        this.sources = sources;
        this.shapes = new LoopShapes(mn);
        if (sources == null || prog.target().hasHardware()) {
            return;
        }
        for (Map.Entry<Integer, Integer> loop : shapes.loops().entrySet()) {
            forwardIn(loop.getKey(), loop.getValue());
        }
    }

    /** C declarations of the variables. */
    String declarations() {
        return declarations.toString();
    }

    /** What to emit before the label at index (the loop's entry reads), or "". */
    String entry(int labelIndex) {
        StringBuilder b = entries.get(labelIndex);
        return b == null ? "" : b.toString();
    }

    /** The C variable holding the element that the load at index reads, or null. */
    String forwardedLoad(int index) {
        return loads.get(index);
    }

    /** The C variable to set to the value the store at index writes, or null. */
    String forwardedStore(int index) {
        return stores.get(index);
    }

    /** One element a[i]: its accesses in a loop. */
    private static final class Element {
        final int array;
        final int idx;
        final int kind;   // the load opcode: IALOAD, LALOAD, FALOAD or DALOAD
        final List<Integer> loadsAt = new ArrayList<>();
        final List<Integer> storesAt = new ArrayList<>();

        Element(int array, int idx, int kind) {
            this.array = array;
            this.idx = idx;
            this.kind = kind;
        }
    }

    private void forwardIn(int header, int end) {
        if (!shapes.singleEntry(header, end)) {
            return;
        }
        Map<String, Element> elements = new LinkedHashMap<>();
        Map<Integer, Integer> storesOfKind = new TreeMap<>();   // load opcode -> stores seen
        boolean[] written = new boolean[65536];
        for (int k = header; k <= end; k++) {
            AbstractInsnNode insn = insns.get(k);
            int op = insn.getOpcode();
            if (op < 0 || sources[k] == null) {
                continue;
            }
            if (insn instanceof VarInsnNode && op >= ISTORE && op <= ASTORE) {
                written[((VarInsnNode) insn).var] = true;
            } else if (insn instanceof IincInsnNode) {
                written[((IincInsnNode) insn).var] = true;
            } else if (op >= IALOAD && op <= DALOAD || op >= IASTORE && op <= DASTORE) {
                boolean store = op >= IASTORE;
                int kind = store ? op - (IASTORE - IALOAD) : op;
                if (store) {
                    storesOfKind.merge(kind, 1, Integer::sum);
                }
                Element e = element(k, store ? 2 : 1, store ? 1 : 0, kind, elements);
                if (e != null) {
                    (store ? e.storesAt : e.loadsAt).add(k);
                }
            } else if (mayWriteOrSynchronise(insn)) {
                return;   // a hazard: nothing is forwarded in this loop
            }
        }
        for (Element e : elements.values()) {
            boolean onlyItsStores = storesOfKind.getOrDefault(e.kind, 0) == e.storesAt.size();
            boolean taken = false;
            for (int k : e.loadsAt) {
                taken |= loads.containsKey(k);
            }
            if (!e.storesAt.isEmpty() && !e.loadsAt.isEmpty() && onlyItsStores && !taken
                    && !written[e.array] && !written[e.idx]) {
                forward(header, e);
            }
        }
    }

    /** The element an access at k reads: its array fromTop arrayAt, its index at indexAt. */
    private Element element(int k, int arrayAt, int indexAt, int kind, Map<String, Element> elements) {
        AbstractInsnNode a = Origins.of(sources, insns, k, arrayAt);
        AbstractInsnNode i = Origins.of(sources, insns, k, indexAt);
        if (a == null || i == null || a.getOpcode() != ALOAD || i.getOpcode() != ILOAD) {
            return null;
        }
        int array = ((VarInsnNode) a).var;
        int idx = ((VarInsnNode) i).var;
        return elements.computeIfAbsent(kind + ":" + array + ":" + idx, key -> new Element(array, idx, kind));
    }

    private void forward(int header, Element e) {
        String var = "fw" + header + "_" + e.array + "_" + e.idx;
        String ctype = new String[] {"jint", "jlong", "jfloat", "jdouble"}[e.kind - IALOAD];
        declarations.append("    ").append(ctype).append(' ').append(var).append(" = 0;\n");
        String a = "l" + e.array + "a";
        String i = "l" + e.idx + "i";
        entries.computeIfAbsent(header, h -> new StringBuilder())
                .append("    ").append(var).append(" = ").append(a).append(" != 0 && (uint32_t)").append(i)
                .append(" < (uint32_t)ARRLEN(").append(a).append(") ? ELEM(").append(a).append(", ").append(ctype)
                .append(", ").append(i).append(") : 0;\n");
        for (int k : e.loadsAt) {
            loads.put(k, var);
        }
        for (int k : e.storesAt) {
            stores.put(k, var);
        }
    }

    /** Can insn (not an array access of the four kinds) write an array element, or synchronise? */
    private boolean mayWriteOrSynchronise(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        switch (op) {
            case MONITORENTER: case MONITOREXIT: case INVOKEDYNAMIC:
                return true;
            case GETFIELD: case PUTFIELD: case GETSTATIC: case PUTSTATIC:
                return fieldHazard(owner, (FieldInsnNode) insn);
            case NEW:
                return initHazard(owner, ((TypeInsnNode) insn).desc);
            case INVOKEVIRTUAL: case INVOKESPECIAL: case INVOKESTATIC: case INVOKEINTERFACE:
                return !harmlessCall((MethodInsnNode) insn);
            default:
                return false;
        }
    }

    /** A volatile access, or a static one that may run a class initialiser. */
    private boolean fieldHazard(ClassInfo from, FieldInsnNode f) {
        try {
            FieldInfo fi = prog.classInfo(f.owner, "").resolveField(f.name);
            if (fi == null || (fi.node.access & ACC_VOLATILE) != 0) {
                return true;
            }
            return fi.isStatic() && prog.needsInitCheck(from, fi.owner);
        } catch (CompileError e) {
            return true;
        }
    }

    private boolean initHazard(ClassInfo from, String className) {
        try {
            return prog.needsInitCheck(from, prog.classInfo(className, ""));
        } catch (CompileError e) {
            return true;
        }
    }

    /**
     * A call with one possible target, not synchronized, not native or an intrinsic, whose
     * body stores no array element, calls nothing, and touches no volatile field nor a class
     * that may need initialising.
     */
    private boolean harmlessCall(MethodInsnNode call) {
        try {
            if (call.owner.startsWith("[")) {
                return false;
            }
            MethodInfo m = prog.classInfo(call.owner, "").resolveMethod(call.name + call.desc);
            boolean single = call.getOpcode() == INVOKESTATIC || call.getOpcode() == INVOKESPECIAL
                    || call.getOpcode() == INVOKEVIRTUAL && m != null
                    && ((m.node.access & (ACC_PRIVATE | ACC_FINAL)) != 0 || (m.owner.node.access & ACC_FINAL) != 0);
            if (m == null || !single || m.isNative() || m.isAbstract() || Intrinsics.replacesBodies(m.owner.name)
                    || (m.node.access & ACC_SYNCHRONIZED) != 0
                    || call.getOpcode() == INVOKESTATIC && prog.needsInitCheck(owner, m.owner)) {
                return false;
            }
            for (AbstractInsnNode insn : m.node.instructions) {
                int op = insn.getOpcode();
                if (op >= IASTORE && op <= SASTORE || insn instanceof MethodInsnNode || op == INVOKEDYNAMIC
                        || op == MONITORENTER || op == MONITOREXIT
                        || op == NEW && initHazard(m.owner, ((TypeInsnNode) insn).desc)
                        || insn instanceof FieldInsnNode && fieldHazard(m.owner, (FieldInsnNode) insn)) {
                    return false;
                }
            }
            return true;
        } catch (CompileError e) {
            return false;
        }
    }
}
