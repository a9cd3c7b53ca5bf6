// A small interpreter (lexer, recursive-descent parser, tree-walking evaluator with
// functions, recursion, loops and conditionals) running several toy programs, including
// ones with syntax and runtime errors that are reported as messages.
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    static String run(String src) {
        StringBuilder out = new StringBuilder();
        try {
            Map<String, Ast.Fn> fns = new HashMap<>();
            List<Ast.Stmt> prog = new Parser(Lexer.lex(src), fns).program();
            Ast.Env env = new Ast.Env(fns, out);
            for (Ast.Stmt s : prog) {
                s.exec(env);
            }
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            out.append("error: ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String fib = String.join("\n",
                "fn fib(n) { if (n < 2) { return n; } return fib(n - 1) + fib(n - 2); }",
                "let i = 0;",
                "while (i <= 20) { print fib(i); let i = i + 5; }");
        String primes = String.join("\n",
                "# count primes below 2000 by trial division",
                "fn isPrime(n) {",
                "  if (n < 2) { return 0; }",
                "  let d = 2;",
                "  while (d * d <= n) { if (n % d == 0) { return 0; } let d = d + 1; }",
                "  return 1;",
                "}",
                "let n = 0; let count = 0;",
                "while (n < 2000) { let count = count + isPrime(n); let n = n + 1; }",
                "print count;");
        String gcd = "fn gcd(a, b) { while (b != 0) { let t = b; let b = a % b; let a = t; } return a; } print gcd(1071, 462); print gcd(17, 5) * -3;";
        String collatz = String.join("\n",
                "fn steps(n) { let s = 0; while (n != 1) { if (n % 2 == 0) { let n = n / 2; } else { let n = 3 * n + 1; } let s = s + 1; } return s; }",
                "let best = 0; let arg = 0; let k = 1;",
                "while (k < 3000) { let s = steps(k); if (s > best) { let best = s; let arg = k; } let k = k + 1; }",
                "print arg; print best;");
        String[] programs = {fib, primes, gcd, collatz, "print 1 + ;", "let x = 5; print y;", "print 10 / (5 - 5);", "let a = 3 $ 4;",
            "if (1 == 1) { print 100; } else if (2 > 1) { print 200; } else { print 300; } print (2 + 3) * 4 - 10 / 3 % 2;"};
        for (String p : programs) {
            System.out.print(run(p));
            System.out.println("--");
        }
        System.out.println(Lexer.lex("let x = 10 <= y;"));
    }
}
