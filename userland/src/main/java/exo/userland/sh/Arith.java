/*
 * Shell arithmetic ($((...)), XCU 2.6.4): C's integer operators on 64-bit values, with
 * variables by name, assignments (= += -= ...), ++/--, the ternary operator, and decimal,
 * octal (0NN), hex (0xNN) and base#digits constants. Errors are ShellErrors; nesting is
 * limited so hostile input cannot overflow the stack.
 */
package exo.userland.sh;

final class Arith {
    private static final int MAX_DEPTH = 200;
    private final Shell sh;
    private final String s;
    private int pos;
    private int depth;
    private boolean skip;   // evaluating a branch whose value is not used: no assignments

    Arith(Shell sh, String expr) {
        this.sh = sh;
        this.s = expr;
    }

    long evaluate() {
        skipBlanks();
        if (pos >= s.length()) {
            return 0;
        }
        long v = comma();
        skipBlanks();
        if (pos < s.length()) {
            throw error("syntax error in expression (error token is \"" + s.substring(pos) + "\")");
        }
        return v;
    }

    private ShellError error(String msg) {
        return new ShellError("arithmetic: " + msg, 1, true);
    }

    private void skipBlanks() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(String op) {
        skipBlanks();
        if (s.startsWith(op, pos)) {
            // do not take '<' from '<<', '&' from '&&', '=' from '==' and so on
            int after = pos + op.length();
            if (op.length() == 1 && after < s.length()) {
                char n = s.charAt(after);
                char c = op.charAt(0);
                if ((c == '<' || c == '>' || c == '&' || c == '|' || c == '=') && n == c) {
                    return false;
                }
                if (n == '=' && "+-*/%&|^<>!=".indexOf(c) >= 0 && c != '!') {
                    return false;
                }
                if (c == '!' && n == '=') {
                    return false;
                }
            }
            if (op.length() == 2 && after < s.length() && s.charAt(after) == '=' && (op.equals("<<") || op.equals(">>"))) {
                return false;
            }
            pos = after;
            return true;
        }
        return false;
    }

    private long comma() {
        long v = assignment();
        while (eat(",")) {
            v = assignment();
        }
        return v;
    }

    private long assignment() {
        skipBlanks();
        int save = pos;
        String name = name();
        if (name != null) {
            skipBlanks();
            for (String op : new String[] {"=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="}) {
                if (s.startsWith(op, pos) && !(op.equals("=") && s.startsWith("==", pos))) {
                    pos += op.length();
                    long rhs = assignment();
                    long v = op.equals("=") ? rhs : binary(op.substring(0, op.length() - 1), variable(name), rhs);
                    return store(name, v);
                }
            }
        }
        pos = save;
        return ternary();
    }

    private long store(String name, long v) {
        if (!skip) {
            sh.assign(name, Long.toString(v));
        }
        return v;
    }

    private long ternary() {
        long c = binaryLevel(0);
        if (eat("?")) {
            boolean was = skip;
            skip = was || c == 0;
            long a = comma();
            skip = was;
            if (!eat(":")) {
                throw error("':' expected");
            }
            skip = was || c != 0;
            long b = ternary();
            skip = was;
            return c != 0 ? a : b;
        }
        return c;
    }

