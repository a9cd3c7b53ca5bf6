/*
 * The syntax tree of a regular expression, as Parser builds it and Compiler turns it into a
 * program. One class with a kind tag keeps the tree small and the compiler a plain switch.
 * Lengths are in chars (a supplementary code point counts 2), as lookbehind needs them.
 */
package exo.rt.regex;

final class Node {
    static final int EMPTY = 0, CHAR = 1, SET = 2, CONCAT = 3, ALT = 4, REPEAT = 5, GROUP = 6,
            ASSERT = 7, BACKREF = 8, LOOK = 9, ATOMIC = 10;

    static final int GREEDY = 0, LAZY = 1, POSSESSIVE = 2;

    /** Assertion kinds (ASSERT's value). */
    static final int BOL = 0, EOL = 1, MBOL = 2, MEOL = 3, WORD_B = 4, NOT_WORD_B = 5, BEGIN = 6,
            END = 7, END_Z = 8, LAST_MATCH = 9, UNIX_BOL = 10, UNIX_EOL = 11, UNIX_MEOL = 12,
            UNIX_END_Z = 13, U_WORD_B = 14, U_NOT_WORD_B = 15;

    static final int UNBOUNDED = Integer.MAX_VALUE;

    final int kind;
    int value;          // CHAR: code point; GROUP/BACKREF: group index; ASSERT: kind; REPEAT: mode
    int min, max;       // REPEAT bounds; LOOK: 1 = behind, 2 = negated (bits)
    boolean caseFold;   // BACKREF: compare ignoring case (mode in min: CharClass.CASE_*)
    CharClass set;      // SET
    Node[] kids;        // CONCAT/ALT operands; one child for REPEAT/GROUP/LOOK/ATOMIC

    Node(int kind) {
        this.kind = kind;
    }

    static Node ch(int cp) {
        Node n = new Node(CHAR);
        n.value = cp;
        return n;
    }

    static Node set(CharClass c) {
        Node n = new Node(SET);
        n.set = c;
        return n;
    }

    static Node of(int kind, Node... kids) {
        Node n = new Node(kind);
        n.kids = kids;
        return n;
    }

    static Node repeat(Node child, int min, int max, int mode) {
        Node n = of(REPEAT, child);
        n.min = min;
        n.max = max;
        n.value = mode;
        return n;
    }

    Node kid() {
        return kids[0];
    }

    /** Shortest match in chars. */
    int minLength() {
        switch (kind) {
            case CHAR: return Character.charCount(value);
            case SET: return 1;
            case CONCAT: {
                long sum = 0;
                for (Node k : kids) {
                    sum += k.minLength();
                }
                return (int) Math.min(sum, UNBOUNDED);
            }
            case ALT: {
                int m = UNBOUNDED;
                for (Node k : kids) {
                    m = Math.min(m, k.minLength());
                }
                return m;
            }
            case REPEAT: return (int) Math.min((long) min * kid().minLength(), UNBOUNDED);
            case GROUP: case ATOMIC: return kid().minLength();
            default: return 0;
        }
    }

    /** Longest match in chars, or UNBOUNDED (sets may match a surrogate pair: 2). */
    int maxLength() {
        switch (kind) {
            case CHAR: return Character.charCount(value);
            case SET: return 2;
            case CONCAT: {
                long sum = 0;
                for (Node k : kids) {
                    int m = k.maxLength();
                    if (m == UNBOUNDED) {
                        return UNBOUNDED;
                    }
                    sum += m;
                }
                return (int) Math.min(sum, UNBOUNDED);
            }
            case ALT: {
                int m = 0;
                for (Node k : kids) {
                    m = Math.max(m, k.maxLength());
                }
                return m;
            }
            case REPEAT: {
                int k = kid().maxLength();
                if (max == UNBOUNDED && k > 0) {
                    return UNBOUNDED;
                }
                return (int) Math.min((long) max * k, UNBOUNDED);
            }
            case GROUP: case ATOMIC: return kid().maxLength();
            case BACKREF: return UNBOUNDED;
            default: return 0;
        }
    }

    /** Whether the tree contains a node of this kind (back-references, lookaround...). */
    boolean contains(int k) {
        if (kind == k) {
            return true;
        }
        if (kids != null) {
            for (Node c : kids) {
                if (c.contains(k)) {
                    return true;
                }
            }
        }
        return kind == REPEAT && value == POSSESSIVE && k == ATOMIC;
    }
}
