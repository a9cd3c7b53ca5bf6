/*
 * exoc's command line (./exo exoc ...): options into Exoc.Options, --help, and the defaults a
 * new user expects: relative paths against the current directory, jars on the class path,
 * the main class from a jar's manifest, the output named after the program. Errors go to
 * stderr with exit status 1 and leave no output file.
 */
package exo.compiler;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

public final class Main {
    private Main() {}

    static final String USAGE = String.join("\n",
            "usage: exoc [options] --main pkg.Main -cp PATH [-o FILE]",
            "       exoc [options] --jar app.jar [-o FILE]",
            "Compiles Java class files ahead of time into a static Linux executable (or a kernel object).",
            "  --main CLASS            the class whose main(String[]) runs (default: the Main-Class of a",
            "                          jar's manifest)",
            "  -cp, --class-path PATH  class directories and jar files, separated by ':'",
            "  --jar FILE              adds FILE to the class path and takes --main from its manifest",
            "  -o FILE                 the executable to write (default: the jar's name without .jar, or",
            "                          the main class's simple name in lower case)",
            "  --target linux|kernel   what to build (default linux)",
            "  --heap SIZE             the largest Java heap, e.g. 64m or 2g (default 256m)",
            "  --heap-at ADDR          kernel target: the heap is the window [ADDR, ADDR+SIZE) of the",
            "                          kernel's address space, backed on demand, not .bss (hex)",
            "  --work-dir DIR          keep the generated C in DIR (default: a temporary directory,",
            "                          removed after a successful build)",
            "  --debug                 keep symbols and debug information (gcc -g)",
            "  --root DIR              the Exo-OS checkout holding corelib/ (./exo sets it)",
            "  -h, --help              print this text",
            "Relative paths are taken from the current directory.");

    public static void main(String[] args) {
        Exoc.Options o = new Exoc.Options();
        try {
            Path jar = null;
            if (args.length == 0) {
                throw new CompileError("no input\n" + USAGE);
            }
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h": case "--help":
                        System.out.println(USAGE);
                        return;
                    case "--target": o.target = value(args, ++i, a); break;
                    case "--main": o.mainClass = value(args, ++i, a); break;
                    case "-cp": case "--class-path": case "-classpath":
                        for (String p : value(args, ++i, a).split(File.pathSeparator)) {
                            if (!p.isEmpty()) {
                                o.classPath.add(Path.of(p));
                            }
                        }
                        break;
                    case "--jar": case "-jar":
                        jar = Path.of(value(args, ++i, a));
                        o.classPath.add(0, jar);
                        break;
                    case "-o": o.output = Path.of(value(args, ++i, a)); break;
                    case "--heap": o.heapBytes = parseSize(value(args, ++i, a)); break;
                    case "--heap-at": o.heapAt = parseAddress(value(args, ++i, a)); break;
                    case "--root": o.root = Path.of(value(args, ++i, a)); break;
                    case "--work-dir": o.workDir = Path.of(value(args, ++i, a)); break;
                    case "--debug": o.debug = true; break;
                    default: throw new CompileError("unknown option " + a + " (see exoc --help)");
                }
            }
            defaults(o, jar);
            Exoc.compile(o);
        } catch (CompileError e) {
            System.err.println("exoc: error: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The main class from a jar's manifest and the output name, when not given. */
    static void defaults(Exoc.Options o, Path jar) throws CompileError {
        for (Path p : o.classPath) {
            if (!Files.exists(p)) {
                throw new CompileError("class path entry " + p + " does not exist (in " + Path.of("").toAbsolutePath() + ")");
            }
        }
        if (o.mainClass == null) {
            for (Path p : o.classPath) {
                String main = manifestMain(p);
                if (main != null) {
                    o.mainClass = main;
                    break;
                }
            }
            if (o.mainClass == null) {
                throw new CompileError(jar != null ? "jar " + jar + " has no Main-Class in its manifest; give --main"
                        : "no main class: give --main pkg.Main (or --jar with a Main-Class manifest)\n" + USAGE);
            }
        }
        if (o.classPath.isEmpty()) {
            throw new CompileError("no class path: give -cp DIR or --jar FILE");
        }
        if (o.output == null) {
            String name = jar != null ? jar.getFileName().toString().replaceFirst("\\.jar$", "")
                    : o.mainClass.substring(o.mainClass.lastIndexOf('.') + 1).toLowerCase();
            o.output = Path.of(name);
        }
    }

    private static String manifestMain(Path p) throws CompileError {
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try (JarFile jf = new JarFile(p.toFile())) {
            Manifest m = jf.getManifest();
            return m == null ? null : m.getMainAttributes().getValue("Main-Class");
        } catch (IOException e) {
            throw new CompileError("cannot read jar " + p + ": " + e.getMessage(), e);
        }
    }

    private static String value(String[] args, int i, String option) throws CompileError {
        if (i >= args.length) {
            throw new CompileError("option " + option + " needs a value");
        }
        return args[i];
    }

    /** A hexadecimal address (0x optional), e.g. 0xFFFFFFFFC0000000. */
    static long parseAddress(String s) throws CompileError {
        String t = s.trim().toLowerCase();
        if (t.startsWith("0x")) {
            t = t.substring(2);
        }
        try {
            return Long.parseUnsignedLong(t, 16);
        } catch (NumberFormatException e) {
            throw new CompileError("bad address '" + s + "' (use hexadecimal, e.g. 0xFFFFFFFFC0000000)");
        }
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
