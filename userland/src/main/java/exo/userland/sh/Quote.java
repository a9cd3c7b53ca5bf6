/*
 * Quoting values so the shell reads them back unchanged: `set -x` traces, `set`, `export -p`,
 * `alias`, `trap` listings.
 */
package exo.userland.sh;

final class Quote {
    private Quote() {}

    /** s as is when it needs no quotes, else in single quotes ('\'' for a quote). */
    static String forShell(String s) {
        if (!s.isEmpty() && safe(s)) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean safe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && "_-./:=@%+,".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
