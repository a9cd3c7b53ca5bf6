/*
 * Small text helpers for the generated files: right-aligned numbers, fixed two-decimal values.
 */
package exo.kernel.fs.procfs;

final class Text {
    private Text() {}

    static String right(long v, int width) {
        String s = Long.toString(v);
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb.append(s).toString();
    }

    static String left(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** v hundredths as "12.34". */
    static String hundredths(long v) {
        long frac = v % 100;
        return (v / 100) + "." + (frac < 10 ? "0" : "") + frac;
    }

    static byte[] bytes(String s) {
        return exo.kernel.fs.Names.bytes(s);
    }
}
