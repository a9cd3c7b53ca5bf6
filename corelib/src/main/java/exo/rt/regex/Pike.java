/*
 * The linear-time matcher (Thompson's construction simulated with Pike's priority-ordered
 * thread lists): all threads advance together one code point at a time, at most one thread
 * per instruction, so a search costs O(program size x input length) whatever the pattern.
 * Threads are kept in the order a backtracking matcher would try them, which gives the same
 * leftmost-first match and captures as Backtrack. Only regular programs (no back-references,
 * lookaround, atomic groups or counters) run here; per-thread registers (the start of a nullable
 * loop's iteration) ride along with the captures, so an empty iteration ends the loop as in the JDK; Regex uses it when Backtrack runs out of
 * its step budget.
 */
package exo.rt.regex;

final class Pike {
    private final int[] code;
    private final CharClass[] sets;
    private final int capSlots;
    private final Input in;
    boolean fullMatch;

    // Two thread lists: pcs in priority order, their captures, and a sparse set for dedup.
    private int[] curPc, nextPc;
    private int[][] curCaps, nextCaps;
    private int curN, nextN;
    private int[] mark;       // mark[pc] == generation: pc already in the list being built
    private int generation;

    // Explicit stack for following SPLIT/JMP/SAVE/ASSERT (no recursion on the program's size).
    private int[] workPc = new int[64];
    private int[][] workCaps = new int[64][];

    Pike(Prog prog, Input in) {
        this.code = prog.code;
        this.sets = prog.sets;
        this.capSlots = prog.slotCount;   // captures, then the loop registers
        this.in = in;
        int n = code.length;
        curPc = new int[n];
        nextPc = new int[n];
        curCaps = new int[n][];
        nextCaps = new int[n][];
        mark = new int[n];
    }

    /**
     * Searches from start (anchored: only a match starting at start) and returns the captures
     * of the leftmost-first match, or null.
     */
    int[] search(int start, boolean anchored) {
        int end = in.to;
        int[] best = null;
        curN = 0;
        int pos = start;
        while (true) {
            if (best == null && (!anchored || pos == start)) {
                seed(pos);
            }
            int cp = pos < end ? in.cpAt(pos, end) : -1;
            int width = cp >= 0x10000 ? 2 : 1;
            if (curN == 0) {
                if (best != null || anchored || cp < 0) {
                    break;
                }
                pos += width;
                continue;
            }
            generation++;
            nextN = 0;
            for (int i = 0; i < curN; i++) {
                int pc = curPc[i];
                int op = code[pc];
                if (op == Prog.MATCH) {
                    if (!fullMatch || pos == in.to) {
                        best = curCaps[i];   // SAVE 1 already recorded pos
                        break;               // lower-priority threads are cut off
                    }
                } else if (cp < 0) {
                    in.hitEnd = true;
                } else if (op == Prog.CHAR ? cp == code[pc + 1] : sets[code[pc + 1]].contains(cp)) {
                    addThread(false, pc + 2, curCaps[i], pos + width);
                }
            }
            swap();
            if (cp < 0) {
                break;
            }
            pos += width;
        }
        return best;
    }

    /** A new attempt at pos, with lower priority than the threads already running. */
    private void seed(int pos) {
        int[] caps = new int[capSlots];
        java.util.Arrays.fill(caps, -1);
        generation++;
        for (int i = 0; i < curN; i++) {
            mark[curPc[i]] = generation;
        }
        addThread(true, 0, caps, pos);
    }

    private void swap() {
        int[] p = curPc;
        curPc = nextPc;
        nextPc = p;
        int[][] c = curCaps;
        curCaps = nextCaps;
        nextCaps = c;
        curN = nextN;
    }

    /** Adds pc and everything reachable from it without input, in priority order. */
    private void addThread(boolean toCurrent, int pc0, int[] caps0, int pos) {
        int top = 0;
        workPc[top] = pc0;
        workCaps[top++] = caps0;
        while (top > 0) {
            int pc = workPc[--top];
            int[] caps = workCaps[top];
            while (true) {
                if (mark[pc] == generation) {
                    break;
                }
                mark[pc] = generation;
                int op = code[pc];
                if (op == Prog.JMP) {
                    pc = code[pc + 1];
                } else if (op == Prog.SPLIT) {
                    if (top == workPc.length) {
                        workPc = java.util.Arrays.copyOf(workPc, top * 2);
                        workCaps = java.util.Arrays.copyOf(workCaps, top * 2);
                    }
                    workPc[top] = code[pc + 2];
                    workCaps[top++] = caps;
                    pc = code[pc + 1];
                } else if (op == Prog.SAVE) {
                    caps = caps.clone();
                    caps[code[pc + 1]] = pos;
                    pc += 2;
                } else if (op == Prog.LOOP_MARK) {
                    caps = caps.clone();
                    caps[code[pc + 1]] = pos;
                    pc += 2;
                } else if (op == Prog.LOOP_EXIT_IF_EMPTY) {
                    pc = caps[code[pc + 1]] == pos ? code[pc + 2] : pc + 3;
                } else if (op == Prog.ASSERT) {
                    if (!in.check(code[pc + 1], pos)) {
                        break;
                    }
                    pc += 2;
                } else {
                    if (toCurrent) {
                        curPc[curN] = pc;
                        curCaps[curN++] = caps;
                    } else {
                        nextPc[nextN] = pc;
                        nextCaps[nextN++] = caps;
                    }
                    break;
                }
            }
        }
    }
}
