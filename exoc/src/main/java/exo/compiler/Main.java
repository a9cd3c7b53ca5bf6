/*
 * exoc's command line: ./exo exoc --target linux --main pkg.Main -cp DIR[:DIR] -o FILE
 * [--heap 64m] [--debug]. Errors go to stderr with exit status 1 and leave no output file.
 */
package exo.compiler;

import java.io.File;
import java.nio.file.Path;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Exoc.Options o = new Exoc.Options();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--target": o.target = value(args, ++i, a); break;
                    case "--main": o.mainClass = value(args, ++i, a); break;
                    case "-cp": case "--class-path":
                        for (String p : value(args, ++i, a).split(File.pathSeparator)) {
                            o.classPath.add(Path.of(p));
                        }
                        break;
                    case "-o": o.output = Path.of(value(args, ++i, a)); break;
                    case "--heap": o.heapBytes = parseSize(value(args, ++i, a)); break;
                    case "--root": o.root = Path.of(value(args, ++i, a)); break;
                    case "--work-dir": o.workDir = Path.of(value(args, ++i, a)); break;
                    case "--debug": o.debug = true; break;
                    default: throw new CompileError("unknown option " + a);
                }
            }
            Exoc.compile(o);
        } catch (CompileError e) {
            System.err.println("exoc: error: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String value(String[] args, int i, String option) throws CompileError {
        if (i >= args.length) {
            throw new CompileError("option " + option + " needs a value");
        }
        return args[i];
    }

    static long parseSize(String s) throws CompileError {
        String t = s.trim().toLowerCase();
        long mult = 1;
        if (t.endsWith("k")) { mult = 1L << 10; t = t.substring(0, t.length() - 1); }
        else if (t.endsWith("m")) { mult = 1L << 20; t = t.substring(0, t.length() - 1); }
        else if (t.endsWith("g")) { mult = 1L << 30; t = t.substring(0, t.length() - 1); }
        try {
            long v = Long.parseLong(t) * mult;
            if (v < (1L << 20) || v > (64L << 30)) {
                throw new CompileError("heap size " + s + " out of range (1m..64g)");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CompileError("bad heap size '" + s + "' (use e.g. 64m)");
        }
    }
}
