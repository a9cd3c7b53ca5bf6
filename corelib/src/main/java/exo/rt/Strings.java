/*
 * Zero-copy access to a String's chars for the core library outside java.lang (the regex
 * Matcher searches a 50 MB string in place rather than copying it). Relies on the String
 * layout fixed in docs/RUNTIME.md: the char[] value is the first field (ClassDesc.FIRST_FIELD).
 */
package exo.rt;

public final class Strings {
    private Strings() {}

    /** The array holding exactly s's chars. Callers must never modify it. */
    public static char[] chars(String s) {
        return (char[]) Mem.objectAt(Mem.load64(Mem.addressOf(s) + ClassDesc.FIRST_FIELD));
    }

    /** The chars of any CharSequence: a String's own array, or a copy. */
    public static char[] chars(CharSequence cs) {
        if (cs instanceof String) {
            return chars((String) cs);
        }
        int n = cs.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = cs.charAt(i);
        }
        return out;
    }
}
