/*
 * Every class exoc knows: the program's class path first, then the core library
 * (corelib/target/classes), which stands in for java.base. Classes are parsed with ASM on
 * first use. Synthetic classes (lambdas) are added by the lowering phase.
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

    /** Like find, but a missing class is an error naming who needed it. */
    public ClassInfo get(String internalName, String referencedBy) throws CompileError {
        ClassInfo ci = find(internalName);
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

    private boolean isCoreLibClass(String internalName) {
        for (Path dir : classPath) {
            if (Files.isRegularFile(dir.resolve(internalName + ".class"))) {
                return false;
            }
        }
        return true;
    }

    private ClassNode read(String internalName) throws CompileError {
        List<Path> roots = new ArrayList<>(classPath);
        roots.add(coreLib);
        for (Path dir : roots) {
            Path file = dir.resolve(internalName + ".class");
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    ClassNode node = new ClassNode();
                    new ClassReader(in).accept(node, 0);
                    return node;
                } catch (IOException e) {
                    throw new CompileError("cannot read class file " + file + ": " + e.getMessage(), e);
                } catch (RuntimeException e) {
                    // ASM throws index errors and IllegalArgumentException on bad bytes.
                    throw new CompileError("class file " + file + " is truncated or malformed (" + e + ")", e);
                }
            }
        }
        return null;
    }
}
