/*
 * InitialStack and Auxv: one layout computed by hand byte for byte, then every argc/envc parity
 * read back the way libc's start code reads it (argc, argv, envp, auxv up to AT_NULL, the
 * strings, AT_RANDOM, AT_PLATFORM), the E2BIG budget rules, a writer that faults, and Auxv's
 * ordering. InitialStackHostTest compares with what Linux itself builds.
 */
package exo.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.util.ArrayMemory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InitialStackTest {
    static final long TOP = 0x7ffe_0000_0000L;
    static final long LIMIT = ArgLimit.forStackLimit(8 << 20);
    static final byte[] RANDOM = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    static byte[][] strings(String... s) {
        byte[][] out = new byte[s.length][];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i].getBytes();
        }
        return out;
    }

    static ArrayMemory stack() {
        return new ArrayMemory(TOP - 0x10000, 0x10000);
    }

    /** Five pairs; with AT_NULL, 12 words. */
    static Auxv smallAuxv() {
        return new Auxv().set(Auxv.AT_PAGESZ, 4096).set(Auxv.AT_ENTRY, 0x401000);
    }

    @Test
    void layoutComputedByHand() {
        ArrayMemory m = stack();
        Auxv aux = smallAuxv();
        InitialStack s = InitialStack.build(m, TOP, strings("prog", "-x"), strings("A=1"), "/bin/prog".getBytes(), RANDOM, aux, LIMIT);
        // Strings: "prog\0-x\0A=1\0/bin/prog\0" (22 bytes) + 8 zero bytes end at TOP.
        long strings = TOP - 30;
        assertEquals(0x7ffd_ffff_ffe2L, strings);
        assertEquals(strings, s.argStart);
        assertEquals(strings + 8, s.argEnd);
        assertEquals(strings + 12, s.envEnd);
        assertEquals(strings + 12, s.execfnAddr);
        // Platform below the strings rounded down to 16 (0x...ffe0): 7 bytes at 0x...ffd9; random 16 below.
        assertEquals(0x7ffd_ffff_ffd9L, s.platformAddr);
        assertEquals(0x7ffd_ffff_ffc9L, s.randomAddr);
        // Words: argc, 2 argv + NULL, 1 envp + NULL, 5 pairs + AT_NULL = 1 + 3 + 2 + 12 = 18 = 0x90 bytes.
        // rsp = (0x...ffc9 - 0x90) & ~15 = 0x...ff39 & ~15 = 0x...ff30.
        assertEquals(0x7ffd_ffff_ff30L, s.rsp);
        long[] expectWords = {
            2, strings, strings + 5, 0, strings + 8, 0,
            Auxv.AT_PAGESZ, 4096, Auxv.AT_ENTRY, 0x401000, Auxv.AT_RANDOM, 0x7ffd_ffff_ffc9L,
            Auxv.AT_EXECFN, strings + 12, Auxv.AT_PLATFORM, 0x7ffd_ffff_ffd9L, 0, 0,
        };
        for (int i = 0; i < expectWords.length; i++) {
            assertEquals(expectWords[i], m.read64(s.rsp + 8 * i), "word " + i);
        }
        assertEquals(0x7ffd_ffff_ffc0L, s.rsp + 8 * expectWords.length); // then 9 bytes of padding, untouched
        byte[] top = new byte[(int) (TOP - 0x7ffd_ffff_ffc9L)]; // from AT_RANDOM to the top
        m.read(0x7ffd_ffff_ffc9L, top, 0, top.length);
        byte[] expected = new byte[top.length];
        System.arraycopy(RANDOM, 0, expected, 0, 16);
        System.arraycopy("x86_64\0".getBytes(), 0, expected, 16, 7);
        // 0x...ffe0-0x...ffe1: the two bytes between the rounded-down address and the strings stay 0.
        System.arraycopy("prog\0-x\0A=1\0/bin/prog\0".getBytes(), 0, expected, (int) (strings - 0x7ffd_ffff_ffc9L), 22);
        assertArrayEquals(expected, top);
        assertEquals(3, m.writes);
        assertEquals(s.rsp + 8, s.argvAddr);
        assertEquals(s.rsp + 32, s.envpAddr);
        assertEquals(s.rsp + 48, s.auxvAddr);
    }

    @Test
    void everyParityIsAlignedAndReadsBack() {
        Random rnd = new Random(5);
        for (int argc = 0; argc <= 5; argc++) {
            for (int envc = 0; envc <= 5; envc++) {
                for (int extraAux = 0; extraAux < 3; extraAux++) {
                    for (int strLen = 0; strLen < 17; strLen += 5) {
                        checkReadBack(rnd, argc, envc, extraAux, strLen);
                    }
                }
            }
        }
    }

    private static void checkReadBack(Random rnd, int argc, int envc, int extraAux, int strLen) {
        String what = "argc " + argc + " envc " + envc + " aux+" + extraAux + " len " + strLen;
        String[] argv = new String[argc];
        String[] envp = new String[envc];
        for (int i = 0; i < argc; i++) {
            argv[i] = "a" + i + "x".repeat(rnd.nextInt(strLen + 1));
        }
        for (int i = 0; i < envc; i++) {
            envp[i] = "E" + i + "=" + "v".repeat(rnd.nextInt(strLen + 1));
        }
        String execfn = "/x".repeat(1 + rnd.nextInt(4));
        Auxv aux = smallAuxv();
        for (int i = 0; i < extraAux; i++) {
            aux.set(100 + i, i);
        }
        ArrayMemory m = stack();
        InitialStack s = InitialStack.build(m, TOP, strings(argv), strings(envp), execfn.getBytes(), RANDOM, aux, LIMIT);
        assertEquals(0, s.rsp & 15, what);
        // Read it back the way a libc _start does.
        long sp = s.rsp;
        assertEquals(argc, m.read64(sp), what);
        List<String> readArgv = new ArrayList<>();
        long p = sp + 8;
        for (; m.read64(p) != 0; p += 8) {
            readArgv.add(m.cString(m.read64(p)));
        }
        assertEquals(Arrays.asList(argv), readArgv, what);
        List<String> readEnv = new ArrayList<>();
        for (p += 8; m.read64(p) != 0; p += 8) {
            readEnv.add(m.cString(m.read64(p)));
        }
        assertEquals(Arrays.asList(envp), readEnv, what);
        Auxv back = new Auxv();
        for (p += 8; m.read64(p) != Auxv.AT_NULL; p += 16) {
            back.set(m.read64(p), m.read64(p + 8));
        }
        assertEquals(aux.size(), back.size(), what);
        assertEquals(execfn, m.cString(back.get(Auxv.AT_EXECFN)), what);
        assertEquals("x86_64", m.cString(back.get(Auxv.AT_PLATFORM)), what);
        byte[] rnd16 = new byte[16];
        m.read(back.get(Auxv.AT_RANDOM), rnd16, 0, 16);
        assertArrayEquals(RANDOM, rnd16, what);
        assertTrue(p + 16 <= s.randomAddr && s.randomAddr - (p + 16) < 16, what); // the padding is under 16 bytes
        assertEquals(0, m.read64(TOP - 8), what);
        assertEquals(TOP - 8 - execfn.length() - 1, back.get(Auxv.AT_EXECFN), what);
    }

    // ---- limits and faults -----------------------------------------------------------------------

    @Test
    void argumentBudgetFollowsLinux() {
        assertEquals(2 << 20, ArgLimit.forStackLimit(8 << 20)); // a quarter of the 8 MiB default
        assertEquals(6 << 20, ArgLimit.forStackLimit(-1)); // RLIM_INFINITY: capped at 3/4 of 8 MiB
        assertEquals(6 << 20, ArgLimit.forStackLimit(1L << 40));
        assertEquals(128 << 10, ArgLimit.forStackLimit(64 << 10)); // never below 32 pages
    }

    @Test
    void tooManyArgumentBytesIsE2big() {
        byte[][] big = {new byte[100_000], new byte[100_000]};
        Arrays.fill(big[0], (byte) 'a');
        Arrays.fill(big[1], (byte) 'b');
        ExecException e = assertThrows(ExecException.class, () -> InitialStack.build(stack(), TOP, big, new byte[0][],
                "/p".getBytes(), RANDOM, smallAuxv(), ArgLimit.forStackLimit(0)));
        assertEquals(ExecException.E2BIG, e.errno());
        // The same strings fit in the default budget (the writer's window is what fails then).
        assertThrows(ArrayMemory.Fault.class, () -> InitialStack.build(stack(), TOP, big, new byte[0][],
                "/p".getBytes(), RANDOM, smallAuxv(), LIMIT));
    }

    @Test
    void oneStringOverThirtyTwoPagesIsE2big() {
        byte[][] one = {new byte[32 * 4096]};
        Arrays.fill(one[0], (byte) 'a');
        ExecException e = assertThrows(ExecException.class, () -> new ArgLimit(LIMIT, 1, 0).take(one[0].length));
        assertEquals(ExecException.E2BIG, e.errno());
        new ArgLimit(LIMIT, 1, 0).take(32 * 4096 - 1); // with its NUL, exactly 32 pages: allowed
    }

    @Test
    void pointerBytesAloneCanExceedTheBudget() {
        ExecException e = assertThrows(ExecException.class, () -> new ArgLimit(128 << 10, 10_000, 6_384));
        assertEquals(ExecException.E2BIG, e.errno());
        ArgLimit ok = new ArgLimit(128 << 10, 0, 0); // argc 0 still counts one pointer, as Linux does
        assertEquals((128 << 10) - 8, ok.remaining());
        assertThrows(ExecException.class, () -> new ArgLimit(LIMIT, -1, 0));
    }

    @Test
    void budgetCountsNulsAndTheFileName() {
        long limit = 8 * 2 + 10; // pointers for argc 1, envc 1; then 10 bytes of strings
        byte[][] argv = strings("abc"); // 4
        byte[][] envp = strings("d=e"); // 4
        InitialStack.build(stack(), TOP, argv, envp, "f".getBytes(), RANDOM, smallAuxv(), limit); // + 2 = 10
        ExecException e = assertThrows(ExecException.class,
                () -> InitialStack.build(stack(), TOP, argv, envp, "fg".getBytes(), RANDOM, smallAuxv(), limit));
        assertEquals(ExecException.E2BIG, e.errno());
    }

    @Test
    void writerFaultsPassThrough() {
        ArrayMemory tiny = new ArrayMemory(TOP - 64, 64); // room for the strings only
        assertThrows(ArrayMemory.Fault.class, () -> InitialStack.build(tiny, TOP, strings("a"), strings(), "/a".getBytes(),
                RANDOM, smallAuxv(), LIMIT));
        ExecException e = assertThrows(ExecException.class, () -> InitialStack.build(stack(), 0x40, strings("a"), strings(),
                "/a".getBytes(), RANDOM, smallAuxv(), LIMIT));
        assertEquals(ExecException.EFAULT, e.errno());
    }

    @Test
    void badCallsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> InitialStack.build(stack(), TOP - 8, strings("a"), strings(),
                "/a".getBytes(), RANDOM, smallAuxv(), LIMIT));
        assertThrows(IllegalArgumentException.class, () -> InitialStack.build(stack(), TOP, strings("a\0b"), strings(),
                "/a".getBytes(), RANDOM, smallAuxv(), LIMIT));
        assertThrows(IllegalArgumentException.class, () -> InitialStack.build(stack(), TOP, strings("a"), strings(),
                "/a".getBytes(), new byte[8], smallAuxv(), LIMIT));
        assertThrows(IllegalArgumentException.class, () -> new Auxv().set(Auxv.AT_NULL, 1));
    }

    // ---- Auxv --------------------------------------------------------------------------------------

    @Test
    void auxvKeepsLinuxOrderWhateverTheOrderOfSets() {
        ElfImage exe = ElfWriter.pie("/lib/ld-musl-x86_64.so.1").parse();
        long bias = 0x5555_5555_4000L;
        Auxv a = Auxv.forExecutable(exe, bias, 0x7fff_f7fc_3000L);
        a.set(Auxv.AT_HWCAP2, 0); // zero: left out
        assertFalse(a.has(Auxv.AT_HWCAP2));
        a.set(Auxv.AT_HWCAP2, 2).set(Auxv.AT_MINSIGSTKSZ, 2048).set(Auxv.AT_SYSINFO_EHDR, 0x7fff_f7fc_1000L).set(Auxv.AT_UID, 1000);
        a.set(200, 7); // unknown types go last
        long[] order = {
            Auxv.AT_SYSINFO_EHDR, Auxv.AT_MINSIGSTKSZ, Auxv.AT_HWCAP, Auxv.AT_PAGESZ, Auxv.AT_CLKTCK, Auxv.AT_PHDR,
            Auxv.AT_PHENT, Auxv.AT_PHNUM, Auxv.AT_BASE, Auxv.AT_FLAGS, Auxv.AT_ENTRY, Auxv.AT_UID, Auxv.AT_EUID,
            Auxv.AT_GID, Auxv.AT_EGID, Auxv.AT_SECURE, Auxv.AT_RANDOM, Auxv.AT_HWCAP2, Auxv.AT_EXECFN,
            Auxv.AT_PLATFORM, 200,
        };
        assertEquals(order.length, a.size());
        for (int i = 0; i < order.length; i++) {
            assertEquals(order[i], a.type(i), "pair " + i);
        }
        assertEquals(bias + 64, a.get(Auxv.AT_PHDR));
        assertEquals(bias + 0x1040, a.get(Auxv.AT_ENTRY));
        assertEquals(56, a.get(Auxv.AT_PHENT));
        assertEquals(7, a.get(Auxv.AT_PHNUM));
        assertEquals(0x7fff_f7fc_3000L, a.get(Auxv.AT_BASE));
        assertEquals(4096, a.get(Auxv.AT_PAGESZ));
        assertEquals(100, a.get(Auxv.AT_CLKTCK));
        assertEquals(1000, a.get(Auxv.AT_UID));
        assertEquals(0, a.get(Auxv.AT_EUID));
        assertEquals(0, a.get(12345));
        assertEquals((order.length + 1) * 16L, a.sizeInBytes());
        assertThrows(IndexOutOfBoundsException.class, () -> a.type(order.length));
    }

    @Test
    void auxvGrowsPastItsFirstArray() {
        Auxv a = new Auxv();
        for (int i = 0; i < 100; i++) {
            a.set(1000 + i, i);
        }
        assertEquals(100, a.size());
        assertEquals(57, a.get(1057));
        assertEquals(1099, a.type(99));
    }
}
