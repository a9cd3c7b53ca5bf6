/*
 * NUL-terminated strings from user memory, as the path and argument strings of system calls:
 * one byte per char (ISO-8859-1), so that any byte sequence a program passes comes back
 * unchanged when the kernel hands it out again. read() returns the string, or null with the
 * errno in err[0]: EFAULT for a bad pointer, ENAMETOOLONG (or E2BIG, as the caller chooses)
 * when no NUL comes within maxLen bytes.
 */
package exo.kernel.uaccess;

import exo.kernel.fs.Errno;
import exo.kernel.mm.PhysAddr;
import exo.kernel.vm.AddressSpace;

public final class UserStrings {
    private UserStrings() {}

    /** User bytes read per copy (never past the end of a page: the next may be unmapped). */
    private static final int CHUNK_BYTES = 256;
    /** Chars of the result before it grows (doubling): most paths fit. */
    private static final int FIRST_CHARS = 128;

    /** Linux's PATH_MAX: a path of 4096 bytes with its NUL. */
    public static final int PATH_MAX = 4096;

    /** A path argument: EFAULT, or ENAMETOOLONG past PATH_MAX. */
    public static String path(AddressSpace as, long addr, int[] err) {
        return read(as, addr, PATH_MAX, Errno.ENAMETOOLONG, err);
    }

    /**
     * The string at addr, at most maxLen bytes with its NUL; null with err[0] = EFAULT or
     * tooLongErrno otherwise.
     */
    public static String read(AddressSpace as, long addr, int maxLen, int tooLongErrno, int[] err) {
        char[] chars = new char[Math.min(maxLen, FIRST_CHARS)];
        byte[] page = new byte[CHUNK_BYTES];
        int n = 0;
        long a = addr;
        while (n < maxLen) {
            int want = (int) Math.min(page.length, PhysAddr.PAGE_SIZE - (a & (PhysAddr.PAGE_SIZE - 1)));
            want = Math.min(want, maxLen - n);
            int got = UserMemory.copyInArray(as, a, page, 0, want);
            for (int i = 0; i < got; i++) {
                if (page[i] == 0) {
                    return new String(chars, 0, n);
                }
                if (n == chars.length) {
                    chars = java.util.Arrays.copyOf(chars, Math.min(maxLen, 2 * n));
                }
                chars[n++] = (char) (page[i] & 0xFF);
            }
            if (got < want) {
                err[0] = Errno.EFAULT;
                return null;
            }
            a += got;
        }
        err[0] = tooLongErrno;
        return null;
    }

    /** The bytes of a string as the kernel stores them (one char per byte). */
    public static byte[] bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }
}
