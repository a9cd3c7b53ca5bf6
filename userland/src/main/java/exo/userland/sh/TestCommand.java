/*
 * test and [ (XCU test): file tests through stat, string and integer comparisons, ! ( ) -a -o,
 * with POSIX's rules for 0 to 4 arguments and a recursive-descent parser beyond. Status 0
 * true, 1 false, 2 error.
 */
package exo.userland.sh;

import exo.sys.Stat;
import exo.sys.Sys;
import exo.sys.SysException;
import exo.sys.Tty;
import java.util.List;

final class TestCommand {
    private final Shell sh;
    private final List<String> args;
    private int pos;

    private TestCommand(Shell sh, List<String> args) {
        this.sh = sh;
        this.args = args;
    }

    static int run(Shell sh, List<String> a) {
        List<String> args = a.subList(1, a.size());
        if (a.get(0).equals("[")) {
            if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
                sh.error("[: missing `]'");
                return 2;
            }
            args = args.subList(0, args.size() - 1);
        }
        try {
            return new TestCommand(sh, args).evaluate() ? 0 : 1;
        } catch (IllegalArgumentException e) {
            sh.error(a.get(0) + ": " + e.getMessage());
            return 2;
        }
    }

    private boolean evaluate() {
        int n = args.size();
        switch (n) {
            case 0: return false;
            case 1: return !args.get(0).isEmpty();
            case 2:
                if (args.get(0).equals("!")) {
                    return args.get(1).isEmpty();
                }
                if (isUnary(args.get(0))) {
                    return unary(args.get(0), args.get(1));
                }
                break;
            case 3:
                if (isBinary(args.get(1))) {
                    return binary(args.get(0), args.get(1), args.get(2));
                }
                if (args.get(0).equals("!")) {
                    return !new TestCommand(sh, args.subList(1, 3)).evaluate();
                }
                if (args.get(0).equals("(") && args.get(2).equals(")")) {
                    return !args.get(1).isEmpty();
                }
                break;
            case 4:
                if (args.get(0).equals("!")) {
                    return !new TestCommand(sh, args.subList(1, 4)).evaluate();
                }
                if (args.get(0).equals("(") && args.get(3).equals(")")) {
                    return new TestCommand(sh, args.subList(1, 3)).evaluate();
                }
                break;
            default:
                break;
        }
        boolean v = or();
        if (pos < args.size()) {
            throw new IllegalArgumentException(args.get(pos) + ": unexpected argument");
        }
        return v;
    }

    private boolean or() {
        boolean v = and();
        while (pos < args.size() && args.get(pos).equals("-o")) {
            pos++;
            v |= and();
        }
        return v;
    }

    private boolean and() {
        boolean v = not();
        while (pos < args.size() && args.get(pos).equals("-a")) {
            pos++;
            v &= not();
        }
        return v;
    }

    private boolean not() {
        if (pos < args.size() && args.get(pos).equals("!")) {
            pos++;
            return !not();
        }
        return primary();
    }

    private boolean primary() {
        if (pos >= args.size()) {
            throw new IllegalArgumentException("argument expected");
        }
        String a = args.get(pos);
        if (a.equals("(")) {
            pos++;
            boolean v = or();
            if (pos >= args.size() || !args.get(pos).equals(")")) {
                throw new IllegalArgumentException("`)' expected");
            }
            pos++;
            return v;
        }
        if (pos + 2 < args.size() + 0 && isBinary(args.get(pos + 1))) {
            pos += 3;
            return binary(a, args.get(pos - 2), args.get(pos - 1));
        }
        if (isUnary(a) && pos + 1 < args.size()) {
            pos += 2;
            return unary(a, args.get(pos - 1));
        }
        pos++;
        return !a.isEmpty();
    }

    private static boolean isUnary(String op) {
        return op.length() == 2 && op.charAt(0) == '-' && "bcdefghknprstuwxzLSGO".indexOf(op.charAt(1)) >= 0;
    }

    private static boolean isBinary(String op) {
        switch (op) {
            case "=": case "==": case "!=": case "<": case ">": case "-eq": case "-ne": case "-lt": case "-le": case "-gt":
            case "-ge": case "-nt": case "-ot": case "-ef":
                return true;
            default:
                return false;
        }
    }

    private boolean unary(String op, String arg) {
        switch (op) {
            case "-n": return !arg.isEmpty();
            case "-z": return arg.isEmpty();
            case "-t":
                try {
                    return Tty.isatty(Integer.parseInt(arg.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(arg + ": integer expression expected");
                }
            case "-r": return !arg.isEmpty() && Sys.access(arg, Sys.R_OK);
            case "-w": return !arg.isEmpty() && Sys.access(arg, Sys.W_OK);
            case "-x": return !arg.isEmpty() && Sys.access(arg, Sys.X_OK);
            default: break;
        }
        Stat st = stat(arg, op.equals("-h") || op.equals("-L"));
        if (st == null) {
            return false;
        }
        switch (op) {
            case "-e": return true;
            case "-f": return st.isRegular();
            case "-d": return st.isDirectory();
            case "-b": return (st.mode & Stat.S_IFMT) == Stat.S_IFBLK;
            case "-c": return st.isCharDevice();
            case "-p": return st.isFifo();
            case "-S": return (st.mode & Stat.S_IFMT) == Stat.S_IFSOCK;
            case "-h": case "-L": return st.isSymlink();
            case "-s": return st.size > 0;
            case "-g": return (st.mode & 02000) != 0;
            case "-u": return (st.mode & 04000) != 0;
            case "-k": return (st.mode & 01000) != 0;
            case "-G": case "-O": return true;
            default: throw new IllegalArgumentException(op + ": unary operator expected");
        }
    }

    private static Stat stat(String path, boolean link) {
        if (path.isEmpty()) {
            return null;
        }
        try {
            return link ? Sys.lstat(path) : Sys.stat(path);
        } catch (SysException e) {
            return null;
        }
    }

    private boolean binary(String a, String op, String b) {
        switch (op) {
            case "=": case "==": return a.equals(b);
            case "!=": return !a.equals(b);
            case "<": return a.compareTo(b) < 0;
            case ">": return a.compareTo(b) > 0;
            case "-nt": case "-ot": {
                Stat x = stat(a, false), y = stat(b, false);
                long tx = x == null ? Long.MIN_VALUE : x.mtimeSec * 1_000_000_000L + x.mtimeNsec;
                long ty = y == null ? Long.MIN_VALUE : y.mtimeSec * 1_000_000_000L + y.mtimeNsec;
                return op.equals("-nt") ? (x != null && tx > ty) : (y != null && tx < ty);
            }
            case "-ef": {
                Stat x = stat(a, false), y = stat(b, false);
                return x != null && y != null && x.dev == y.dev && x.ino == y.ino;
            }
            default: break;
        }
        long x = integer(a), y = integer(b);
        switch (op) {
            case "-eq": return x == y;
            case "-ne": return x != y;
            case "-lt": return x < y;
            case "-le": return x <= y;
            case "-gt": return x > y;
            default: return x >= y;
        }
    }

    private static long integer(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(s + ": integer expression expected");
        }
    }
}
