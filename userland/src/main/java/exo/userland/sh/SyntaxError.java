/*
 * A syntax error in shell input, with its line. Incomplete is the kind an interactive shell
 * can cure by reading more input (an open quote, `if` without `fi`, a missing here-document
 * delimiter); a script or -c string that ends there reports it as an error.
 */
package exo.userland.sh;

class SyntaxError extends RuntimeException {
    final int line;

    SyntaxError(String message, int line) {
        super(message);
        this.line = line;
    }

    static final class Incomplete extends SyntaxError {
        Incomplete(String message, int line) {
            super(message, line);
        }
    }
}
