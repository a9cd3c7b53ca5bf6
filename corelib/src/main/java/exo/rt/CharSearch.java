/*
 * Substring search over char arrays, shared by String and AbstractStringBuilder (whose
 * indexOf/lastIndexOf clamp fromIndex exactly like these). A plain first-char scan: the
 * strings programs search are short, and it allocates nothing.
 */
package exo.rt;

public final class CharSearch {
    private CharSearch() {}

    /** First index >= from where target occurs in source[0..count), or -1. */
    public static int indexOf(char[] source, int count, char[] target, int from) {
        int n = target.length;
        if (from < 0) {
            from = 0;
        }
        if (from >= count) {
            return n == 0 ? count : -1;
        }
        if (n == 0) {
            return from;
        }
        char first = target[0];
        int max = count - n;
        for (int i = from; i <= max; i++) {
            if (source[i] != first) {
                continue;
            }
            int j = 1;
            while (j < n && source[i + j] == target[j]) {
                j++;
            }
            if (j == n) {
                return i;
            }
        }
        return -1;
    }

    /** Last index <= from where target occurs in source[0..count), or -1. */
    public static int lastIndexOf(char[] source, int count, char[] target, int from) {
        int n = target.length;
        int rightmost = count - n;
        if (from > rightmost) {
            from = rightmost;
        }
        if (from < 0) {
            return -1;
        }
        outer:
        for (int i = from; i >= 0; i--) {
            for (int j = 0; j < n; j++) {
                if (source[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
