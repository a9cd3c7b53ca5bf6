/*
 * The printf builtin (XCU printf): the format's escapes and conversions %s %b %c %d %i %u %o
 * %x %X %e %f %g %% with flags, width and precision (also from * arguments), reused until
 * the arguments run out; numeric arguments may be 'c (a character's code). Also the escape
 * handling that `echo -e` shares.
 */
package exo.userland.sh;

import java.util.List;

final class Printf {
    private final Shell sh;
    private final List<String> args;
    private int next;
    private int status;

    private Printf(Shell sh, List<String> args) {
        this.sh = sh;
        this.args = args;
    }

    static int run(Shell sh, List<String> a) {
        int i = 1;
        if (i < a.size() && a.get(i).equals("--")) {
            i++;
        }
        if (i >= a.size()) {
            return Builtins.usage(sh, "printf", "usage: printf format [arguments]");
        }
        Printf p = new Printf(sh, a.subList(i + 1, a.size()));
        StringBuilder out = new StringBuilder();
        String format = a.get(i);
        do {
            if (p.once(format, out)) {
                break;
            }
        } while (p.next < p.args.size() && p.next > 0);
        sh.out.print(out.toString());
        return p.status;
    }

    /** Formats once; true when \c (or %b's \c) stopped all output. */
    private boolean once(String f, StringBuilder out) {
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (c == '\\') {
                int end = escape(f, i, out, false);
                if (end < 0) {
                    return true;
                }
                i = end;
            } else if (c == '%') {
                i = conversion(f, i, out);
                if (i < 0) {
                    return true;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return false;
    }

    private String nextArg() {
        return next < args.size() ? args.get(next++) : null;
    }

    private int conversion(String f, int i, StringBuilder out) {
        int start = i++;
        if (i < f.length() && f.charAt(i) == '%') {
            out.append('%');
            return i + 1;
        }
        StringBuilder flags = new StringBuilder();
        while (i < f.length() && "-+ #0".indexOf(f.charAt(i)) >= 0) {
            flags.append(f.charAt(i++));
        }
        int width = -1;
        if (i < f.length() && f.charAt(i) == '*') {
            width = (int) number(nextArg());
            if (width < 0) {
                flags.append('-');
                width = -width;
            }
            i++;
        } else {
            int w = 0;
            boolean any = false;
            while (i < f.length() && Character.isDigit(f.charAt(i))) {
                w = w * 10 + (f.charAt(i++) - '0');
                any = true;
            }
            width = any ? w : -1;
        }
        int precision = -1;
        if (i < f.length() && f.charAt(i) == '.') {
            i++;
            if (i < f.length() && f.charAt(i) == '*') {
                precision = (int) number(nextArg());
                i++;
            } else {
                int p = 0;
                while (i < f.length() && Character.isDigit(f.charAt(i))) {
                    p = p * 10 + (f.charAt(i++) - '0');
                }
                precision = p;
            }
        }
        while (i < f.length() && "hlLqjzt".indexOf(f.charAt(i)) >= 0) {
            i++;   // length modifiers mean nothing here
        }
        if (i >= f.length()) {
            sh.error("printf: " + f.substring(start) + ": invalid format");
            status = 1;
            out.append(f, start, f.length());
            return f.length();
        }
        char conv = f.charAt(i++);
        String fl = flags.toString();
        String body;
        switch (conv) {
            case 's': {
                String s = nextArg();
                s = s == null ? "" : s;
                body = precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
                break;
            }
            case 'b': {
                String s = nextArg();
                StringBuilder sb = new StringBuilder();
                boolean stop = escapes(s == null ? "" : s, sb, false);
                body = precision >= 0 && precision < sb.length() ? sb.substring(0, precision) : sb.toString();
                if (stop) {
                    out.append(pad(body, width, fl, false));
                    return -1;
                }
                break;
            }
            case 'c': {
                String s = nextArg();
                body = s == null || s.isEmpty() ? "" : s.substring(0, 1);
                break;
            }
            case 'd': case 'i': body = integer(number(nextArg()), 10, fl, precision, false); break;
            case 'u': body = Long.toUnsignedString(number(nextArg())); break;
            case 'o': body = integer(number(nextArg()), 8, fl, precision, false); break;
            case 'x': body = integer(number(nextArg()), 16, fl, precision, false); break;
            case 'X': body = integer(number(nextArg()), 16, fl, precision, true); break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                String s = nextArg();
                double d;
                try {
                    d = s == null ? 0 : Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    sh.error("printf: " + s + ": invalid number");
                    status = 1;
                    d = 0;
                }
                body = String.format("%" + fl.replace("0", "") + (precision >= 0 ? "." + precision : "") + conv, d);
                break;
            }
            default:
                sh.error("printf: %" + conv + ": invalid directive");
                status = 1;
                return i;
        }
        boolean numeric = "diouxXeEfFgG".indexOf(conv) >= 0;
        out.append(pad(body, width, fl, numeric && precision < 0 || "eEfFgG".indexOf(conv) >= 0));
        return i;
    }

    private static String integer(long v, int radix, String flags, int precision, boolean upper) {
        boolean neg = v < 0 && radix == 10;
        String digits = radix == 10 ? Long.toString(Math.abs(v)) : radix == 16 ? Long.toHexString(v) : Long.toOctalString(v);
        if (v == Long.MIN_VALUE && radix == 10) {
            digits = "9223372036854775808";
        }
        if (upper) {
            digits = digits.toUpperCase();
        }
        while (precision >= 0 && digits.length() < precision) {
            digits = "0" + digits;
        }
        if (precision == 0 && v == 0) {
            digits = "";
        }
        if (flags.indexOf('#') >= 0 && v != 0) {
            digits = (radix == 16 ? (upper ? "0X" : "0x") : radix == 8 && !digits.startsWith("0") ? "0" : "") + digits;
        }
        String sign = neg ? "-" : flags.indexOf('+') >= 0 && radix == 10 ? "+" : flags.indexOf(' ') >= 0 && radix == 10 ? " " : "";
        return sign + digits;
    }

    private static String pad(String s, int width, String flags, boolean zeroOk) {
        if (width < 0 || s.length() >= width) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int fill = width - s.length();
        if (flags.indexOf('-') >= 0) {
            sb.append(s);
            sb.append(" ".repeat(fill));
        } else if (flags.indexOf('0') >= 0 && zeroOk) {
            int signLen = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == ' ') ? 1 : 0;
            if (s.startsWith("0x") || s.startsWith("0X")) {
                signLen = 2;
            }
            sb.append(s, 0, signLen).append("0".repeat(fill)).append(s.substring(signLen));
        } else {
            sb.append(" ".repeat(fill)).append(s);
        }
        return sb.toString();
    }

