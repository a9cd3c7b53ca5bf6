/*
 * Splits shell source into tokens for Parser: operators, newlines, words (kept as their
 * source text with quotes, for Expander), IO numbers (`2` in `2>file`). Word scanning follows
 * the quoting rules (backslash, '...', "...", $(...), $((...)), ${...}, `...`); an input that
 * ends inside one of them is Incomplete, which the interactive shell answers by reading
 * another line. Here-document bodies are read after the newline that ends their command line.
 * Alias substitution rewrites the source at the word's position (Parser decides when).
 */
package exo.userland.sh;

import java.util.ArrayList;
import java.util.List;

final class Lexer {
    static final int WORD = 0, OP = 1, NEWLINE = 2, EOF = 3, IO_NUMBER = 4;

    /** One token: its type, text and where it started. */
    static final class Token {
        final int type;
        final String text;
        final int start, end, line;

        Token(int type, String text, int start, int end, int line) {
            this.type = type;
            this.text = text;
            this.start = start;
            this.end = end;
            this.line = line;
        }

        boolean is(String op) {
            return type == OP && text.equals(op);
        }

        /** An unquoted word equal to s (reserved words are only recognised unquoted). */
        boolean isWord(String s) {
            return type == WORD && text.equals(s);
        }

        @Override
        public String toString() {
            return type == NEWLINE ? "newline" : type == EOF ? "end of file" : text;
        }
    }

    /** A here-document whose body is still to be read. */
    static final class PendingHeredoc {
        final String delimiter;
        final boolean stripTabs;
        final boolean quoted;
        final Node.Redir redir;   // its target becomes the body

        PendingHeredoc(String delimiter, boolean stripTabs, boolean quoted, Node.Redir redir) {
            this.delimiter = delimiter;
            this.stripTabs = stripTabs;
            this.quoted = quoted;
            this.redir = redir;
        }
    }

    private static final String[] OPERATORS = {"&&", "||", ";;&", ";;", ";&", "<<-", "<<<", "<<", ">>", "<&", ">&", "<>", ">|",
        "&", "|", ";", "(", ")", "<", ">"};

    String src;
    int pos;
    int line = 1;
    final List<PendingHeredoc> heredocs = new ArrayList<>();
    private Token peeked;

    Lexer(String src, int pos) {
        this.src = src;
        this.pos = pos;
    }

    Token peek() {
        if (peeked == null) {
            peeked = scan();
        }
        return peeked;
    }

    Token next() {
        Token t = peek();
        peeked = null;
        return t;
    }

    /** Forgets a peeked token so the source can be rescanned from its start (aliases). */
    void unpeek() {
        if (peeked != null) {
            pos = peeked.start;
            line = peeked.line;
            peeked = null;
        }
    }

