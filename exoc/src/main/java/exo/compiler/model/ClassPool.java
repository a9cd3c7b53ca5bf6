/*
 * Every class exoc knows: the program's class path first (directories and jar files), then
 * the core library (corelib/target/classes), which stands in for java.base. Classes are
 * parsed with ASM on first use. Synthetic classes (lambdas) are added by the lowering phase.
 */
package exo.compiler.model;

import exo.compiler.CompileError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

public final class ClassPool {
    private final List<Path> classPath;
    private final Path coreLib;
    private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
    private MissingReport report;

    public ClassPool(List<Path> classPath, Path coreLib) {
        this.classPath = new ArrayList<>(classPath);
        this.coreLib = coreLib;
    }

    /** The class with this internal name, or null if no class file has it. */
    public ClassInfo find(String internalName) throws CompileError {
        ClassInfo ci = classes.get(internalName);
        if (ci != null || classes.containsKey(internalName)) {
            return ci;
        }
        ClassNode node = read(internalName);
        ci = node == null ? null : new ClassInfo(this, node, isCoreLibClass(internalName));
        classes.put(internalName, ci);
        return ci;
    }

    /**
     * From now on, a missing class is recorded in report and stands as an empty placeholder
     * class, so that the analysis goes on and finds the other missing classes too.
     */
    public void collectMissing(MissingReport report) {
        this.report = report;
    }

    public MissingReport missingReport() {
        return report;
    }

    /** Like find, but a missing class is an error naming who needed it (or is recorded, see collectMissing). */
    public ClassInfo get(String internalName, String referencedBy) throws CompileError {
        ClassInfo ci = find(internalName);
        if (ci == null && report != null) {
            report.missingClass(internalName, referencedBy);
            ClassNode stub = new ClassNode();
            stub.name = internalName;
            stub.superName = "java/lang/Object";
            stub.access = org.objectweb.asm.Opcodes.ACC_PUBLIC;
            stub.version = org.objectweb.asm.Opcodes.V17;
            ci = new ClassInfo(this, stub, MissingReport.isJdkName(internalName));
            ci.missing = true;
            classes.put(internalName, ci);
            return ci;
        }
        if (ci == null) {
            throw new CompileError("missing class " + internalName.replace('/', '.')
                    + ", referenced by " + referencedBy
                    + (internalName.startsWith("java/") || internalName.startsWith("javax/") || internalName.startsWith("jdk/") || internalName.startsWith("sun/")
                        ? ": the Exo-OS core library does not provide it (not supported)" : ""));
        }
        return ci;
    }

    /** Is internalName a word type? False for unknown classes (reported where they are used). */
    public boolean isWord(String internalName) {
        try {
            ClassInfo c = internalName.startsWith("[") ? null : find(internalName);
            return c != null && c.isWord();
        } catch (CompileError e) {
            return false;
        }
    }

    /** Is t an object type whose class is a word type? */
    public boolean isWord(org.objectweb.asm.Type t) {
        return t.getSort() == org.objectweb.asm.Type.OBJECT && isWord(t.getInternalName());
    }

    public void addSynthetic(ClassNode node) {
        classes.put(node.name, new ClassInfo(this, node, false));
    }

    public Collection<ClassInfo> loaded() {
        List<ClassInfo> out = new ArrayList<>();
        for (ClassInfo ci : classes.values()) {
            if (ci != null) {
                out.add(ci);
            }
        }
        return out;
    }

    private final Map<Path, java.util.zip.ZipFile> jars = new java.util.HashMap<>();

    private java.util.zip.ZipFile jar(Path p) throws CompileError {
        java.util.zip.ZipFile z = jars.get(p);
        if (z == null) {
            try {
                z = new java.util.zip.ZipFile(p.toFile());
            } catch (IOException e) {
                throw new CompileError("cannot read jar " + p + ": " + e.getMessage(), e);
            }
            jars.put(p, z);
        }
        return z;
    }

    private boolean isCoreLibClass(String internalName) throws CompileError {
        for (Path entry : classPath) {
            if (Files.isRegularFile(entry) ? jar(entry).getEntry(internalName + ".class") != null
                    : Files.isRegularFile(entry.resolve(internalName + ".class"))) {
                return false;
            }
        }
        return true;
    }

    private ClassNode read(String internalName) throws CompileError {
        List<Path> roots = new ArrayList<>(classPath);
        roots.add(coreLib);
        for (Path entry : roots) {
            if (Files.isRegularFile(entry)) {
                java.util.zip.ZipFile z = jar(entry);
                java.util.zip.ZipEntry e = z.getEntry(internalName + ".class");
                if (e != null) {
                    try (InputStream in = z.getInputStream(e)) {
                        return parse(in, entry + "!" + e.getName());
                    } catch (IOException ex) {
                        throw new CompileError("cannot read " + e.getName() + " in " + entry + ": " + ex.getMessage(), ex);
                    }
                }
                continue;
            }
            Path file = entry.resolve(internalName + ".class");
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return parse(in, file.toString());
                } catch (IOException e) {
                    throw new CompileError("cannot read class file " + file + ": " + e.getMessage(), e);
                }
            }
        }
        return null;
    }

    private static ClassNode parse(InputStream in, String what) throws IOException, CompileError {
        try {
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, 0);
            return node;
        } catch (RuntimeException e) {
            // ASM throws index errors and IllegalArgumentException on bad bytes.
            throw new CompileError("class file " + what + " is truncated or malformed (" + e + ")", e);
        }
    }
}
