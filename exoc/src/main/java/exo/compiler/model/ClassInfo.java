/*
 * A class or interface as exoc sees it: the ASM tree plus hierarchy links, field layout and
 * member lookup following the JVM's resolution rules (JVMS 5.4.3).
 */
package exo.compiler.model;

import exo.compiler.CompileError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

public final class ClassInfo {
    public static final int HEADER_BYTES = ObjectLayout.HEADER_BYTES;

    public final ClassPool pool;
    public final ClassNode node;
    public final String name;
    public final boolean coreLib;
    private final Map<String, MethodInfo> methods = new LinkedHashMap<>();
    private final Map<String, FieldInfo> fields = new LinkedHashMap<>();
    private ClassInfo superClass;
    private List<ClassInfo> interfaces;
    private int instanceSize = -1;
    private Boolean word;
    private Map<String, Object> constantStatics;
    private boolean constantInit;

    // Filled by later phases.
    public int id = -1;
    public int lastDescendantId = -1;
    public boolean instantiated;
    public boolean reachable;
    /** A placeholder for a class that is not on the class path (see MissingReport). */
    public boolean missing;
    public List<MethodInfo> vtable;
    public final List<ClassInfo> subclasses = new ArrayList<>();

    ClassInfo(ClassPool pool, ClassNode node, boolean coreLib) {
        this.pool = pool;
        this.node = node;
        this.name = node.name;
        this.coreLib = coreLib;
        for (MethodNode m : node.methods) {
            methods.put(m.name + m.desc, new MethodInfo(this, m));
        }
        for (FieldNode f : node.fields) {
            fields.put(f.name, new FieldInfo(this, f));
        }
    }

    /** Registers methods added to the class node after loading (lowering's helpers). */
    public void addedMethods() {
        for (MethodNode m : node.methods) {
            methods.computeIfAbsent(m.name + m.desc, k -> new MethodInfo(this, m));
        }
    }

    public String javaName() {
        return name.replace('/', '.');
    }

    public boolean isInterface() {
        return (node.access & Opcodes.ACC_INTERFACE) != 0;
    }

    public boolean isAbstract() {
        return (node.access & Opcodes.ACC_ABSTRACT) != 0;
    }

    public boolean hasAnnotation(String desc) {
        return Annotations.has(node.invisibleAnnotations, desc) || Annotations.has(node.visibleAnnotations, desc);
    }

    /** A word type (@exo.rt.Word): erased by exoc to a 64-bit value (docs/RUNTIME.md). */
    public boolean isWord() {
        if (word == null) {
            word = hasAnnotation(WordShape.ANNOTATION);
        }
        return word;
    }

    public ClassInfo superClass() throws CompileError {
        if (superClass == null && node.superName != null) {
            superClass = pool.get(node.superName, "class " + javaName() + " (as its superclass)");
        }
        return superClass;
    }

    public List<ClassInfo> interfaces() throws CompileError {
        if (interfaces == null) {
            List<ClassInfo> list = new ArrayList<>();
            for (String i : node.interfaces) {
                list.add(pool.get(i, "class " + javaName() + " (as an interface it implements)"));
            }
            interfaces = list;
        }
        return interfaces;
    }

    /** All superinterfaces, transitively, including those of superclasses. */
    public Set<ClassInfo> allInterfaces() throws CompileError {
        Set<ClassInfo> out = new LinkedHashSet<>();
        for (ClassInfo c = this; c != null; c = c.superClass()) {
            for (ClassInfo i : c.interfaces()) {
                addInterface(i, out);
            }
        }
        return out;
    }

    private static void addInterface(ClassInfo i, Set<ClassInfo> out) throws CompileError {
        if (out.add(i)) {
            for (ClassInfo s : i.interfaces()) {
                addInterface(s, out);
            }
        }
    }

    public boolean isSubclassOf(ClassInfo other) throws CompileError {
        for (ClassInfo c = this; c != null; c = c.superClass()) {
            if (c == other) {
                return true;
            }
        }
        return other.isInterface() && allInterfaces().contains(other);
    }

    public MethodInfo declaredMethod(String key) {
        return methods.get(key);
    }

    public Iterable<MethodInfo> declaredMethods() {
        return methods.values();
    }

    public Iterable<FieldInfo> declaredFields() {
        return fields.values();
    }

    public FieldInfo declaredField(String fieldName) {
        return fields.get(fieldName);
    }

    /** Field resolution (JVMS 5.4.3.2): this class, its superinterfaces, then its superclass. */
    public FieldInfo resolveField(String fieldName) throws CompileError {
        FieldInfo f = fields.get(fieldName);
        if (f != null) {
            return f;
        }
        for (ClassInfo i : interfaces()) {
            f = i.resolveField(fieldName);
            if (f != null) {
                return f;
            }
        }
        return superClass() == null ? null : superClass().resolveField(fieldName);
    }

