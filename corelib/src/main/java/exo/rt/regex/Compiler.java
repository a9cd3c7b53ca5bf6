/*
 * Turns a Node tree into a Prog. Two modes: for Backtrack (quantified single chars become one
 * REP instruction, big counted repetitions use counter registers) and for Pike (only the
 * regular instructions: every repetition is unrolled into SPLIT/JMP loops; a tree that needs
 * more gives null). Also derives the search hints (literal prefix, first-char set, anchoring).
 */
package exo.rt.regex;

import java.util.IdentityHashMap;

final class Compiler {
    /** Unrolling a counted repetition may write at most this many ints, else counters (or no Pike). */
    private static final int UNROLL_LIMIT = 20000;
    private static final int PIKE_LIMIT = 400000;

    private final boolean pike;
    private int[] code = new int[64];
    private int len;
    private final java.util.ArrayList<CharClass> sets = new java.util.ArrayList<>();
    private final IdentityHashMap<CharClass, Integer> setIndex = new IdentityHashMap<>();
    private int slotCount;
    private boolean regular = true;

    private Compiler(boolean pike, int groupCount) {
        this.pike = pike;
        this.slotCount = 2 * (groupCount + 1);
    }

    /** The program for root, or null in Pike mode when the tree is not regular. */
    static Prog compile(Node root, int groupCount, boolean pike) {
        Compiler c = new Compiler(pike, groupCount);
        c.emit(Prog.SAVE, 0);
        c.node(root);
        c.emit(Prog.SAVE, 1);
        c.emit(Prog.MATCH);
        if (pike && (!c.regular || c.len > PIKE_LIMIT)) {
            return null;
        }
        Prog p = new Prog();
        p.code = java.util.Arrays.copyOf(c.code, c.len);
        p.sets = c.sets.toArray(new CharClass[0]);
        p.groupCount = groupCount;
        p.slotCount = c.slotCount;
        p.regular = c.regular;
        Hints.fill(p, root);
        return p;
    }

    private void emit(int... words) {
        if (len + words.length > code.length) {
            code = java.util.Arrays.copyOf(code, Math.max(2 * code.length, len + words.length));
        }
        for (int w : words) {
            code[len++] = w;
        }
    }

    private int set(CharClass c) {
        Integer i = setIndex.get(c);
        if (i == null) {
            i = sets.size();
            sets.add(c);
            setIndex.put(c, i);
        }
        return i;
    }

    private void node(Node n) {
        switch (n.kind) {
            case Node.EMPTY: return;
            case Node.CHAR: emit(Prog.CHAR, n.value); return;
            case Node.SET: emit(Prog.SET, set(n.set)); return;
            case Node.CONCAT:
                for (Node k : n.kids) {
                    node(k);
                }
                return;
            case Node.ALT: alternation(n.kids); return;
            case Node.GROUP: group(n); return;
            case Node.ASSERT: emit(Prog.ASSERT, n.value); return;
            case Node.BACKREF:
                regular = false;
                emit(Prog.BACKREF, n.value, n.caseFold ? n.min : -1);
                return;
            case Node.LOOK: look(n); return;
            case Node.ATOMIC: atomic(n.kid()); return;
            default: repeat(n); return;
        }
    }

    /**
     * A capturing group. For Backtrack its start goes to a register and the group is set only
     * when it closes, so that a back-reference inside it sees the previous iteration, as in
     * the JDK; Pike has no back-references and saves both ends directly.
     */
    private void group(Node n) {
        if (pike) {
            emit(Prog.SAVE, 2 * n.value);
            node(n.kid());
            emit(Prog.SAVE, 2 * n.value + 1);
            return;
        }
        int reg = slotCount++;
        emit(Prog.LOOP_MARK, reg);
        node(n.kid());
        emit(Prog.GROUP_END, n.value, reg);
    }

    private void alternation(Node[] alts) {
        int[] jumps = new int[alts.length - 1];
        for (int i = 0; i < alts.length - 1; i++) {
            int split = len;
            emit(Prog.SPLIT, len + 3, 0);
            node(alts[i]);
            jumps[i] = len;
            emit(Prog.JMP, 0);
            code[split + 2] = len;
        }
        node(alts[alts.length - 1]);
        for (int j : jumps) {
            code[j + 1] = len;
        }
    }

