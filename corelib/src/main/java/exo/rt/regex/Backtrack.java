/*
 * The backtracking matcher: runs a Prog at one start position with the JDK's semantics
 * (leftmost alternative first, greedy/lazy/possessive quantifiers, back-references,
 * lookaround, atomic groups). Choice points live on an explicit int stack on the heap, never
 * on the machine stack, so a long input cannot overflow it; a quantified single char keeps one
 * frame however many chars it matched. Lookaround and atomic bodies recurse once per nesting
 * level of the pattern, not of the input.
 *
 * An optional step budget lets Regex stop a run that backtracks too much and hand the search
 * to the linear-time Pike matcher (for regular programs only).
 */
package exo.rt.regex;

final class Backtrack {
    // Stack frames are 4 ints: a tag (>= 0: resume at that pc) and three operands.
    private static final int RESTORE = -1;   // slot, old value
    private static final int GIVE_BACK = -2; // next pc, lowest pos, current pos (greedy REP)
    private static final int TAKE_MORE = -3; // REP pc, pos, count (lazy REP)

    static final int NO_MATCH = -1, OUT_OF_STEPS = -2;

    private final int[] code;
    private final CharClass[] sets;
    private final int groupCount;
    final int[] slots;
    private int[] stack = new int[256];
    private int sp;
    private final Input in;
    private int requiredEnd = -1;   // SUCCEED of a lookbehind body must end here
    boolean fullMatch;              // MATCH only at the region's end (Matcher.matches)
    long stepsLeft;

    Backtrack(Prog prog, Input in) {
        this.code = prog.code;
        this.sets = prog.sets;
        this.groupCount = prog.groupCount;
        this.slots = new int[prog.slotCount];
        this.in = in;
    }

    /** One attempt at pos: the match's end (slots filled), NO_MATCH or OUT_OF_STEPS. */
    int attempt(int pos) {
        int[] slots = this.slots;
        for (int i = 0; i < slots.length; i++) {   // a few slots: a loop beats a call
            slots[i] = -1;
        }
        sp = 0;
        requiredEnd = -1;
        slots[0] = pos;   // the program's leading SAVE 0, without its undo frame
        return exec(2, pos, 0, in.to);
    }

    @exo.rt.Inline
    private void push(int tag, int a, int b, int c) {
        int[] stack = this.stack;
        int s = sp;
        if (s + 4 > stack.length) {
            stack = grow();
        }
        stack[s] = tag;
        stack[s + 1] = a;
        stack[s + 2] = b;
        stack[s + 3] = c;
        sp = s + 4;
    }

    private int[] grow() {
        stack = java.util.Arrays.copyOf(stack, stack.length * 2);
        return stack;
    }

    private void save(int slot, int value) {
        push(RESTORE, slot, slots[slot], 0);
        slots[slot] = value;
    }