    /**
     * Method resolution (JVMS 5.4.3.3/5.4.3.4): the class and its superclasses, then the
     * maximally specific superinterface method (a default method wins over an abstract one).
     */
    public MethodInfo resolveMethod(String key) throws CompileError {
        for (ClassInfo c = this; c != null; c = c.superClass()) {
            MethodInfo m = c.methods.get(key);
            if (m != null) {
                return m;
            }
        }
        return resolveInterfaceMethod(key);
    }

    private MethodInfo resolveInterfaceMethod(String key) throws CompileError {
        MethodInfo best = null;
        for (ClassInfo i : allInterfaces()) {
            MethodInfo m = i.methods.get(key);
            if (m == null || m.isStatic() || m.isPrivate()) {
                continue;
            }
            if (best == null || (best.isAbstract() && !m.isAbstract())
                    || (!m.isAbstract() && !best.isAbstract() && i.isSubclassOf(best.owner))) {
                best = m;
            }
        }
        if (best == null && isInterface()) {
            // Interfaces inherit Object's public methods (JVMS 5.4.3.4).
            MethodInfo m = pool.get("java/lang/Object", javaName()).methods.get(key);
            if (m != null && !m.isStatic() && (m.node.access & Opcodes.ACC_PUBLIC) != 0) {
                return m;
            }
        }
        return best;
    }

    /**
     * The method that runs for invokevirtual/invokeinterface of key on an instance of this
     * (concrete) class (JVMS 5.4.6 selection), or null if none (AbstractMethodError).
     */
    public MethodInfo selectMethod(String key) throws CompileError {
        for (ClassInfo c = this; c != null; c = c.superClass()) {
            MethodInfo m = c.methods.get(key);
            if (m != null && !m.isStatic()) {
                return m.isAbstract() ? null : m;
            }
        }
        MethodInfo m = resolveInterfaceMethod(key);
        return m == null || m.isAbstract() ? null : m;
    }

    /**
     * Does using this class run a static initialiser (its own or a superclass's)? One that
     * only stores constants into the class's own fields does not count: exoc evaluates it
     * (ConstantInit, constantStatics).
     */
    public boolean hasStaticInit() throws CompileError {
        for (ClassInfo k = this; k != null; k = k.isInterface() ? null : k.superClass()) {
            if (k.declaredMethod("<clinit>()V") != null && k.constantStatics() == null) {
                return true;
            }
        }
        return false;
    }

    /** The static field values of a constant initialiser (see ConstantInit), else null. */
    public Map<String, Object> constantStatics() {
        if (constantStatics == null) {
            Map<String, Object> values = ConstantInit.valuesOf(this);
            constantStatics = values == null ? Map.of() : values;
            constantInit = values != null;
        }
        return constantInit ? constantStatics : null;
    }

    /**
     * Must code of class 'from' check that this class is initialised before using it?
     * Not when from is this class or a subclass: its code runs only once this class's
     * initialisation has started (JVMS 5.5).
     */
    public boolean needsInitCheckFrom(ClassInfo from) throws CompileError {
        if (!hasStaticInit()) {
            return false;
        }
        for (ClassInfo k = from; k != null; k = k.superClass()) {
            if (k == this) {
                return false;
            }
        }
        return true;
    }

    /** Instance size in bytes (header included), laying out fields on first use. */
    public int instanceSize() throws CompileError {
        if (instanceSize < 0) {
            layoutFields();
        }
        return instanceSize;
    }

    // Fields of a class follow those of its superclass; within a class, larger fields first
    // so that each is naturally aligned with no padding between them.
    private void layoutFields() throws CompileError {
        int offset = superClass() == null ? HEADER_BYTES : superClass().instanceSize();
        List<FieldInfo> own = new ArrayList<>();
        for (FieldInfo f : fields.values()) {
            if (!f.isStatic()) {
                own.add(f);
            }
        }
        own.sort(Comparator.comparingInt(FieldInfo::size).reversed());
        for (FieldInfo f : own) {
            int size = f.size();
            offset = (offset + size - 1) / size * size;
            f.offset = offset;
            offset += size;
        }
        instanceSize = (offset + 7) & ~7;
    }

    /** Offsets of reference fields, including inherited ones, for the GC. */
    public List<Integer> referenceOffsets() throws CompileError {
        List<Integer> out = superClass() == null ? new ArrayList<>() : superClass().referenceOffsets();
        instanceSize();
        for (FieldInfo f : fields.values()) {
            if (!f.isStatic() && f.isReference()) {
                out.add(f.offset);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return javaName();
    }
}
