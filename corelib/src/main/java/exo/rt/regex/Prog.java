/*
 * A compiled regular expression: the instruction array both matchers run (Backtrack always,
 * Pike when the program is regular), its character sets, and what the search loop needs to
 * skip hopeless start positions (a literal prefix, the set of possible first chars, whether
 * the pattern is anchored at the start). Compiler writes it; nothing changes it afterwards.
 *
 * Instructions are variable-length runs of ints: the opcode, then its operands.
 */
package exo.rt.regex;

final class Prog {
    static final int CHAR = 0,       // c
            SET = 1,                 // set index
            SPLIT = 2,               // first, second: try first, backtrack to second
            JMP = 3,                 // target
            SAVE = 4,                // slot: slots[slot] = pos
            ASSERT = 5,              // Node assertion kind
            MATCH = 6,               // the whole match succeeded
            REP_CHAR = 7,            // c, min, max, mode: a quantified single char
            REP_SET = 8,             // set, min, max, mode: a quantified set
            BACKREF = 9,             // group, case mode (-1: exact)
            LOOK = 10,               // flags (1 behind, 2 negated), body, next, minLen, maxLen
            ATOMIC = 11,             // body, next
            SUCCEED = 12,            // end of a LOOK/ATOMIC body
            LOOP_MARK = 13,          // reg: regs[reg] = pos (start of a nullable loop's iteration)
            LOOP_EXIT_IF_EMPTY = 14, // reg, exit: leave the loop when the iteration matched nothing
            CNT_INIT = 15,           // reg: counter = 0
            CNT_LOOP = 16,           // reg, min, max, mode, exit: decide whether to iterate again
            CNT_INC = 17,            // reg
            FAIL = 18,
            GROUP_END = 19;          // group, reg: the group becomes [regs[reg], pos) (see Compiler)

    static final int[] LENGTHS = {2, 2, 3, 2, 2, 2, 1, 5, 5, 3, 6, 3, 1, 2, 3, 2, 6, 2, 1, 3};

    int[] code;
    CharClass[] sets;
    int groupCount;
    int slotCount;          // 2 * (groupCount + 1) capture slots, then loop/counter registers
    boolean regular;        // no back-reference, lookaround, atomic group or counter: Pike can run it

    // Search acceleration, computed from the tree.
    char[] prefix;          // the match always starts with these chars (case-sensitive), or null
    CharClass firstSet;     // the first char is always in this set, or null (any/unknown)
    boolean anchoredStart;  // the pattern begins with \A or a non-multiline ^
    int minLength;
}