    /*
     * The interpreter loop. One long method on purpose: the instruction switch is the hot
     * loop of every regex operation, and pc/pos must stay in locals.
     */
    private int exec(int pc, int pos, int base, int end) {
        final int[] code = this.code;
        final char[] text = in.text;
        while (true) {
            if (--stepsLeft < 0) {
                return OUT_OF_STEPS;
            }
            switch (code[pc]) {
                case Prog.CHAR: {
                    int c = code[pc + 1];
                    if (pos < end && c < 0x10000 && text[pos] == c) {
                        pos++;
                        pc += 2;
                        continue;
                    }
                    if (pos < end && c >= 0x10000 && in.cpAt(pos, end) == c) {
                        pos += 2;
                        pc += 2;
                        continue;
                    }
                    in.hitEnd |= pos >= end;
                    break;
                }
                case Prog.SET: {
                    if (pos < end && text[pos] < 0xD800) {
                        if (sets[code[pc + 1]].containsChar(text[pos])) {
                            pos++;
                            pc += 2;
                            continue;
                        }
                    } else if (pos < end) {
                        int c = in.cpAt(pos, end);
                        if (sets[code[pc + 1]].contains(c)) {
                            pos += c >= 0x10000 ? 2 : 1;
                            pc += 2;
                            continue;
                        }
                    } else {
                        in.hitEnd = true;
                    }
                    break;
                }
                case Prog.SPLIT:
                    push(code[pc + 2], pos, 0, 0);
                    pc = code[pc + 1];
                    continue;
                case Prog.JMP:
                    pc = code[pc + 1];
                    continue;
                case Prog.SAVE:
                    save(code[pc + 1], pos);
                    pc += 2;
                    continue;
                case Prog.ASSERT:
                    if (in.check(code[pc + 1], pos)) {
                        pc += 2;
                        continue;
                    }
                    break;
                case Prog.MATCH:
                    if (!fullMatch || pos == in.to) {
                        return pos;
                    }
                    break;
                case Prog.SUCCEED:
                    if (requiredEnd < 0 || pos == requiredEnd) {
                        return pos;
                    }
                    break;
                case Prog.REP_CHAR: case Prog.REP_SET: {
                    int next = repeat(pc, pos, end);
                    if (next >= 0) {
                        pos = next;
                        pc += 5;
                        continue;
                    }
                    break;
                }
                case Prog.BACKREF: {
                    int next = backref(code[pc + 1], code[pc + 2], pos, end);
                    if (next >= 0) {
                        pos = next;
                        pc += 3;
                        continue;
                    }
                    break;
                }
                case Prog.LOOK: {
                    int r = look(pc, pos);
                    if (r == OUT_OF_STEPS) {
                        return r;
                    }
                    if (r >= 0) {
                        pc = code[pc + 3];
                        continue;
                    }
                    break;
                }
                case Prog.ATOMIC: {
                    int r = sub(code[pc + 1], pos, -1, end);
                    if (r == OUT_OF_STEPS) {
                        return r;
                    }
                    if (r >= 0) {
                        pos = r;
                        pc = code[pc + 2];
                        continue;
                    }
                    break;
                }
                case Prog.LOOP_MARK:
                    save(code[pc + 1], pos);
                    pc += 2;
                    continue;
                case Prog.GROUP_END: {
                    int g = code[pc + 1];
                    save(2 * g, slots[code[pc + 2]]);
                    save(2 * g + 1, pos);
                    pc += 3;
                    continue;
                }
                case Prog.LOOP_EXIT_IF_EMPTY:
                    pc = slots[code[pc + 1]] == pos ? code[pc + 2] : pc + 3;
                    continue;
                case Prog.CNT_INIT:
                    save(code[pc + 1], 0);
                    pc += 2;
                    continue;
                case Prog.CNT_LOOP:
                    pc = counter(pc, pos);
                    continue;
                case Prog.CNT_INC:
                    save(code[pc + 1], slots[code[pc + 1]] + 1);
                    pc += 2;
                    continue;
                default:   // FAIL
                    break;
            }
            // The instruction failed. Backtrack: pop frames until one gives a new (pc, pos).
            long resume = backtrack(base, end);
            if (resume < 0) {
                return NO_MATCH;
            }
            pc = (int) (resume >>> 32);
            pos = (int) resume;
        }
    }

