/*
 * Character.getType: the Unicode general category of a code point, by binary search in the
 * runs of CharTypes (decoded once into two int arrays). java.util.regex's \p{..} categories
 * use it too. Plain Java, tested on the host against the JDK (UnicodeTest).
 */
package exo.rt;

public final class CharType {
    private CharType() {}

    private static final int[] STARTS;
    private static final byte[] TYPES;

    static {
        String runs = CharTypes.RUNS;
        int n = runs.length() / 2;
        int[] starts = new int[n];
        byte[] types = new byte[n];
        for (int i = 0; i < n; i++) {
            char low = runs.charAt(2 * i);
            char high = runs.charAt(2 * i + 1);
            starts[i] = ((high & 0x1F) << 16) | low;
            types[i] = (byte) (high >>> 5);
        }
        STARTS = starts;
        TYPES = types;
    }

    /** The category constant of java.lang.Character (UNASSIGNED = 0 outside the code space). */
    public static int getType(int cp) {
        if (cp < 0 || cp > 0x10FFFF) {
            return 0;
        }
        int lo = 0, hi = STARTS.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (STARTS[mid] <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return TYPES[lo];
    }
}
