/*
 * The call graph of the reachable program, one method at a time, for ContextCheck: what a
 * method calls and allocates, with source lines. Computed on demand from the bytecode that
 * Reachability has already lowered (no invokedynamic left) and cached.
 *
 * What counts as an allocation: `new` of a class (not of a word type), array creation,
 * Object.clone and VM.newArray. String concatenation, boxing and lambdas allocate through
 * the calls they are lowered to. Not counted: the exceptions of Java's implicit checks
 * (null, bounds, cast, division: a bug, reported by the panic path) and the runtime's trace
 * recording when an exception is thrown.
 */
package exo.compiler.analysis;

import exo.compiler.CompileError;
import exo.compiler.intrinsic.Intrinsics;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import exo.compiler.model.FieldInfo;
import exo.compiler.model.MethodInfo;
import exo.compiler.target.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

public final class CallGraph implements Opcodes {
    /**
     * One thing a method does at a source line (-1 if unknown): calls callee ('how' says in
     * what way: "calls", "may initialise", "runs as", "locks with"), or allocates (a
     * description such as "new java.lang.StringBuilder").
     */
    public record Event(MethodInfo callee, String how, String allocation, int line) {
        static Event call(MethodInfo callee, String how, int line) {
            return new Event(callee, how, null, line);
        }

        static Event alloc(String what, int line) {
            return new Event(null, null, what, line);
        }
    }

    private final ClassPool pool;
    private final Reachability rta;
    private final Target target;
    private final Map<MethodInfo, List<Event>> events = new HashMap<>();
    private List<MethodInfo> monitors;

    public CallGraph(ClassPool pool, Reachability rta, Target target) {
        this.pool = pool;
        this.rta = rta;
        this.target = target;
    }

    /** What m does that matters to execution contexts, in bytecode order. */
    public List<Event> events(MethodInfo m) throws CompileError {
        List<Event> list = events.get(m);
        if (list == null) {
            list = compute(m);
            events.put(m, list);
        }
        return list;
    }

    private List<Event> compute(MethodInfo m) throws CompileError {
        List<Event> out = new ArrayList<>();
        if (m.isAbstract() || Intrinsics.replacesBodies(m.owner.name)) {
            return out;   // no code, or one instruction
        }
        if (m.isNative()) {
            nativeEvents(m, out);
            return out;
        }
        if ((m.node.access & ACC_SYNCHRONIZED) != 0) {
            lock(out, -1);
        }
        int line = -1;
        for (AbstractInsnNode insn : m.node.instructions) {
            switch (insn.getType()) {
                case AbstractInsnNode.LINE: line = ((LineNumberNode) insn).line; break;
                case AbstractInsnNode.METHOD_INSN: callEvents(m, (MethodInsnNode) insn, line, out); break;
                case AbstractInsnNode.TYPE_INSN: typeEvents(m, (TypeInsnNode) insn, line, out); break;
                case AbstractInsnNode.FIELD_INSN: fieldEvents(m, (FieldInsnNode) insn, line, out); break;
                case AbstractInsnNode.INT_INSN:
                    if (insn.getOpcode() == NEWARRAY) {
                        String elem = Reachability.primitiveDescriptor(((IntInsnNode) insn).operand);
                        out.add(Event.alloc("new " + Type.getType(elem).getClassName() + "[]", line));
                    }
                    break;
                case AbstractInsnNode.MULTIANEWARRAY_INSN:
                    out.add(Event.alloc("new " + Type.getType(((MultiANewArrayInsnNode) insn).desc).getClassName(), line));
                    break;
                case AbstractInsnNode.INSN:
                    if (insn.getOpcode() == MONITORENTER) {
                        lock(out, line);
                    }
                    break;
                default:
                    break;
            }
        }
        return out;
    }

    /** A native: an allocation, or the Java method the target runs for it. */
    private void nativeEvents(MethodInfo m, List<Event> out) throws CompileError {
        String key = m.owner.name + "." + m.name;
        if (key.equals("java/lang/Object.clone") || key.equals("exo/rt/VM.newArray")) {
            out.add(Event.alloc(m.owner.javaName() + "." + m.name + " (a new object)", -1));
            return;
        }
        MethodInfo impl = target.platformMethod(pool, m);
        if (impl != null) {
            out.add(Event.call(impl, "runs as", -1));
        }
    }

    private void callEvents(MethodInfo caller, MethodInsnNode call, int line, List<Event> out) throws CompileError {
        ClassInfo owner = pool.get(call.owner.startsWith("[") ? "java/lang/Object" : call.owner, caller.toString());
        MethodInfo resolved = owner.resolveMethod(call.name + call.desc);
        if (resolved == null) {
            return;   // Reachability has reported it
        }
        boolean virtual = (call.getOpcode() == INVOKEVIRTUAL || call.getOpcode() == INVOKEINTERFACE)
                && resolved.isVirtual() && !owner.isWord();
        if (!virtual) {
            out.add(Event.call(resolved, "calls", line));
            if (call.getOpcode() == INVOKESTATIC) {
                initEvents(caller, resolved.owner, line, out);
            }
            return;
        }
        for (MethodInfo t : rta.targets(owner, call.name + call.desc)) {
            if (t != null) {
                out.add(Event.call(t, "calls", line));
            }
        }
    }

    private void typeEvents(MethodInfo m, TypeInsnNode insn, int line, List<Event> out) throws CompileError {
        if (insn.getOpcode() == NEW) {
            ClassInfo c = pool.get(insn.desc, m.toString());
            initEvents(m, c, line, out);
            if (!c.isWord()) {
                out.add(Event.alloc("new " + c.javaName(), line));
            }
        } else if (insn.getOpcode() == ANEWARRAY) {
            out.add(Event.alloc("new " + Type.getObjectType(insn.desc).getClassName() + "[]", line));
        }
    }

    private void fieldEvents(MethodInfo m, FieldInsnNode insn, int line, List<Event> out) throws CompileError {
        if (insn.getOpcode() == GETSTATIC || insn.getOpcode() == PUTSTATIC) {
            ClassInfo c = pool.get(insn.owner, m.toString());
            FieldInfo f = c.resolveField(insn.name);
            if (f != null) {
                initEvents(m, f.owner, line, out);
            }
        }
    }

    /** The static initialisers that using class c from code of 'from' may run (JVMS 5.5). */
    private void initEvents(MethodInfo from, ClassInfo c, int line, List<Event> out) throws CompileError {
        for (ClassInfo k = c; k != null && k.needsInitCheckFrom(from.owner); k = k.isInterface() ? null : k.superClass()) {
            MethodInfo clinit = k.declaredMethod("<clinit>()V");
            if (clinit != null) {
                out.add(Event.call(clinit, "may initialise", line));
            }
        }
    }

    /** `synchronized`: the target's monitor methods (the kernel's locks), if any. */
    private void lock(List<Event> out, int line) throws CompileError {
        if (monitors == null) {
            monitors = target.monitorMethods(pool, rta);
        }
        for (MethodInfo m : monitors) {
            out.add(Event.call(m, "locks with", line));
        }
    }
}
