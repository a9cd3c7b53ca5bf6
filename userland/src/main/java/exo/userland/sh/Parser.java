/*
 * The POSIX shell grammar (XCU 2.10) as recursive descent over Lexer's tokens, building Node
 * trees. Shell calls next() for one complete command at a time, so a script runs command by
 * command (a later syntax error does not stop earlier commands) and aliases defined on one
 * line apply to the next. Reserved words are recognised only where a command may start.
 * Nesting is limited (MAX_DEPTH) so hostile input gets an error instead of a stack overflow.
 */
package exo.userland.sh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class Parser {
    static final int MAX_DEPTH = 400;
    private static final List<String> TERMINATORS = List.of("then", "do", "done", "fi", "elif", "else", "esac", "}");

    private final Lexer lx;
    private final Lexer outer;   // for $(...) scanning: the lexer whose line count follows ours
    private final Map<String, String> aliases;   // null: no alias substitution
    private int depth;

    Parser(String src, Map<String, String> aliases) {
        this.lx = new Lexer(src, 0);
        this.outer = null;
        this.aliases = aliases;
    }

    /** A parser for the $(...) that starts at pos in outer's source. */
    Parser(Lexer outer, int pos) {
        this.lx = new Lexer(outer.src, pos);
        this.lx.line = outer.line;
        this.outer = outer;
        this.aliases = null;
    }

    int line() {
        return lx.line;
    }

    /** The next complete command, or null at the end of the input. */
    Node next() {
        while (lx.peek().type == Lexer.NEWLINE) {
            lx.next();
        }
        if (lx.peek().type == Lexer.EOF) {
            return null;
        }
        Node n = list(false);
        Lexer.Token t = lx.peek();
        if (t.type == Lexer.NEWLINE) {
            lx.next();
        } else if (t.type != Lexer.EOF) {
            throw unexpected(t);
        }
        return n;
    }

    /** True when only blank lines and comments are left (a syntax error ahead: false). */
    boolean atEnd() {
        try {
            while (lx.peek().type == Lexer.NEWLINE) {
                lx.next();
            }
            return lx.peek().type == Lexer.EOF;
        } catch (SyntaxError e) {
            return false;
        }
    }

    /** Parses the commands of a $(...) up to its ')' and returns the position after it. */
    int skipCommandSubstitution() {
        list(true);
        Lexer.Token t = lx.next();
        if (t.type == Lexer.EOF) {
            throw new SyntaxError.Incomplete("unterminated $(...)", t.line);
        }
        if (!t.is(")")) {
            throw unexpected(t);
        }
        outer.line = lx.line;
        return lx.pos;
    }

    /** The index of the ')' that ends the $( whose contents start at pos in w (at most to). */
    static int substitutionEnd(String w, int pos, int to) {
        try {
            Lexer l = new Lexer(w.substring(0, to), 0);
            int end = new Parser(l, pos).skipCommandSubstitution();
            return end - 1;
        } catch (SyntaxError e) {
            return Expander.matching(w, pos - 1, to);
        }
    }

    SyntaxError unexpected(Lexer.Token t) {
        if (t.type == Lexer.EOF) {
            return new SyntaxError.Incomplete("syntax error: unexpected end of file", t.line);
        }
        return new SyntaxError("syntax error near unexpected token `" + t + "'", t.line);
    }

    private boolean atListEnd(Lexer.Token t) {
        if (t.type == Lexer.EOF || t.is(")") || t.is(";;") || t.is(";&") || t.is(";;&")) {
            return true;
        }
        return t.type == Lexer.WORD && TERMINATORS.contains(t.text);
    }

    /** and_or lists separated by ; & (and newlines when multiline). */
    private Node list(boolean multiline) {
        List<Node> items = new ArrayList<>();
        while (true) {
            if (multiline) {
                skipNewlines();
            }
            Lexer.Token t = lx.peek();
            if (atListEnd(t) || t.type == Lexer.NEWLINE) {
                break;
            }
            int start = t.start;
            Node n = andOr();
            t = lx.peek();
            if (t.is("&")) {
                lx.next();
                n = new Node.Background(n, lx.src.substring(start, t.start).trim());
            } else if (t.is(";")) {
                lx.next();
            } else {
                items.add(n);
                if (t.type == Lexer.NEWLINE && multiline) {
                    continue;
                }
                break;
            }
            items.add(n);
        }
        if (items.isEmpty()) {
            throw unexpected(lx.peek());
        }
        return items.size() == 1 ? items.get(0) : new Node.Sequence(items);
    }

    private void skipNewlines() {
        while (lx.peek().type == Lexer.NEWLINE) {
            lx.next();
        }
    }

    private Node andOr() {
        Node left = pipeline();
        while (lx.peek().is("&&") || lx.peek().is("||")) {
            boolean and = lx.next().is("&&");
            skipNewlines();
            left = new Node.AndOr(left, and, pipeline());
        }
        return left;
    }

    private Node pipeline() {
        boolean bang = false;
        while (lx.peek().isWord("!")) {
            lx.next();
            bang = !bang;
        }
        int line = lx.peek().line;
        List<Node> cmds = new ArrayList<>();
        cmds.add(command());
        while (lx.peek().is("|")) {
            lx.next();
            skipNewlines();
            cmds.add(command());
        }
        if (cmds.size() == 1 && !bang) {
            return cmds.get(0);
        }
        Node p = new Node.Pipeline(cmds, bang);
        p.line = line;
        return p;
    }

    private Node command() {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw new SyntaxError("commands nested too deeply (more than " + MAX_DEPTH + " levels)", lx.line);
        }
        try {
            Lexer.Token t = lx.peek();
            Node n = compound(t);
            if (n == null) {
                return simple();
            }
            n.line = t.line;
            List<Node.Redir> redirs = new ArrayList<>();
            while (redirection(redirs)) {
                // collect
            }
            return redirs.isEmpty() ? n : new Node.Redirected(n, redirs);
        } finally {
            depth--;
        }
    }

    /** A compound command or function definition starting at t, or null for a simple command. */
    private Node compound(Lexer.Token t) {
        if (t.is("(")) {
            lx.next();
            Node body = list(true);
            expect(")");
            return new Node.Subshell(body);
        }
        if (t.type != Lexer.WORD) {
            return null;
        }
        switch (t.text) {
            case "{": lx.next(); Node body = list(true); expectWord("}"); return new Node.Group(body);
            case "if": return ifCommand();
            case "while": case "until": return loop();
            case "for": return forCommand();
            case "case": return caseCommand();
            case "function": return functionKeyword();
            default:
                if (Shell.isName(t.text) && followedByParens(t)) {
                    return functionDef(t);
                }
                return null;
        }
    }

    private boolean followedByParens(Lexer.Token t) {
        int i = t.end;
        while (i < lx.src.length() && (lx.src.charAt(i) == ' ' || lx.src.charAt(i) == '\t')) {
            i++;
        }
        if (i >= lx.src.length() || lx.src.charAt(i) != '(') {
            return false;
        }
        i++;
        while (i < lx.src.length() && (lx.src.charAt(i) == ' ' || lx.src.charAt(i) == '\t')) {
            i++;
        }
        return i < lx.src.length() && lx.src.charAt(i) == ')';
    }

    private Node functionDef(Lexer.Token name) {
        lx.next();
        expect("(");
        expect(")");
        return functionBody(name);
    }

    private Node functionKeyword() {
        lx.next();
        Lexer.Token name = lx.next();
        if (name.type != Lexer.WORD || !Shell.isName(name.text)) {
            throw unexpected(name);
        }
        if (lx.peek().is("(")) {
            lx.next();
            expect(")");
        }
        return functionBody(name);
    }

    private Node functionBody(Lexer.Token name) {
        skipNewlines();
        Lexer.Token t = lx.peek();
        int start = t.start;
        Node body = command();
        if (body instanceof Node.Simple) {
            throw new SyntaxError("function " + name.text + ": the body must be a compound command", t.line);
        }
        return new Node.FunctionDef(name.text, body, name.text + " () " + lx.src.substring(start, lx.peek().start).trim());
    }

    private Node ifCommand() {
        lx.next();
        Node cond = list(true);
        expectWord("then");
        Node then = list(true);
        Lexer.Token t = lx.next();
        if (t.isWord("elif")) {
            Node nested = ifAfterKeyword();
            return new Node.If(cond, then, nested);
        }
        Node otherwise = null;
        if (t.isWord("else")) {
            otherwise = list(true);
            t = lx.next();
        }
        if (!t.isWord("fi")) {
            throw unexpected(t);
        }
        return new Node.If(cond, then, otherwise);
    }

    /** The rest of an if after `elif` (it shares the outer `fi`). */
    private Node ifAfterKeyword() {
        Node cond = list(true);
        expectWord("then");
        Node then = list(true);
        Lexer.Token t = lx.next();
        if (t.isWord("elif")) {
            return new Node.If(cond, then, ifAfterKeyword());
        }
        Node otherwise = null;
        if (t.isWord("else")) {
            otherwise = list(true);
            t = lx.next();
        }
        if (!t.isWord("fi")) {
            throw unexpected(t);
        }
        return new Node.If(cond, then, otherwise);
    }

    private Node loop() {
        boolean until = lx.next().isWord("until");
        Node cond = list(true);
        expectWord("do");
        Node body = list(true);
        expectWord("done");
        return new Node.Loop(cond, body, until);
    }

    private Node forCommand() {
        lx.next();
        Lexer.Token name = lx.next();
        if (name.type != Lexer.WORD || !Shell.isName(name.text)) {
            throw new SyntaxError("for: bad variable name `" + name + "'", name.line);
        }
        List<String> words = null;
        skipNewlines();
        if (lx.peek().isWord("in")) {
            lx.next();
            words = new ArrayList<>();
            while (lx.peek().type == Lexer.WORD) {
                words.add(lx.next().text);
            }
            Lexer.Token sep = lx.next();
            if (!sep.is(";") && sep.type != Lexer.NEWLINE) {
                throw unexpected(sep);
            }
        } else if (lx.peek().is(";")) {
            lx.next();
        }
        skipNewlines();
        expectWord("do");
        Node body = list(true);
        expectWord("done");
        return new Node.For(name.text, words, body);
    }

    private Node caseCommand() {
        lx.next();
        Lexer.Token word = lx.next();
        if (word.type != Lexer.WORD) {
            throw unexpected(word);
        }
        skipNewlines();
        expectWord("in");
        List<List<String>> patterns = new ArrayList<>();
        List<Node> bodies = new ArrayList<>();
        List<Boolean> fall = new ArrayList<>();
        while (true) {
            skipNewlines();
            if (lx.peek().isWord("esac")) {
                lx.next();
                break;
            }
            if (lx.peek().is("(")) {
                lx.next();
            }
            List<String> pats = new ArrayList<>();
            while (true) {
                Lexer.Token p = lx.next();
                if (p.type != Lexer.WORD) {
                    throw unexpected(p);
                }
                pats.add(p.text);
                if (lx.peek().is("|")) {
                    lx.next();
                    continue;
                }
                expect(")");
                break;
            }
            skipNewlines();
            Lexer.Token t = lx.peek();
            Node body = (t.is(";;") || t.is(";&") || t.is(";;&") || t.isWord("esac")) ? null : list(true);
            patterns.add(pats);
            bodies.add(body);
            t = lx.peek();
            if (t.is(";;") || t.is(";;&")) {
                lx.next();
                fall.add(false);
            } else if (t.is(";&")) {
                lx.next();
                fall.add(true);
            } else if (t.isWord("esac")) {
                fall.add(false);
            } else {
                throw unexpected(t);
            }
        }
        return new Node.Case(word.text, patterns, bodies, fall);
    }

    private void expect(String op) {
        Lexer.Token t = lx.next();
        if (!t.is(op)) {
            throw unexpected(t);
        }
    }

    private void expectWord(String w) {
        Lexer.Token t = lx.next();
        if (!t.isWord(w)) {
            throw unexpected(t);
        }
    }

    private Node simple() {
        List<String> assigns = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Node.Redir> redirs = new ArrayList<>();
        int line = lx.peek().line;
        int aliasBudget = 50;
        boolean aliasNext = true;
        boolean aliased = false;
        while (true) {
            if (redirection(redirs)) {
                continue;
            }
            Lexer.Token t = lx.peek();
            if (t.type != Lexer.WORD) {
                break;
            }
            if (words.isEmpty() && isAssignment(t.text)) {
                assigns.add(lx.next().text);
                continue;
            }
            if (aliasNext && aliases != null && aliasBudget > 0 && aliases.containsKey(t.text)) {
                String value = aliases.get(t.text);
                aliasBudget--;
                aliased = true;
                lx.unpeek();
                lx.src = lx.src.substring(0, t.start) + value + " " + lx.src.substring(t.end);
                // an alias ending in a blank makes the next word a candidate too
                aliasNext = value.endsWith(" ") || value.endsWith("\t");
                if (words.isEmpty() && aliasBudget > 0) {
                    aliasNext = true;
                }
                if (words.isEmpty()) {
                    Node c = compound(lx.peek());
                    if (c != null) {
                        return c;   // an alias may expand to a compound command
                    }
                }
                continue;
            }
            aliasNext = false;
            words.add(lx.next().text);
        }
        if (assigns.isEmpty() && words.isEmpty() && redirs.isEmpty() && !aliased) {
            throw unexpected(lx.peek());   // (an alias to nothing leaves an empty command: it does nothing)
        }
        Node n = new Node.Simple(assigns, words, redirs);
        n.line = line;
        return n;
    }

    static boolean isAssignment(String w) {
        int eq = w.indexOf('=');
        return eq > 0 && Shell.isName(w.substring(0, eq));
    }

    /** Parses one redirection into out; false when the next token is not one. */
    private boolean redirection(List<Node.Redir> out) {
        Lexer.Token t = lx.peek();
        int fd = -1;
        if (t.type == Lexer.IO_NUMBER) {
            lx.next();
            fd = Integer.parseInt(t.text);
            t = lx.peek();
        } else if (t.type != Lexer.OP) {
            return false;
        }
        int op = redirOp(t.text);
        if (op < 0) {
            if (fd >= 0) {
                throw unexpected(t);
            }
            return false;
        }
        lx.next();
        Lexer.Token target = lx.next();
        if (target.type != Lexer.WORD) {
            throw unexpected(target);
        }
        if (t.text.startsWith("<<") && !t.text.equals("<<<")) {
            boolean quoted = target.text.indexOf('\'') >= 0 || target.text.indexOf('"') >= 0 || target.text.indexOf('\\') >= 0;
            Node.Redir r = new Node.Redir(fd, Node.Redir.HEREDOC, null, quoted);
            lx.addHeredoc(new Lexer.PendingHeredoc(Expander.removeQuotes(target.text), t.text.equals("<<-"), quoted, r));
            out.add(r);
        } else {
            out.add(new Node.Redir(fd, op, target.text, false));
        }
        return true;
    }

    private static int redirOp(String op) {
        switch (op) {
            case "<": return Node.Redir.IN;
            case ">": return Node.Redir.OUT;
            case ">>": return Node.Redir.APPEND;
            case ">|": return Node.Redir.CLOBBER;
            case "<>": return Node.Redir.READ_WRITE;
            case "<&": return Node.Redir.DUP_IN;
            case ">&": return Node.Redir.DUP_OUT;
            case "<<": case "<<-": return Node.Redir.HEREDOC;
            case "<<<": return Node.Redir.HERESTRING;
            default: return -1;
        }
    }
}