    /** Pops to the next choice point above base: (pc << 32 | pos), or -1 when none is left. */
    private long backtrack(int base, int end) {
        while (sp > base) {
            sp -= 4;
            int tag = stack[sp];
            if (tag >= 0) {
                return ((long) tag << 32) | stack[sp + 1];
            }
            if (tag == RESTORE) {
                slots[stack[sp + 1]] = stack[sp + 2];
            } else if (tag == GIVE_BACK) {
                long r = giveBack(end);
                if (r >= 0) {
                    return r;
                }
            } else {
                long r = takeMore(end);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** A greedy REP gives back one code point (the frame at sp is re-pushed if more remain). */
    private long giveBack(int end) {
        int next = stack[sp + 1], lowest = stack[sp + 2], cur = stack[sp + 3];
        int p = in.backOne(cur, lowest);
        // When a literal char follows, skip positions where it cannot match.
        if (code[next] == Prog.CHAR && code[next + 1] < 0x10000) {
            char want = (char) code[next + 1];
            char[] text = in.text;
            while (p > lowest && (p >= end || text[p] != want)) {
                p = in.backOne(p, lowest);
                stepsLeft--;
            }
        }
        if (p > lowest) {
            stack[sp + 3] = p;
            sp += 4;
        }
        return ((long) next << 32) | p;
    }

    /** A lazy REP takes one more code point, if it can. */
    private long takeMore(int end) {
        int pc = stack[sp + 1], pos = stack[sp + 2], count = stack[sp + 3];
        int w = one(pc, pos, end);
        if (w == 0) {
            return -1;
        }
        count++;
        if (count < code[pc + 3]) {
            stack[sp + 2] = pos + w;
            stack[sp + 3] = count;
            sp += 4;
        }
        return ((long) (pc + 5) << 32) | (pos + w);
    }

    /** Width (1 or 2) of the REP item at pos, or 0 if it does not match there. */
    private int one(int pc, int pos, int end) {
        if (pos >= end) {
            in.hitEnd = true;
            return 0;
        }
        int c = in.cpAt(pos, end);
        boolean m = code[pc] == Prog.REP_CHAR ? c == code[pc + 1] : sets[code[pc + 1]].contains(c);
        return m ? (c >= 0x10000 ? 2 : 1) : 0;
    }

    /** REP_CHAR/REP_SET at pos: the position to go on from, or -1. Pushes its choice frame. */
    private int repeat(int pc, int pos, int end) {
        int min = code[pc + 2], max = code[pc + 3], mode = code[pc + 4];
        int count = 0;
        int p = pos;
        while (count < min) {
            int w = one(pc, p, end);
            if (w == 0) {
                return -1;
            }
            p += w;
            count++;
        }
        if (mode == Node.LAZY) {
            if (count < max) {
                push(TAKE_MORE, pc, p, count);
            }
            return p;
        }
        int lowest = p;
        p = runOf(pc, p, end, max - count);
        stepsLeft -= p - pos;   // the budget counts chars scanned, not just instructions
        if (mode == Node.GREEDY && p > lowest) {
            push(GIVE_BACK, pc + 5, lowest, p);
        }
        return p;
    }

    /** Matches the REP item as often as possible (at most limit times) from p; the end. */
    private int runOf(int pc, int p, int end, int limit) {
        char[] text = in.text;
        int n = 0;
        if (code[pc] == Prog.REP_SET) {
            CharClass set = sets[code[pc + 1]];
            while (n < limit && p < end) {
                char c = text[p];
                if (c < 0xD800) {
                    if (!set.contains(c)) {
                        return p;
                    }
                    p++;
                } else {
                    int cp = in.cpAt(p, end);
                    if (!set.contains(cp)) {
                        return p;
                    }
                    p += cp >= 0x10000 ? 2 : 1;
                }
                n++;
            }
        } else {
            int w;
            while (n < limit && (w = one(pc, p, end)) != 0) {
                p += w;
                n++;
            }
            return p;
        }
        if (n < limit) {
            in.hitEnd = true;
        }
        return p;
    }

    private int backref(int group, int caseMode, int pos, int end) {
        if (group > groupCount || slots[2 * group] < 0 || slots[2 * group + 1] < 0) {
            return -1;   // no such group, or it took no part in the match: the JDK fails too
        }
        int s = slots[2 * group];
        int n = slots[2 * group + 1] - s;
        if (n < 0) {
            return -1;
        }
        if (pos + n > end) {
            in.hitEnd = true;
            return -1;
        }
        char[] text = in.text;
        for (int i = 0; i < n; i++) {
            char a = text[s + i], b = text[pos + i];
            if (a != b && (caseMode < 0 || !sameIgnoringCase(a, b, caseMode))) {
                return -1;
            }
        }
        return pos + n;
    }

    static boolean sameIgnoringCase(int a, int b, int caseMode) {
        if (caseMode == CharClass.CASE_ASCII) {
            return a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b);
        }
        return Character.toUpperCase(a) == Character.toUpperCase(b)
                || Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    /** CNT_LOOP: the pc to go on at (the body or the exit), pushing the other as a choice. */
    private int counter(int pc, int pos) {
        int count = slots[code[pc + 1]];
        int min = code[pc + 2], max = code[pc + 3], mode = code[pc + 4], exit = code[pc + 5];
        if (count < min) {
            return pc + 6;
        }
        if (count >= max) {
            return exit;
        }
        if (mode == Node.LAZY) {
            push(pc + 6, pos, 0, 0);
            return exit;
        }
        push(exit, pos, 0, 0);
        return pc + 6;
    }

    /** LOOK: >= 0 if the assertion holds, NO_MATCH or OUT_OF_STEPS. */
    private int look(int pc, int pos) {
        int flags = code[pc + 1], body = code[pc + 2], minLen = code[pc + 4], maxLen = code[pc + 5];
        boolean negated = (flags & 2) != 0;
        int r = NO_MATCH;
        if ((flags & 1) == 0) {
            r = sub(body, pos, -1, in.lookHi);
        } else {
            int lowest = maxLen == Node.UNBOUNDED ? in.lookLo : Math.max(in.lookLo, pos - maxLen);
            for (int s = pos - minLen; s >= lowest && r == NO_MATCH; s--) {
                r = sub(body, s, pos, pos);
            }
        }
        if (r == OUT_OF_STEPS) {
            return r;
        }
        return (r >= 0) != negated ? 0 : NO_MATCH;
    }

    /**
     * Runs a LOOK/ATOMIC body from pos to its SUCCEED. On success its choice points are dropped
     * (that is what makes it atomic) but its capture restores are kept for later backtracking.
     */
    private int sub(int pc, int pos, int mustEndAt, int end) {
        int base = sp;
        int savedRequired = requiredEnd;
        requiredEnd = mustEndAt;
        int r = exec(pc, pos, base, end);
        requiredEnd = savedRequired;
        if (r >= 0) {
            int keep = base;
            for (int f = base; f < sp; f += 4) {
                if (stack[f] == RESTORE) {
                    System.arraycopy(stack, f, stack, keep, 4);
                    keep += 4;
                }
            }
            sp = keep;
        }
        return r;
    }
}