    private void look(Node n) {
        regular = false;
        int at = len;
        emit(Prog.LOOK, n.min, at + 6, 0, n.kid().minLength(), n.kid().maxLength());
        node(n.kid());
        emit(Prog.SUCCEED);
        code[at + 3] = len;
    }

    private void atomic(Node body) {
        regular = false;
        int at = len;
        emit(Prog.ATOMIC, at + 3, 0);
        node(body);
        emit(Prog.SUCCEED);
        code[at + 2] = len;
    }

    private void repeat(Node n) {
        Node body = n.kid();
        int mode = n.value;
        if (mode == Node.POSSESSIVE && !(isSingle(body) && !pike)) {
            atomic(Node.repeat(body, n.min, n.max, Node.GREEDY));
            return;
        }
        if (isSingle(body) && !pike) {
            int op = body.kind == Node.CHAR ? Prog.REP_CHAR : Prog.REP_SET;
            emit(op, body.kind == Node.CHAR ? body.value : set(body.set), n.min, n.max, mode);
            return;
        }
        boolean lazy = mode == Node.LAZY;
        int size = measure(body);
        long unrolled = (long) size * (n.max == Node.UNBOUNDED ? n.min + 1 : n.max);
        if (unrolled > UNROLL_LIMIT && !pike) {
            counted(body, n.min, n.max, mode);
            return;
        }
        if (pike && len + unrolled > PIKE_LIMIT) {
            regular = false;
            return;
        }
        for (int i = 0; i < n.min; i++) {
            node(body);
        }
        if (n.max == Node.UNBOUNDED) {
            star(body, lazy);
        } else {
            optionals(body, n.max - n.min, lazy);
        }
    }

    private static boolean isSingle(Node n) {
        return n.kind == Node.CHAR || n.kind == Node.SET;
    }

    /** Size in ints of body's code (emitted and then taken back). */
    private int measure(Node body) {
        int start = len;
        int savedSlots = slotCount;
        boolean savedRegular = regular;
        node(body);
        int size = len - start;
        len = start;
        slotCount = savedSlots;
        regular = savedRegular;
        return size;
    }

    /** body* (or *?): an iteration that matches nothing ends the loop, as in the JDK. */
    private void star(Node body, boolean lazy) {
        boolean nullable = body.minLength() == 0;
        int loop = len;
        emit(Prog.SPLIT, 0, 0);
        int bodyStart = len;
        int reg = nullable ? slotCount++ : -1;
        if (nullable) {
            emit(Prog.LOOP_MARK, reg);
        }
        node(body);
        int check = len;
        if (nullable) {
            emit(Prog.LOOP_EXIT_IF_EMPTY, reg, 0);
        }
        emit(Prog.JMP, loop);
        int exit = len;
        if (nullable) {
            code[check + 2] = exit;
        }
        code[loop + 1] = lazy ? exit : bodyStart;
        code[loop + 2] = lazy ? bodyStart : exit;
    }

    /** count nested optional copies: (body(body(body)?)?)? */
    private void optionals(Node body, int count, boolean lazy) {
        int[] splits = new int[count];
        for (int i = 0; i < count; i++) {
            splits[i] = len;
            emit(Prog.SPLIT, 0, 0);
            node(body);
        }
        int exit = len;
        for (int s : splits) {
            code[s + 1] = lazy ? exit : s + 3;
            code[s + 2] = lazy ? s + 3 : exit;
        }
    }

    /** body{min,max} with a counter register (Backtrack only). */
    private void counted(Node body, int min, int max, int mode) {
        int reg = slotCount++;
        int mark = slotCount++;
        emit(Prog.CNT_INIT, reg);
        int loop = len;
        emit(Prog.CNT_LOOP, reg, min, max, mode, 0);
        emit(Prog.LOOP_MARK, mark);
        node(body);
        int check = len;
        emit(Prog.LOOP_EXIT_IF_EMPTY, mark, 0);
        emit(Prog.CNT_INC, reg);
        emit(Prog.JMP, loop);
        code[loop + 5] = len;
        code[check + 2] = len;
    }
}
