// Syntax tree and tree-walking evaluator for the toy language: expressions and statements
// are small classes with an eval/exec method; environments chain for function calls.
import java.util.HashMap;
import java.util.List;
import java.util.Map;

abstract class Ast {
    static final class Env {
        final Map<String, Long> vars = new HashMap<>();
        final Map<String, Fn> fns;
        final StringBuilder out;

        Env(Map<String, Fn> fns, StringBuilder out) {
            this.fns = fns;
            this.out = out;
        }
    }

    static final class ReturnSignal extends RuntimeException {
        final long value;

        ReturnSignal(long value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    abstract static class Expr {
        abstract long eval(Env env);
    }

    abstract static class Stmt {
        abstract void exec(Env env);
    }

    static final class Num extends Expr {
        final long v;
        Num(long v) { this.v = v; }
        long eval(Env env) { return v; }
    }

    static final class Var extends Expr {
        final String name;
        final int line;

        Var(String name, int line) {
            this.name = name;
            this.line = line;
        }

        long eval(Env env) {
            Long v = env.vars.get(name);
            if (v == null) {
                throw new IllegalStateException("line " + line + ": undefined variable " + name);
            }
            return v;
        }
    }

    static final class Bin extends Expr {
        final String op;
        final Expr l, r;

        Bin(String op, Expr l, Expr r) {
            this.op = op;
            this.l = l;
            this.r = r;
        }

        long eval(Env env) {
            long a = l.eval(env), b = r.eval(env);
            switch (op) {
                case "+": return a + b;
                case "-": return a - b;
                case "*": return a * b;
                case "/": return a / b;
                case "%": return a % b;
                case "<": return a < b ? 1 : 0;
                case ">": return a > b ? 1 : 0;
                case "<=": return a <= b ? 1 : 0;
                case ">=": return a >= b ? 1 : 0;
                case "==": return a == b ? 1 : 0;
                case "!=": return a != b ? 1 : 0;
                default: throw new IllegalStateException("bad op " + op);
            }
        }
    }

    static final class Call extends Expr {
        final String name;
        final List<Expr> args;

        Call(String name, List<Expr> args) {
            this.name = name;
            this.args = args;
        }

        long eval(Env env) {
            Fn fn = env.fns.get(name);
            if (fn == null) {
                throw new IllegalStateException("undefined function " + name);
            }
            Env callee = new Env(env.fns, env.out);
            for (int i = 0; i < fn.params.size(); i++) {
                callee.vars.put(fn.params.get(i), args.get(i).eval(env));
            }
            try {
                fn.body.exec(callee);
            } catch (ReturnSignal r) {
                return r.value;
            }
            return 0;
        }
    }

    static final class Fn {
        final List<String> params;
        final Stmt body;

        Fn(List<String> params, Stmt body) {
            this.params = params;
            this.body = body;
        }
    }

    static final class Let extends Stmt {
        final String name;
        final Expr value;
        Let(String name, Expr value) { this.name = name; this.value = value; }
        void exec(Env env) { env.vars.put(name, value.eval(env)); }
    }

    static final class Print extends Stmt {
        final Expr value;
        Print(Expr value) { this.value = value; }
        void exec(Env env) { env.out.append(value.eval(env)).append('\n'); }
    }

    static final class Return extends Stmt {
        final Expr value;
        Return(Expr value) { this.value = value; }
        void exec(Env env) { throw new ReturnSignal(value.eval(env)); }
    }

    static final class Block extends Stmt {
        final List<Stmt> body;

        Block(List<Stmt> body) {
            this.body = body;
        }

        void exec(Env env) {
            for (Stmt s : body) {
                s.exec(env);
            }
        }
    }

    static final class While extends Stmt {
        final Expr cond;
        final Stmt body;

        While(Expr cond, Stmt body) {
            this.cond = cond;
            this.body = body;
        }

        void exec(Env env) {
            while (cond.eval(env) != 0) {
                body.exec(env);
            }
        }
    }

    static final class If extends Stmt {
        final Expr cond;
        final Stmt then, otherwise;

        If(Expr cond, Stmt then, Stmt otherwise) {
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }

        void exec(Env env) {
            if (cond.eval(env) != 0) {
                then.exec(env);
            } else if (otherwise != null) {
                otherwise.exec(env);
            }
        }
    }
}
