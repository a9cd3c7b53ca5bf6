/*
 * One Matcher's search state over a compiled Regex: the input bounds, the backtracking matcher
 * with its stack (reused from one find to the next), and the Pike matcher it falls back to.
 * search() implements find/lookingAt/matches; the groups land in an int array of
 * 2 * (groupCount + 1) start/end pairs.
 */
package exo.rt.regex;

public final class Search {
    /** Backtracking steps allowed per (instruction x input char) before Pike takes over; tests lower them. */
    static long stepsPerUnit = 4, minSteps = 100_000;

    private final Regex regex;
    private final Prog prog;
    private final Input in = new Input();
    private final Backtrack bt;
    private Pike pike;

    Search(Regex regex) {
        this.regex = regex;
        this.prog = regex.prog();
        this.bt = new Backtrack(prog, in);
    }

    /** Whether the last search looked at the end of the input (Matcher.hitEnd). */
    public boolean hitEnd() {
        return in.hitEnd;
    }

    /**
     * Runs one search. text[from, to) is the region; a FIND starts at start, the other modes at
     * from. lastMatchEnd is where \G matches. Returns whether a match was found (then in groups).
     */
    public boolean search(char[] text, int from, int to, int start, int mode, boolean transparentBounds,
            boolean anchoringBounds, int lastMatchEnd, int[] groups) {
        in.reset(text, from, to, transparentBounds, anchoringBounds, lastMatchEnd);
        bt.fullMatch = mode == Regex.MATCHES;
        bt.stepsLeft = budget(to - start);
        if (mode != Regex.FIND) {
            int r = bt.attempt(from);
            if (r == Backtrack.OUT_OF_STEPS) {
                if (regex.pikeProg() != null) {
                    return pikeSearch(from, true, groups);
                }
                bt.stepsLeft = Long.MAX_VALUE;
                r = bt.attempt(from);
            }
            return found(r, groups);
        }
        return find(start, groups);
    }

    private long budget(int length) {
        if (!prog.regular) {
            return Long.MAX_VALUE;
        }
        long b = stepsPerUnit * prog.code.length * ((long) length + 1);
        return Math.max(b, minSteps);
    }

    private boolean found(int r, int[] groups) {
        if (r < 0) {
            return false;
        }
        System.arraycopy(bt.slots, 0, groups, 0, groups.length);
        return true;
    }

    private boolean find(int start, int[] groups) {
        int to = in.to;
        char[] text = in.text;
        char[] prefix = prog.prefix;
        CharClass first = prog.firstSet;
        int last = to - prog.minLength;
        for (int s = start; s <= last; s++) {
            if (prog.anchoredStart && s != in.anchorLo) {
                break;
            }
            if (prefix != null) {
                s = indexOf(text, s, to, prefix);
                if (s < 0) {
                    break;
                }
            } else if (first != null) {
                s = skipTo(first, text, s, to);
                if (s > last) {
                    break;
                }
            }
            int r = bt.attempt(s);
            if (r == Backtrack.OUT_OF_STEPS) {
                if (regex.pikeProg() != null) {
                    return pikeSearch(s, false, groups);
                }
                bt.stepsLeft = Long.MAX_VALUE;   // too big to unroll for Pike: backtrack on
                r = bt.attempt(s);
            }
            if (r >= 0) {
                return found(r, groups);
            }
        }
        in.hitEnd = true;
        return false;
    }

    /** The first position from s (below to) whose code point is in set, or to. */
    private int skipTo(CharClass set, char[] text, int s, int to) {
        for (; s < to; s++) {
            char c = text[s];
            if (c < 0xD800 ? set.containsChar(c) : set.contains(in.cpAt(s, to))) {
                return s;
            }
        }
        return s;
    }

    private static int indexOf(char[] text, int from, int to, char[] prefix) {
        char c0 = prefix[0];
        int last = to - prefix.length;
        for (int i = from; i <= last; i++) {
            if (text[i] != c0) {
                continue;
            }
            int k = 1;
            while (k < prefix.length && text[i + k] == prefix[k]) {
                k++;
            }
            if (k == prefix.length) {
                return i;
            }
        }
        return -1;
    }

    private boolean pikeSearch(int start, boolean anchored, int[] groups) {
        if (pike == null) {
            pike = new Pike(regex.pikeProg(), in);
        }
        pike.fullMatch = bt.fullMatch;
        in.hitEnd = false;
        int[] caps = pike.search(start, anchored);
        if (caps == null) {
            if (!anchored) {
                in.hitEnd = true;
            }
            return false;
        }
        System.arraycopy(caps, 0, groups, 0, groups.length);
        return true;
    }
}
