/*
 * The read builtin: one line from standard input (byte by byte, so a pipe is not read past
 * the line), split on IFS into the named variables, the last taking the rest. -r keeps
 * backslashes, -p prints a prompt, -d sets the delimiter. Status 1 at end of file.
 */
package exo.userland.sh;

import exo.sys.Sys;
import exo.sys.SysException;
import java.util.ArrayList;
import java.util.List;

final class ReadCommand {
    private ReadCommand() {}

    static int run(Shell sh, List<String> a) {
        boolean raw = false;
        char delim = '\n';
        int i = 1;
        for (; i < a.size() && a.get(i).startsWith("-") && a.get(i).length() > 1; i++) {
            String o = a.get(i);
            if (o.equals("--")) {
                i++;
                break;
            } else if (o.equals("-r")) {
                raw = true;
            } else if (o.equals("-p") && i + 1 < a.size()) {
                sh.err.print(a.get(++i)).flush();
            } else if (o.equals("-d") && i + 1 < a.size()) {
                String d = a.get(++i);
                delim = d.isEmpty() ? '\0' : d.charAt(0);
            } else {
                return Builtins.usage(sh, "read", o + ": invalid option");
            }
        }
        List<String> names = new ArrayList<>(a.subList(i, a.size()));
        if (names.isEmpty()) {
            names.add("REPLY");
        }
        for (String n : names) {
            if (!Shell.isName(n)) {
                sh.error("read: `" + n + "': not a valid identifier");
                return 2;
            }
        }
        StringBuilder line = new StringBuilder();
        StringBuilder literal = new StringBuilder();   // '1' where the char was escaped
        boolean eof = readLine(sh, raw, delim, line, literal);
        assign(sh, names, line.toString(), literal.toString());
        return eof ? 1 : 0;
    }

    /** Reads up to delim; returns true at end of file. */
    private static boolean readLine(Shell sh, boolean raw, char delim, StringBuilder line, StringBuilder literal) {
        byte[] b = new byte[1];
        boolean escaped = false;
        while (true) {
            int n;
            try {
                n = Sys.read(0, b, 0, 1);
            } catch (SysException e) {
                sh.error("read: " + e.reason());
                return true;
            }
            if (n <= 0) {
                return true;
            }
            char c = (char) (b[0] & 0xFF);
            if (escaped) {
                escaped = false;
                if (c != '\n') {
                    line.append(c);
                    literal.append('1');
                }
                continue;
            }
            if (c == '\\' && !raw) {
                escaped = true;
                continue;
            }
            if (c == delim) {
                return false;
            }
            line.append(c);
            literal.append('0');
        }
    }

    private static void assign(Shell sh, List<String> names, String s, String literal) {
        String ifs = sh.vars.get("IFS");
        if (ifs == null) {
            ifs = " \t\n";
        }
        int pos = skipWhite(s, literal, 0, ifs);
        for (int k = 0; k < names.size(); k++) {
            if (k == names.size() - 1) {
                int end = s.length();
                while (end > pos && literal.charAt(end - 1) == '0' && isWhite(s.charAt(end - 1), ifs)) {
                    end--;
                }
                String rest = s.substring(pos, end);
                // a single trailing non-white IFS delimiter is dropped too
                if (end > pos && literal.charAt(end - 1) == '0' && ifs.indexOf(s.charAt(end - 1)) >= 0 && !isWhite(s.charAt(end - 1), ifs)
                        && !containsDelimiter(s, literal, pos, end - 1, ifs)) {
                    rest = s.substring(pos, end - 1);
                }
                sh.assign(names.get(k), rest);
                return;
            }
            int start = pos;
            while (pos < s.length() && !(literal.charAt(pos) == '0' && ifs.indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            sh.assign(names.get(k), s.substring(start, pos));
            if (pos < s.length()) {
                boolean white = isWhite(s.charAt(pos), ifs);
                pos = skipWhite(s, literal, pos + (white ? 0 : 1), ifs);
                if (white && pos < s.length() && literal.charAt(pos) == '0' && ifs.indexOf(s.charAt(pos)) >= 0) {
                    pos = skipWhite(s, literal, pos + 1, ifs);
                }
            }
        }
    }

    private static boolean containsDelimiter(String s, String literal, int from, int to, String ifs) {
        for (int i = from; i < to; i++) {
            if (literal.charAt(i) == '0' && ifs.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWhite(char c, String ifs) {
        return (c == ' ' || c == '\t' || c == '\n') && ifs.indexOf(c) >= 0;
    }

    private static int skipWhite(String s, String literal, int i, String ifs) {
        while (i < s.length() && literal.charAt(i) == '0' && isWhite(s.charAt(i), ifs)) {
            i++;
        }
        return i;
    }
}