    private Token scan() {
        skipBlanksAndComments();
        int start = pos;
        if (pos >= src.length()) {
            return new Token(EOF, "", start, start, line);
        }
        char c = src.charAt(pos);
        if (c == '\n') {
            pos++;
            Token t = new Token(NEWLINE, "\n", start, pos, line);
            line++;
            readHeredocBodies();
            return t;
        }
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return new Token(OP, op, start, pos, line);
            }
        }
        int startLine = line;
        scanWord();
        String text = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '<' || src.charAt(pos) == '>') && isDigits(text)) {
            return new Token(IO_NUMBER, text, start, pos, startLine);
        }
        return new Token(WORD, text, start, pos, startLine);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void skipBlanksAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;   // line continuation
                line++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    static boolean isMeta(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>'
                || c == '(' || c == ')';
    }

    /** Advances over one word, quotes and nested constructs included. */
    private void scanWord() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (isMeta(c)) {
                return;
            }
            scanWordChar();
        }
    }

    /** One unit of a word: a character, an escape, a quoted string or a substitution. */
    private void scanWordChar() {
        char c = src.charAt(pos);
        switch (c) {
            case '\\':
                pos += 2;
                if (pos > src.length()) {
                    pos = src.length();   // a backslash at the very end stands for itself
                } else if (src.charAt(pos - 1) == '\n') {
                    line++;
                }
                return;
            case '\'':
                int close = src.indexOf('\'', pos + 1);
                if (close < 0) {
                    throw new SyntaxError.Incomplete("unterminated quoted string", line);
                }
                countLines(pos, close);
                pos = close + 1;
                return;
            case '"':
                scanDoubleQuoted();
                return;
            case '`':
                scanBackquoted();
                return;
            case '$':
                scanDollar();
                return;
            default:
                if (c == '\n') {
                    line++;
                }
                pos++;
        }
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
    }

    private void scanDoubleQuoted() {
        int startLine = line;
        pos++;
        while (true) {
            if (pos >= src.length()) {
                throw new SyntaxError.Incomplete("unterminated double-quoted string", startLine);
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\\' || c == '`' || c == '$') {
                scanWordChar();
            } else {
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
        }
    }

    private void scanBackquoted() {
        int startLine = line;
        pos++;
        while (true) {
            if (pos >= src.length()) {
                throw new SyntaxError.Incomplete("unterminated `...` substitution", startLine);
            }
            char c = src.charAt(pos);
            if (c == '`') {
                pos++;
                return;
            }
            if (c == '\\') {
                pos++;
            }
            if (pos < src.length() && src.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
    }

    private void scanDollar() {
        if (src.startsWith("$((", pos)) {
            scanArithmetic();
        } else if (src.startsWith("$(", pos)) {
            pos += 2;
            Parser inner = new Parser(this, pos);
            pos = inner.skipCommandSubstitution();
        } else if (src.startsWith("${", pos)) {
            scanBraced();
        } else {
            pos++;
        }
    }

    private void scanArithmetic() {
        int startLine = line;
        int depth = 0;
        pos += 1;   // at the first '('
        while (true) {
            if (pos >= src.length()) {
                throw new SyntaxError.Incomplete("unterminated $((...))", startLine);
            }
            char c = src.charAt(pos);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    pos++;
                    return;
                }
            } else if (c == '\n') {
                line++;
            } else if (c == '$' || c == '`' || c == '"' || c == '\'' || c == '\\') {
                scanWordChar();
                continue;
            }
            pos++;
        }
    }

    private void scanBraced() {
        int startLine = line;
        pos += 2;
        while (true) {
            if (pos >= src.length()) {
                throw new SyntaxError.Incomplete("unterminated ${...}", startLine);
            }
            char c = src.charAt(pos);
            if (c == '}') {
                pos++;
                return;
            }
            if (c == '\\' || c == '\'' || c == '"' || c == '`' || c == '$') {
                scanWordChar();
            } else {
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
        }
    }

    /** Called by Parser at `<<`: the body is read after the end of the current line. */
    void addHeredoc(PendingHeredoc h) {
        heredocs.add(h);
    }

    private void readHeredocBodies() {
        List<PendingHeredoc> todo = new ArrayList<>(heredocs);
        heredocs.clear();
        for (PendingHeredoc h : todo) {
            StringBuilder body = new StringBuilder();
            boolean found = false;
            while (pos < src.length()) {
                int eol = src.indexOf('\n', pos);
                int end = eol < 0 ? src.length() : eol;
                String l = src.substring(pos, end);
                pos = eol < 0 ? end : eol + 1;
                line++;
                if (h.stripTabs) {
                    int i = 0;
                    while (i < l.length() && l.charAt(i) == '\t') {
                        i++;
                    }
                    l = l.substring(i);
                }
                if (l.equals(h.delimiter)) {
                    found = true;
                    break;
                }
                body.append(l).append('\n');
            }
            if (!found) {
                throw new SyntaxError.Incomplete("here-document delimited by end of file (wanted '" + h.delimiter + "')", line);
            }
            h.redir.target = body.toString();
        }
    }

    /** True when heredoc bodies are still owed (the line has not ended). */
    boolean heredocsPending() {
        return !heredocs.isEmpty();
    }
}
