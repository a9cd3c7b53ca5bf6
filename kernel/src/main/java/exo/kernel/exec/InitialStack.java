/*
 * Builds a new program's stack as Linux's execve leaves it (System V x86_64 ABI 3.4.1; Linux's
 * create_elf_tables). From the stack top down:
 *
 *   8 zero bytes                        end marker
 *   AT_EXECFN string                    the path given to execve
 *   envp strings, then argv strings     contiguous, argv[0] lowest (/proc's cmdline and environ)
 *   (round down to 16)
 *   "x86_64\0"                          AT_PLATFORM
 *   16 random bytes                     AT_RANDOM (the caller's)
 *   (padding so that rsp is 16-aligned)
 *   auxv pairs, AT_NULL pair
 *   envp pointers, NULL
 *   argv pointers, NULL
 *   argc                                <- rsp, 16-byte aligned at the entry point
 *
 * All memory goes through a UserWriter (three writes in all), so the exec code backs it with
 * the new process's stack pages and the tests with an array. The strings are charged to an
 * ArgLimit (E2BIG); a writer fault passes through as the writer's exception (EFAULT). The
 * addresses of every part are kept in the result, for /proc and for the tests.
 */
package exo.kernel.exec;

import exo.kernel.util.LittleEndian;
import exo.kernel.util.UserWriter;

public final class InitialStack {
    /** AT_PLATFORM's string, NUL included. */
    static final byte[] PLATFORM = {'x', '8', '6', '_', '6', '4', 0};
    public static final int RANDOM_BYTES = 16;

    /** The stack pointer at the entry point: argc is here. */
    public final long rsp;
    public final long argvAddr;
    public final long envpAddr;
    public final long auxvAddr;
    /** [argStart, argEnd) holds the argv strings; [argEnd, envEnd) the environment strings. */
    public final long argStart;
    public final long argEnd;
    public final long envEnd;
    public final long execfnAddr;
    public final long platformAddr;
    public final long randomAddr;

    private InitialStack(long rsp, long argStart, long argEnd, long envEnd, long execfnAddr, long platformAddr,
            int argc, int envc) {
        this.rsp = rsp;
        this.argvAddr = rsp + 8;
        this.envpAddr = argvAddr + (argc + 1) * 8L;
        this.auxvAddr = envpAddr + (envc + 1) * 8L;
        this.argStart = argStart;
        this.argEnd = argEnd;
        this.envEnd = envEnd;
        this.execfnAddr = execfnAddr;
        this.platformAddr = platformAddr;
        this.randomAddr = platformAddr - RANDOM_BYTES;
    }

    /**
     * Lays out and writes the stack below stackTop (16-aligned). Strings are given without
     * their NUL and must not contain one. auxv gets AT_RANDOM, AT_EXECFN and AT_PLATFORM set to
     * the addresses chosen here. argLimitBytes is the budget (ArgLimit.forStackLimit).
     */
    public static InitialStack build(UserWriter w, long stackTop, byte[][] argv, byte[][] envp, byte[] execfn,
            byte[] random, Auxv auxv, long argLimitBytes) {
        if ((stackTop & 15) != 0 || random.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("stack top 0x" + Long.toHexString(stackTop)
                    + " not 16-aligned or random bytes not 16");
        }
        ArgLimit budget = new ArgLimit(argLimitBytes, argv.length, envp.length);
        byte[] info = infoBlock(argv, envp, execfn, budget);
        long infoStart = stackTop - info.length;
        long argEnd = infoStart + stringsLength(argv);
        long envEnd = argEnd + stringsLength(envp);
        long platformAddr = (infoStart & -16L) - PLATFORM.length;
        long randomAddr = platformAddr - RANDOM_BYTES;
        auxv.set(Auxv.AT_RANDOM, randomAddr).set(Auxv.AT_EXECFN, envEnd).set(Auxv.AT_PLATFORM, platformAddr);
        int words = 1 + argv.length + 1 + envp.length + 1 + 2 * (auxv.size() + 1);
        long rsp = (randomAddr - words * 8L) & -16L;
        if (Long.compareUnsigned(rsp, stackTop) >= 0) {
            throw new ExecException(ExecException.EFAULT, "initial stack wraps below address 0");
        }
        InitialStack s = new InitialStack(rsp, infoStart, argEnd, envEnd, envEnd, platformAddr, argv.length, envp.length);
        w.write(infoStart, info, 0, info.length);
        byte[] platformAndRandom = new byte[RANDOM_BYTES + PLATFORM.length];
        System.arraycopy(random, 0, platformAndRandom, 0, RANDOM_BYTES);
        System.arraycopy(PLATFORM, 0, platformAndRandom, RANDOM_BYTES, PLATFORM.length);
        w.write(randomAddr, platformAndRandom, 0, platformAndRandom.length);
        byte[] table = s.pointerTable(words, argv, envp, auxv);
        w.write(rsp, table, 0, table.length);
        return s;
    }

    /** argv strings, envp strings, execfn, each NUL-terminated, then 8 zero bytes; charged to budget first. */
    private static byte[] infoBlock(byte[][] argv, byte[][] envp, byte[] execfn, ArgLimit budget) {
        budget.take(execfn.length);
        for (byte[] str : argv) {
            budget.take(str.length);
        }
        for (byte[] str : envp) {
            budget.take(str.length);
        }
        long total = stringsLength(argv) + stringsLength(envp) + execfn.length + 1 + 8;
        if (total > Integer.MAX_VALUE - 8) { // only with a budget no caller should pass
            throw new ExecException(ExecException.E2BIG, "argument strings of " + total + " bytes");
        }
        byte[] info = new byte[(int) total];
        int at = copyStrings(argv, info, 0);
        at = copyStrings(envp, info, at);
        copyStrings(new byte[][] {execfn}, info, at);
        return info;
    }

    private static int copyStrings(byte[][] strings, byte[] dst, int at) {
        for (byte[] str : strings) {
            for (byte b : str) {
                if (b == 0) {
                    throw new IllegalArgumentException("argument or environment string contains a NUL");
                }
            }
            System.arraycopy(str, 0, dst, at, str.length);
            at += str.length + 1; // the array is zeroed: the NUL is already there
        }
        return at;
    }

    private static long stringsLength(byte[][] strings) {
        long n = 0;
        for (byte[] s : strings) {
            n += s.length + 1;
        }
        return n;
    }

    /** argc, argv pointers, NULL, envp pointers, NULL, auxv pairs, AT_NULL, as 8-byte words from rsp. */
    private byte[] pointerTable(int words, byte[][] argv, byte[][] envp, Auxv auxv) {
        byte[] t = new byte[words * 8];
        LittleEndian.put64(t, 0, argv.length);
        int at = 8;
        long str = argStart;
        for (byte[][] strings : new byte[][][] {argv, envp}) {
            for (byte[] s : strings) {
                LittleEndian.put64(t, at, str);
                at += 8;
                str += s.length + 1;
            }
            at += 8; // the NULL that ends argv, then envp (zero already)
        }
        for (int i = 0; i < auxv.size(); i++) {
            LittleEndian.put64(t, at, auxv.type(i));
            LittleEndian.put64(t, at + 8, auxv.value(i));
            at += 16;
        }
        return t; // AT_NULL: the last pair, zero
    }
}
