/*
 * The getopts builtin (XCU getopts): walks the options of the positional parameters (or the
 * given arguments) one call at a time, keeping its place in OPTIND and, within a group of
 * letters such as -abc, in charIndex.
 */
package exo.userland.sh;

import java.util.List;

final class Getopts {
    private Getopts() {}

    private static int charIndex;
    private static String lastOptind = "";

    static int run(Shell sh, List<String> a) {
        if (a.size() < 3) {
            return Builtins.usage(sh, "getopts", "usage: getopts optstring name [arg ...]");
        }
        String spec = a.get(1);
        String var = a.get(2);
        List<String> args = a.size() > 3 ? a.subList(3, a.size()) : sh.positional;
        String optindText = sh.vars.get("OPTIND");
        if (optindText == null || !optindText.equals(lastOptind)) {
            charIndex = 0;   // OPTIND was set by the script: start over
        }
        int optind;
        try {
            optind = optindText == null ? 1 : Integer.parseInt(optindText);
        } catch (NumberFormatException e) {
            optind = 1;
        }
        boolean silent = spec.startsWith(":");
        int st = next(sh, spec, var, args, optind, silent);
        return st;
    }

    private static void setOptind(Shell sh, int n) {
        lastOptind = Integer.toString(n);
        sh.assign("OPTIND", lastOptind);
    }

    private static int next(Shell sh, String spec, String var, List<String> args, int optind, boolean silent) {
        if (charIndex == 0) {
            if (optind > args.size() || optind < 1) {
                return finish(sh, var, optind);
            }
            String arg = args.get(optind - 1);
            if (!arg.startsWith("-") || arg.equals("-")) {
                return finish(sh, var, optind);
            }
            if (arg.equals("--")) {
                return finish(sh, var, optind + 1);
            }
            charIndex = 1;
        }
        String arg = args.get(optind - 1);
        char c = arg.charAt(charIndex++);
        if (charIndex >= arg.length()) {
            optind++;
            charIndex = 0;
        }
        int at = c == ':' ? -1 : spec.indexOf(c);
        if (at < 0) {
            if (silent) {
                sh.assign("OPTARG", String.valueOf(c));
            } else {
                sh.error("illegal option -- " + c);
                sh.vars.unset("OPTARG");
            }
            sh.assign(var, "?");
            setOptind(sh, optind);
            return 0;
        }
        if (at + 1 < spec.length() && spec.charAt(at + 1) == ':') {
            if (charIndex > 0) {
                sh.assign("OPTARG", arg.substring(charIndex));
                optind++;
                charIndex = 0;
            } else if (optind <= args.size()) {
                sh.assign("OPTARG", args.get(optind - 1));
                optind++;
            } else {
                if (silent) {
                    sh.assign("OPTARG", String.valueOf(c));
                    sh.assign(var, ":");
                } else {
                    sh.error("option requires an argument -- " + c);
                    sh.vars.unset("OPTARG");
                    sh.assign(var, "?");
                }
                setOptind(sh, optind);
                return 0;
            }
        } else {
            sh.vars.unset("OPTARG");
        }
        sh.assign(var, String.valueOf(c));
        setOptind(sh, optind);
        return 0;
    }

    private static int finish(Shell sh, String var, int optind) {
        charIndex = 0;
        sh.assign(var, "?");
        setOptind(sh, optind);
        return 1;
    }
}
