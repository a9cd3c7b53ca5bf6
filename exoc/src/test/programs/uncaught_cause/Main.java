// An uncaught exception with a two-level cause chain: a checked exception thrown deep in a
// parser is wrapped twice on the way up. The JVM prints "Caused by:" sections whose own
// frames the harness compares.
import java.io.IOException;

public class Main {
    static class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        int number() throws IOException {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw new IOException("digit expected at " + pos + " in '" + text + "'");
            }
            return Integer.parseInt(text.substring(start, pos));
        }

        int sum() throws IOException {
            int total = number();
            while (pos < text.length()) {
                pos++; // skip '+'
                total += number();
            }
            return total;
        }
    }

    static int evaluate(String s) {
        try {
            return new Parser(s).sum();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot evaluate " + s,
                    e);
        }
    }

    static void runAll(String[] exprs) {
        for (String e : exprs) {
            try {
                System.out.println(e + " = " + evaluate(e));
            } catch (IllegalArgumentException ex) {
                throw new RuntimeException("batch failed",
                        ex);
            }
        }
    }

    public static void main(String[] args) {
        runAll(new String[] {"1+2", "10+20+30", "7++8", "never"});
    }
}
