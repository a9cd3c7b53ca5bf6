/*
 * Execution contexts checked over the call graph (docs/RUNTIME.md, "Execution contexts").
 * From every reachable method annotated @NoAlloc, @NoBlock or @IrqContext (both), a
 * breadth-first walk over what it may call looks for an allocation (@NoAlloc) or a call of
 * a @Blocking method (@NoBlock); the first one found, on a shortest path, is a compile error
 * that prints the path, one step per line with the method and source line. Exoc runs it
 * after Reachability, whose Rapid Type Analysis gives the targets of virtual calls.
 *
 * The graph's edges (CallGraph): calls (every RTA target of a virtual call), the class
 * initialisers a `new`, static access or static call may run, exo.rt.VM natives bound to
 * Java code by the target (the kernel's Platform), and the monitors `synchronized` takes on
 * the kernel. @AllocOk/@BlockOk stop the walk for their rule, on a method (that method and
 * what it calls) or on a class (its static initialiser). An annotation on an interface or
 * superclass method applies to the methods that override it.
 */
package exo.compiler.analysis;

import exo.compiler.CompileError;
import exo.compiler.analysis.CallGraph.Event;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.MethodInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class ContextCheck {
    static final String NO_ALLOC = "Lexo/rt/NoAlloc;";
    static final String NO_BLOCK = "Lexo/rt/NoBlock;";
    static final String IRQ_CONTEXT = "Lexo/rt/IrqContext;";
    static final String BLOCKING = "Lexo/rt/Blocking;";
    /** Violations listed in one error at most; the rest are counted. */
    private static final int MAX_REPORTED = 25;

    /** The two guarantees: what violates them and which annotation exempts a method. */
    enum Rule {
        ALLOC("an allocation", "Lexo/rt/AllocOk;"),
        BLOCK("a blocking call", "Lexo/rt/BlockOk;");

        final String violation;
        final String exemption;

        Rule(String violation, String exemption) {
            this.violation = violation;
            this.exemption = exemption;
        }
    }

    /** How the walk reached a method: from which method, by which event. */
    private record Link(MethodInfo from, Event event) {}

    private final Reachability rta;
    private final CallGraph graph;

    public ContextCheck(Reachability rta, CallGraph graph) {
        this.rta = rta;
        this.graph = graph;
    }

    /** Checks every annotated reachable method; throws one error listing the violations. */
    public void run() throws CompileError {
        List<String> problems = new ArrayList<>();
        for (MethodInfo m : List.copyOf(rta.methods())) {
            boolean irq = declares(m, IRQ_CONTEXT);
            String context = irq ? "@IrqContext" : null;
            if (irq || declares(m, NO_ALLOC)) {
                check(m, Rule.ALLOC, context != null ? context : "@NoAlloc", problems);
            }
            if (irq || declares(m, NO_BLOCK)) {
                check(m, Rule.BLOCK, context != null ? context : "@NoBlock", problems);
            }
        }
        if (!problems.isEmpty()) {
            String more = problems.size() > MAX_REPORTED ? "\n(" + (problems.size() - MAX_REPORTED) + " more not shown)" : "";
            throw new CompileError(String.join("\n", problems.subList(0, Math.min(MAX_REPORTED, problems.size()))) + more);
        }
    }

    /**
     * Does m carry the annotation, itself or on a method it overrides? A context annotated on
     * an interface or superclass method (IrqHandler.handleIrq) binds every implementation.
     */
    private static boolean declares(MethodInfo m, String annotation) throws CompileError {
        if (m.hasAnnotation(annotation)) {
            return true;
        }
        if (!m.isVirtual()) {
            return false;
        }
        for (ClassInfo c = m.owner.superClass(); c != null; c = c.superClass()) {
            MethodInfo o = c.declaredMethod(m.key());
            if (o != null && o.hasAnnotation(annotation)) {
                return true;
            }
        }
        for (ClassInfo i : m.owner.allInterfaces()) {
            MethodInfo o = i.declaredMethod(m.key());
            if (o != null && o.hasAnnotation(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** Breadth-first from root: the first violation found has a shortest path. */
    private void check(MethodInfo root, Rule rule, String context, List<String> problems) throws CompileError {
        Map<MethodInfo, Link> reachedBy = new HashMap<>();
        reachedBy.put(root, null);
        Deque<MethodInfo> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            MethodInfo m = queue.poll();
            for (Event e : graph.events(m)) {
                if (violates(e, rule)) {
                    problems.add(report(root, context, rule, reachedBy, m, e));
                    return;
                }
                MethodInfo callee = e.callee();
                if (callee != null && !reachedBy.containsKey(callee) && !exempt(callee, rule)) {
                    reachedBy.put(callee, new Link(m, e));
                    queue.add(callee);
                }
            }
        }
    }

    private static boolean violates(Event e, Rule rule) {
        if (rule == Rule.ALLOC) {
            return e.allocation() != null;
        }
        return e.callee() != null && e.callee().hasAnnotation(BLOCKING);
    }

    /** @AllocOk/@BlockOk on the method, or on the class of a static initialiser. */
    private static boolean exempt(MethodInfo m, Rule rule) {
        return m.hasAnnotation(rule.exemption) || m.isClassInit() && m.owner.hasAnnotation(rule.exemption);
    }

    private String report(MethodInfo root, String context, Rule rule, Map<MethodInfo, Link> reachedBy, MethodInfo last, Event e) {
        List<String> steps = new ArrayList<>();
        steps.add(step(last, e) + (rule == Rule.BLOCK ? " (@Blocking)" : ""));
        for (Link l = reachedBy.get(last); l != null; l = reachedBy.get(l.from())) {
            steps.add(0, step(l.from(), l.event()));
        }
        return root.owner.javaName() + "." + root.name + " is " + context + ", but " + rule.violation
                + " is reachable from it:\n    " + String.join("\n    ", steps);
    }

    /** "pkg.Cls.method (Cls.java:12) calls pkg.Other.m" or "...: new pkg.Thing". */
    private static String step(MethodInfo m, Event e) {
        String file = m.owner.node.sourceFile;
        String where = m.owner.javaName() + "." + m.name
                + (file != null ? " (" + file + (e.line() >= 0 ? ":" + e.line() : "") + ")" : "");
        return where + (e.allocation() != null ? ": " + e.allocation() : " " + e.how() + " " + e.callee().owner.javaName() + "." + e.callee().name);
    }
}
