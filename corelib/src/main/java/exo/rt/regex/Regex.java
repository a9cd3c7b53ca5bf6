/*
 * The regex engine's entry point, used by java.util.regex.Pattern and Matcher (and tested on
 * the host against the JDK by exoc's RegexTest): compile() parses and compiles a pattern,
 * search() runs one find/lookingAt/matches over a char array.
 *
 * A search runs the backtracking matcher first: it is the fastest on ordinary patterns and the
 * only one for back-references and lookaround. For a regular pattern it gets a step budget
 * proportional to (program size x input length); if it runs out (catastrophic backtracking,
 * or a quadratic scan such as .*x over a long line), the same search restarts on the Pike
 * matcher, which is linear in the input. Either way the result is the JDK's match.
 */
package exo.rt.regex;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

public final class Regex {
    public static final int FIND = 0, LOOKING_AT = 1, MATCHES = 2;

    private final Node root;
    private final Prog prog;
    private Prog pikeProg;          // compiled on first need
    private boolean pikeTried;
    private final Map<String, Integer> names;

    private Regex(Node root, Prog prog, Map<String, Integer> names) {
        this.root = root;
        this.prog = prog;
        this.names = names;
    }

    /** Parses and compiles; syntax errors are PatternSyntaxExceptions as in the JDK. */
    public static Regex compile(String pattern, int flags) {
        Parser p = new Parser(pattern, flags);
        Node root = p.parse();
        Prog prog = Compiler.compile(root, p.groupCount, false);
        Map<String, Integer> names = p.names.isEmpty() ? Collections.emptyMap() : new HashMap<>(p.names);
        return new Regex(root, prog, names);
    }

    public int groupCount() {
        return prog.groupCount;
    }

    public Map<String, Integer> namedGroups() {
        return names;
    }

    Prog prog() {
        return prog;
    }

    /** The Pike program, or null if the pattern is not regular. */
    Prog pikeProg() {
        if (!pikeTried) {
            pikeTried = true;
            pikeProg = prog.regular ? Compiler.compile(root, prog.groupCount, true) : null;
        }
        return pikeProg;
    }

    /** A reusable search state for one Matcher. */
    public Search newSearch() {
        return new Search(this);
    }
}