    private static final String[][] LEVELS = {{"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<=", ">=", "<", ">"},
        {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"}};

    private long binaryLevel(int level) {
        if (level == LEVELS.length) {
            return power();
        }
        long v = binaryLevel(level + 1);
        while (true) {
            String found = null;
            for (String op : LEVELS[level]) {
                if (eat(op)) {
                    found = op;
                    break;
                }
            }
            if (found == null) {
                return v;
            }
            if (found.equals("&&") || found.equals("||")) {
                boolean was = skip;
                boolean shortCircuit = found.equals("&&") ? v == 0 : v != 0;
                skip = was || shortCircuit;
                long r = binaryLevel(level + 1);
                skip = was;
                v = shortCircuit ? (found.equals("||") ? 1 : 0) : (r != 0 ? 1 : 0);
            } else {
                v = binary(found, v, binaryLevel(level + 1));
            }
        }
    }

    private long power() {
        long base = unary();
        if (eat("**")) {
            long exp = power();
            if (exp < 0) {
                throw error("exponent less than 0");
            }
            long r = 1;
            for (long i = 0; i < exp && i < 64; i++) {
                r *= base;
            }
            return exp >= 64 && base != 1 && base != 0 && base != -1 ? (base == 0 ? 0 : r) : r;
        }
        return base;
    }

    private long binary(String op, long a, long b) {
        switch (op) {
            case "+": return a + b;
            case "-": return a - b;
            case "*": return a * b;
            case "/": case "%":
                if (b == 0) {
                    if (skip) {
                        return 0;
                    }
                    throw error("division by zero");
                }
                if (a == Long.MIN_VALUE && b == -1) {
                    return op.equals("/") ? a : 0;
                }
                return op.equals("/") ? a / b : a % b;
            case "<<": return a << b;
            case ">>": return a >> b;
            case "&": return a & b;
            case "|": return a | b;
            case "^": return a ^ b;
            case "==": return a == b ? 1 : 0;
            case "!=": return a != b ? 1 : 0;
            case "<": return a < b ? 1 : 0;
            case ">": return a > b ? 1 : 0;
            case "<=": return a <= b ? 1 : 0;
            case ">=": return a >= b ? 1 : 0;
            default: throw error("unknown operator " + op);
        }
    }

    private long unary() {
        if (++depth > MAX_DEPTH) {
            throw error("expression nested too deeply");
        }
        try {
            skipBlanks();
            if (eat("++") || eat("--")) {
                boolean inc = s.charAt(pos - 1) == '+';
                skipBlanks();
                String name = name();
                if (name == null) {
                    throw error("++/-- needs a variable");
                }
                return store(name, variable(name) + (inc ? 1 : -1));
            }
            if (eat("-")) {
                return -unary();
            }
            if (eat("+")) {
                return unary();
            }
            if (eat("!")) {
                return unary() == 0 ? 1 : 0;
            }
            if (eat("~")) {
                return ~unary();
            }
            return postfix();
        } finally {
            depth--;
        }
    }

    private long postfix() {
        skipBlanks();
        if (pos < s.length() && s.charAt(pos) == '(') {
            pos++;
            long v = comma();
            if (!eat(")")) {
                throw error("')' expected");
            }
            return v;
        }
        String name = name();
        if (name != null) {
            long v = variable(name);
            skipBlanks();
            if (s.startsWith("++", pos) || s.startsWith("--", pos)) {
                boolean inc = s.charAt(pos) == '+';
                pos += 2;
                store(name, v + (inc ? 1 : -1));
            }
            return v;
        }
        return number();
    }

    private String name() {
        if (pos < s.length() && Shell.isNameStart(s.charAt(pos))) {
            int start = pos;
            while (pos < s.length() && Shell.isNameChar(s.charAt(pos))) {
                pos++;
            }
            return s.substring(start, pos);
        }
        return null;
    }

    /** A variable's value as a number: empty or unset is 0; a value is itself an expression. */
    private long variable(String name) {
        String v = sh.vars.get(name);
        if (v == null || v.isBlank()) {
            if (v == null && sh.nounset) {
                throw new ShellError(name + ": parameter not set", 1, true);
            }
            return 0;
        }
        if (depth > MAX_DEPTH / 2) {
            throw error("expression recursion level exceeded");
        }
        Arith inner = new Arith(sh, v);
        inner.depth = depth + 10;
        return inner.evaluate();
    }

    private long number() {
        skipBlanks();
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '#' || s.charAt(pos) == '_')) {
            pos++;
        }
        String t = s.substring(start, pos);
        if (t.isEmpty()) {
            throw error(pos >= s.length() ? "operand expected" : "syntax error: operand expected (error token is \"" + s.substring(pos) + "\")");
        }
        try {
            return parseConstant(t);
        } catch (NumberFormatException e) {
            throw error("invalid number \"" + t + "\"");
        }
    }

    static long parseConstant(String t) {
        int hash = t.indexOf('#');
        if (hash > 0) {
            int base = Integer.parseInt(t.substring(0, hash));
            if (base < 2 || base > 64) {
                throw new NumberFormatException();
            }
            return parseBase(t.substring(hash + 1), base);
        }
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return parseBase(t.substring(2), 16);
        }
        if (t.length() > 1 && t.startsWith("0")) {
            return parseBase(t.substring(1), 8);
        }
        return parseBase(t, 10);
    }

    private static long parseBase(String digits, int base) {
        if (digits.isEmpty()) {
            throw new NumberFormatException();
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'z') {
                d = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'Z') {
                d = base <= 36 ? c - 'A' + 10 : c - 'A' + 36;
            } else if (c == '@') {
                d = 62;
            } else if (c == '_') {
                d = 63;
            } else {
                throw new NumberFormatException();
            }
            if (d >= base) {
                throw new NumberFormatException();
            }
            v = v * base + d;
        }
        return v;
    }
}
