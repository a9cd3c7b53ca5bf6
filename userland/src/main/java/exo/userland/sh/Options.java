/*
 * The shell's options by letter (set -e) and by name (set -o errexit), and their listing.
 */
package exo.userland.sh;

final class Options {
    private Options() {}

    private static final String[][] NAMES = {{"allexport", "a"}, {"errexit", "e"}, {"noglob", "f"}, {"monitor", "m"},
        {"noexec", "n"}, {"noclobber", "C"}, {"nounset", "u"}, {"verbose", "v"}, {"xtrace", "x"}};

    static boolean setShort(Shell sh, char c, boolean on) {
        switch (c) {
            case 'a': sh.allexport = on; return true;
            case 'e': sh.errexit = on; return true;
            case 'f': sh.noglob = on; return true;
            case 'm': sh.monitor = on; return true;   // without a terminal: process groups, no tcsetpgrp
            case 'n': sh.noexec = on && !sh.interactive; return true;
            case 'C': sh.noclobber = on; return true;
            case 'u': sh.nounset = on; return true;
            case 'v': sh.verbose = on; return true;
            case 'x': sh.xtrace = on; return true;
            case 'h': case 'b': return true;   // accepted, no effect
            default: return false;
        }
    }

    static boolean setLong(Shell sh, String name, boolean on) {
        for (String[] n : NAMES) {
            if (n[0].equals(name)) {
                return setShort(sh, n[1].charAt(0), on);
            }
        }
        return name.equals("pipefail") ? false : name.equals("emacs") || name.equals("vi") || name.equals("ignoreeof");
    }

    static String listing(Shell sh, boolean human) {
        StringBuilder sb = new StringBuilder();
        String flags = sh.optionFlags();
        for (String[] n : NAMES) {
            boolean on = flags.indexOf(n[1].charAt(0)) >= 0;
            if (human) {
                StringBuilder l = new StringBuilder(n[0]);
                while (l.length() < 16) {
                    l.append(' ');
                }
                sb.append(l).append(on ? "on" : "off").append('\n');
            } else {
                sb.append("set ").append(on ? "-o " : "+o ").append(n[0]).append('\n');
            }
        }
        return sb.toString();
    }
}
