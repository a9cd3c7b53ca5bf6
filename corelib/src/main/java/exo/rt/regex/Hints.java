/*
 * Search hints derived from the tree, so that find() skips start positions where no match
 * can begin: the literal chars every match starts with, the set of possible first chars,
 * and anchoring at the start of input. Compiler calls fill() once per program.
 */
package exo.rt.regex;

import java.util.ArrayList;

final class Hints {
    private Hints() {}

    static void fill(Prog p, Node root) {
        p.minLength = root.minLength();
        StringBuilder prefix = new StringBuilder();
        literalPrefix(root, prefix);
        p.prefix = prefix.length() > 0 ? prefix.toString().toCharArray() : null;
        p.firstSet = root.minLength() == 0 ? null : first(root);
        if (p.firstSet != null) {
            p.firstSet.freeze();
        }
        p.anchoredStart = anchored(root);
    }

    /** Appends the exact chars every match begins with; false once something else is met. */
    private static boolean literalPrefix(Node n, StringBuilder out) {
        switch (n.kind) {
            case Node.CHAR:
                out.appendCodePoint(n.value);
                return true;
            case Node.GROUP:
                return literalPrefix(n.kid(), out);
            case Node.CONCAT:
                for (Node k : n.kids) {
                    if (!literalPrefix(k, out)) {
                        return false;
                    }
                }
                return true;
            case Node.REPEAT:
                if (n.min > 0 && n.kid().kind == Node.CHAR) {
                    out.appendCodePoint(n.kid().value);
                }
                return false;
            default:
                return false;
        }
    }

    /** The set of chars a match of n (non-empty) can start with, or null if unknown. */
    private static CharClass first(Node n) {
        switch (n.kind) {
            case Node.CHAR: return CharClass.single(n.value, CharClass.CASE_NONE);
            case Node.SET: return n.set;
            case Node.GROUP: case Node.ATOMIC: return first(n.kid());
            case Node.REPEAT: return n.min > 0 ? first(n.kid()) : null;
            case Node.ALT: {
                CharClass[] parts = new CharClass[n.kids.length];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = first(n.kids[i]);
                    if (parts[i] == null) {
                        return null;
                    }
                }
                return CharClass.union(parts);
            }
            case Node.CONCAT: return firstOfSequence(n.kids);
            default: return null;
        }
    }

    /** Union of the first sets of the leading nullable items and the first non-nullable one. */
    private static CharClass firstOfSequence(Node[] items) {
        ArrayList<CharClass> parts = new ArrayList<>();
        for (Node k : items) {
            if (k.kind == Node.ASSERT || k.kind == Node.LOOK) {
                continue;   // zero width: only restricts
            }
            if (k.maxLength() == 0) {
                continue;
            }
            CharClass f = k.kind == Node.REPEAT && k.min == 0 ? first(k.kid()) : first(k);
            if (f == null) {
                return null;
            }
            parts.add(f);
            if (k.minLength() > 0) {
                return CharClass.union(parts.toArray(new CharClass[0]));
            }
        }
        return null;
    }

    private static boolean anchored(Node n) {
        switch (n.kind) {
            case Node.ASSERT: return n.value == Node.BEGIN || n.value == Node.BOL;
            case Node.GROUP: return anchored(n.kid());
            case Node.CONCAT: return n.kids.length > 0 && anchored(n.kids[0]);
            default: return false;
        }
    }
}
