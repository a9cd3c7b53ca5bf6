/*
 * The compound commands for Exec: if, while/until, for, case, and function definitions.
 * Loops catch break/continue (ControlFlow) with their level counts.
 */
package exo.userland.sh;

import java.util.ArrayList;
import java.util.List;

final class Compound {
    private Compound() {}

    static int run(Shell sh, Exec ex, Node n, boolean tail) {
        if (n instanceof Node.If) {
            Node.If f = (Node.If) n;
            if (ex.condition(f.cond) == 0) {
                return ex.run(f.then, tail);
            }
            return f.otherwise == null ? 0 : ex.run(f.otherwise, tail);
        }
        if (n instanceof Node.Loop) {
            return loop(sh, ex, (Node.Loop) n);
        }
        if (n instanceof Node.For) {
            return forLoop(sh, ex, (Node.For) n);
        }
        if (n instanceof Node.Case) {
            return caseCommand(sh, ex, (Node.Case) n, tail);
        }
        if (n instanceof Node.FunctionDef) {
            Node.FunctionDef f = (Node.FunctionDef) n;
            if (Builtins.special(f.name) != null) {
                throw new ShellError(f.name + ": cannot redefine a special builtin", 2, true);
            }
            sh.functions.put(f.name, f);
            return 0;
        }
        throw new IllegalStateException("unknown node " + n.getClass().getName());
    }

    private static int loop(Shell sh, Exec ex, Node.Loop l) {
        int st = 0;
        sh.loopDepth++;
        try {
            while (true) {
                int c = ex.condition(l.cond);
                if (l.until ? c == 0 : c != 0) {
                    break;
                }
                try {
                    st = ex.run(l.body, false);
                } catch (ControlFlow.Break b) {
                    if (b.value > 1) {
                        throw new ControlFlow.Break(b.value - 1);
                    }
                    st = 0;
                    break;
                } catch (ControlFlow.Continue k) {
                    if (k.value > 1) {
                        throw new ControlFlow.Continue(k.value - 1);
                    }
                }
            }
        } finally {
            sh.loopDepth--;
        }
        return st;
    }

    private static int forLoop(Shell sh, Exec ex, Node.For f) {
        List<String> items = new ArrayList<>();
        if (f.words == null) {
            items.addAll(sh.positional);
        } else {
            for (String w : f.words) {
                sh.expander.fields(w, items);
            }
        }
        int st = 0;
        sh.loopDepth++;
        try {
            for (String item : items) {
                sh.assign(f.var, item);
                try {
                    st = ex.run(f.body, false);
                } catch (ControlFlow.Break b) {
                    if (b.value > 1) {
                        throw new ControlFlow.Break(b.value - 1);
                    }
                    st = 0;
                    break;
                } catch (ControlFlow.Continue k) {
                    if (k.value > 1) {
                        throw new ControlFlow.Continue(k.value - 1);
                    }
                }
            }
        } finally {
            sh.loopDepth--;
        }
        return st;
    }

    private static int caseCommand(Shell sh, Exec ex, Node.Case c, boolean tail) {
        String word = sh.expander.single(c.word);
        for (int i = 0; i < c.patterns.size(); i++) {
            for (String p : c.patterns.get(i)) {
                if (Glob.matches(sh.expander.pattern(p), word)) {
                    int st = 0;
                    for (int k = i; k < c.bodies.size(); k++) {
                        Node body = c.bodies.get(k);
                        st = body == null ? 0 : ex.run(body, tail && !c.fallThrough.get(k));
                        if (!c.fallThrough.get(k)) {
                            break;
                        }
                    }
                    return st;
                }
            }
        }
        return 0;
    }
}