    /** A numeric argument: decimal, 0octal, 0xhex, or 'c / "c for a character's code. */
    private long number(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        if (s.charAt(0) == '\'' || s.charAt(0) == '"') {
            return s.length() > 1 ? s.charAt(1) : 0;
        }
        String t = s.trim();
        boolean neg = t.startsWith("-");
        String d = neg || t.startsWith("+") ? t.substring(1) : t;
        try {
            long v = d.startsWith("0x") || d.startsWith("0X") ? Long.parseUnsignedLong(d.substring(2), 16)
                    : d.length() > 1 && d.startsWith("0") ? Long.parseLong(d.substring(1), 8) : Long.parseLong(d);
            return neg ? -v : v;
        } catch (NumberFormatException e) {
            sh.error("printf: " + s + ": invalid number");
            status = 1;
            long v = 0;
            for (int i = 0; i < d.length() && Character.isDigit(d.charAt(i)); i++) {
                v = v * 10 + (d.charAt(i) - '0');
            }
            return neg ? -v : v;
        }
    }

    /** Appends s with its backslash escapes interpreted; true when \c ends the output. */
    static boolean escapes(String s, StringBuilder out, boolean echoStyle) {
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) == '\\') {
                int end = escape(s, i, out, true);
                if (end < 0) {
                    return true;
                }
                i = end;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return false;
    }

    /**
     * One escape at s[i] == '\\'; returns the index after it, or -1 for \c. inArgument: %b and
     * echo -e (\0NNN octal); in a format, \NNN.
     */
    private static int escape(String s, int i, StringBuilder out, boolean inArgument) {
        if (i + 1 >= s.length()) {
            out.append('\\');
            return i + 1;
        }
        char c = s.charAt(i + 1);
        switch (c) {
            case 'a': out.append('\007'); return i + 2;
            case 'b': out.append('\b'); return i + 2;
            case 'c': return -1;
            case 'e': case 'E': out.append('\033'); return i + 2;
            case 'f': out.append('\f'); return i + 2;
            case 'n': out.append('\n'); return i + 2;
            case 'r': out.append('\r'); return i + 2;
            case 't': out.append('\t'); return i + 2;
            case 'v': out.append('\013'); return i + 2;
            case '\\': out.append('\\'); return i + 2;
            case '\'': out.append('\''); return i + 2;
            case '"': out.append('"'); return i + 2;
            case 'x': {
                int j = i + 2, v = 0;
                while (j < s.length() && j < i + 4 && Character.digit(s.charAt(j), 16) >= 0) {
                    v = v * 16 + Character.digit(s.charAt(j++), 16);
                }
                if (j == i + 2) {
                    out.append("\\x");
                    return j;
                }
                out.append((char) v);
                return j;
            }
            default:
                break;
        }
        if (c >= '0' && c <= '7') {
            int j = i + 1, v = 0;
            int max = inArgument && c == '0' ? 4 : 3;
            while (j < s.length() && j < i + 1 + max && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                v = v * 8 + (s.charAt(j++) - '0');
            }
            out.append((char) (v & 0xFF));
            return j;
        }
        out.append('\\').append(c);
        return i + 2;
    }
}
