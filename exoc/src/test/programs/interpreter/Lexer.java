// Tokenizer for the toy language run by Main: numbers, identifiers, keywords, operators and
// punctuation, with line numbers for error messages.
import java.util.ArrayList;
import java.util.List;

final class Lexer {
    enum Kind { NUM, ID, KW, OP, PUNCT, EOF }

    record Token(Kind kind, String text, int line) {
        @Override
        public String toString() {
            return kind + ":" + text;
        }
    }

    private static final String[] KEYWORDS = {"let", "while", "if", "else", "print", "fn", "return"};

    static List<Token> lex(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0, line = 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (Character.isDigit(c)) {
                int s = i;
                while (i < src.length() && Character.isDigit(src.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.NUM, src.substring(s, i), line));
            } else if (Character.isLetter(c)) {
                int s = i;
                while (i < src.length() && Character.isLetterOrDigit(src.charAt(i))) {
                    i++;
                }
                String word = src.substring(s, i);
                out.add(new Token(isKeyword(word) ? Kind.KW : Kind.ID, word, line));
            } else if ("=!<>".indexOf(c) >= 0 && i + 1 < src.length() && src.charAt(i + 1) == '=') {
                out.add(new Token(Kind.OP, src.substring(i, i + 2), line));
                i += 2;
            } else if ("+-*/%<>=".indexOf(c) >= 0) {
                out.add(new Token(Kind.OP, String.valueOf(c), line));
                i++;
            } else if ("(){};,".indexOf(c) >= 0) {
                out.add(new Token(Kind.PUNCT, String.valueOf(c), line));
                i++;
            } else {
                throw new IllegalArgumentException("line " + line + ": unexpected character '" + c + "'");
            }
        }
        out.add(new Token(Kind.EOF, "<eof>", line));
        return out;
    }

    private static boolean isKeyword(String w) {
        for (String k : KEYWORDS) {
            if (k.equals(w)) {
                return true;
            }
        }
        return false;
    }
}
