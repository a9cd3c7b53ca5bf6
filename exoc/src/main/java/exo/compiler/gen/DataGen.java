/*
 * The program's static data in C: class descriptors (struct exo_class in exo.h) and the
 * java.lang.Class objects that go with them, string literals as ready-made String objects
 * (one per distinct literal, which gives literals their identity), static fields, and the
 * table of static reference fields that the GC scans as roots.
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import exo.compiler.analysis.Reachability;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import exo.compiler.model.FieldInfo;
import exo.compiler.model.MethodInfo;
import exo.compiler.model.ObjectLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

final class DataGen {
    private final CProgram prog;
    private final ClassPool pool;
    private final Reachability rta;
    private final List<String> staticRoots = new ArrayList<>();
    private int nextArrayId = 1_000_000;

    DataGen(CProgram prog, ClassPool pool, Reachability rta) {
        this.prog = prog;
        this.pool = pool;
        this.rta = rta;
    }

    String declarations(Set<String> types, Collection<String> stringNames) {
        StringBuilder b = new StringBuilder();
        for (String t : types) {
            b.append("static exo_class ").append(Names.classDesc(t)).append(";\n");
            b.append("static exo_class_object ").append(Names.classObject(t)).append(";\n");
        }
        for (String s : stringNames) {
            b.append("static exo_string ").append(s).append(";\n");
        }
        return b.append('\n').toString();
    }

    String strings(Map<String, String> strings) {
        StringBuilder b = new StringBuilder();
        String charArray = Names.classDesc("[C");
        for (Map.Entry<String, String> e : strings.entrySet()) {
            String s = e.getKey();
            String name = e.getValue();
            b.append("static struct { exo_obj h; jint length; uint16_t d[").append(Math.max(1, s.length()))
                    .append("]; } CH").append(name.substring(3)).append(" = { EXO_HEADER_INIT(&").append(charArray).append("), ")
                    .append(s.length()).append(", { ");
            for (int i = 0; i < s.length(); i++) {
                b.append((int) s.charAt(i)).append(i + 1 < s.length() ? "," : "");
            }
            b.append(s.isEmpty() ? "0" : "").append(" } };\n");
            b.append("static exo_string ").append(name).append(" = { EXO_HEADER_INIT(&").append(Names.classDesc("java/lang/String"))
                    .append("), (jobj)&CH").append(name.substring(3)).append(", 0, 0 };\n");
        }
        return b.append('\n').toString();
    }

    /** Descriptors and Class objects for every type; registers class names as strings. */
    String descriptors(Set<String> types) throws CompileError {
        checkCoreLayouts();
        StringBuilder b = new StringBuilder();
        for (String t : new ArrayList<>(types)) {
            if (t.startsWith("[")) {
                arrayDescriptor(b, t, types);
            } else if (t.startsWith("#")) {
                primitiveDescriptor(b, t);
            } else {
                classDescriptor(b, pool.get(t, "exoc"), types);
            }
        }
        return b.toString();
    }

    private void checkCoreLayouts() throws CompileError {
        ClassInfo string = pool.get("java/lang/String", "exoc");
        ClassInfo cls = pool.get("java/lang/Class", "exoc");
        string.instanceSize();
        cls.instanceSize();
        // exo_string and exo_class_object in exo.h: the header, then two 8-byte fields (String's
        // hash is 4 bytes, padded).
        int h = ObjectLayout.HEADER_BYTES;
        if (offset(string, "value") != h || offset(string, "hash") != h + 8 || string.instanceSize() != h + 16
                || offset(cls, "vmClass") != h || offset(cls, "name") != h + 8 || cls.instanceSize() != h + 16) {
            throw new CompileError("core library: java.lang.String or java.lang.Class does not have the layout of docs/RUNTIME.md");
        }
    }

    private static int offset(ClassInfo c, String field) {
        FieldInfo f = c.declaredField(field);
        return f == null ? -1 : f.offset;
    }

    private void classObject(StringBuilder b, String t, String javaName) {
        b.append("static exo_class_object ").append(Names.classObject(t)).append(" = { EXO_HEADER_INIT(&")
                .append(Names.classDesc("java/lang/Class")).append("), (jlong)(uintptr_t)&")
                .append(Names.classDesc(t)).append(", (jobj)&").append(prog.stringLiteral(javaName)).append(" };\n");
    }

    private String arrayClassRef(String elementType, Set<String> types) {
        String arr = elementType.startsWith("#") ? "[" + elementType.substring(1)
                : elementType.startsWith("[") ? "[" + elementType : "[L" + elementType + ";";
        return types.contains(arr) ? "&" + Names.classDesc(arr) : "0";
    }

    private void classDescriptor(StringBuilder b, ClassInfo c, Set<String> types) throws CompileError {
        classObject(b, c.name, c.javaName());
        int flags = (c.isInterface() ? 0x04 : 0) | (c.isAbstract() ? 0x10 : 0) | (c.coreLib ? 0x40 : 0);
        ClassInfo cloneable = pool.find("java/lang/Cloneable");
        if (cloneable != null && c.isSubclassOf(cloneable)) {
            flags |= 0x20;
        }
        String refs = "0";
        if (!c.isInterface()) {
            List<Integer> offs = c.referenceOffsets();
            if (!offs.isEmpty()) {
                refs = "RO_" + Names.mangle(c.name);
                b.append("static const jint ").append(refs).append("[] = { ");
                for (int o : offs) {
                    b.append(o).append(", ");
                }
                b.append("-1 };\n");
            }
        }
        List<ClassInfo> itfs = new ArrayList<>();
        for (ClassInfo i : c.allInterfaces()) {
            if (i.reachable) {
                itfs.add(i);
            }
        }
        String itfTable = "0";
        if (!itfs.isEmpty()) {
            itfTable = "IT_" + Names.mangle(c.name);
            b.append("static const exo_class *const ").append(itfTable).append("[] = { ");
            for (ClassInfo i : itfs) {
                b.append('&').append(prog.classDescFor(i.name)).append(", ");
            }
            b.append("};\n");
        }
        String enumValues = "0";
        if ("java/lang/Enum".equals(c.node.superName)) {
            MethodInfo values = c.declaredMethod("values()[L" + c.name + ";");
            if (values != null && rta.methods().contains(values)) {
                enumValues = "ENUMV_" + Names.mangle(c.name);
                b.append("static jobj ").append(enumValues).append("(void) { ");
                if (prog.hasInit(c)) {
                    b.append(prog.initFunction(c)).append("(); if (exo_pending) return 0; ");
                }
                b.append("return ").append(prog.methodName(values)).append("(); }\n");
            }
        }
        ClassInfo sup = c.isInterface() ? null : c.superClass();
        b.append("static exo_class ").append(Names.classDesc(c.name)).append(" = { (jobj)&").append(Names.classObject(c.name))
                .append(", ").append(sup == null ? "0" : "&" + Names.classDesc(sup.name))
                .append(", 0, ").append(arrayClassRef(c.name, types)).append(", ").append(refs).append(", ")
                .append(c.isInterface() ? 0 : c.instanceSize()).append(", 0, ").append(flags).append(", ")
                .append(c.id).append(", ").append(c.lastDescendantId).append(", ").append(itfs.size()).append(", ")
                .append(itfTable).append(", ").append(enumValues).append(", { ");
        if (c.vtable != null) {
            for (MethodInfo m : c.vtable) {
                b.append(m == null ? "0" : "(void *)" + prog.methodName(m)).append(", ");
            }
        }
        b.append("} };\n");
        staticFieldsOf(c);
    }

    private void arrayDescriptor(StringBuilder b, String t, Set<String> types) throws CompileError {
        Type type = Type.getType(t);
        Type elem = Type.getType(t.substring(1));
        boolean refs = elem.getSort() == Type.OBJECT || elem.getSort() == Type.ARRAY;
        String comp = elem.getSort() == Type.OBJECT ? elem.getInternalName() : elem.getSort() == Type.ARRAY ? elem.getDescriptor() : "#" + elem.getDescriptor();
        classObject(b, t, t.replace('/', '.'));
        List<String> itfs = new ArrayList<>();
        for (String i : new String[] {"java/lang/Cloneable", "java/io/Serializable"}) {
            ClassInfo ci = pool.find(i);
            if (ci != null && ci.reachable) {
                itfs.add("&" + prog.classDescFor(i));
            }
        }
        String itfTable = "0";
        if (!itfs.isEmpty()) {
            itfTable = "IT_" + Names.mangle(t);
            b.append("static const exo_class *const ").append(itfTable).append("[] = { ").append(String.join(", ", itfs)).append(" };\n");
        }
        ClassInfo object = pool.get("java/lang/Object", "exoc");
        int id = nextArrayId++;
        b.append("static exo_class ").append(Names.classDesc(t)).append(" = { (jobj)&").append(Names.classObject(t))
                .append(", &").append(Names.classDesc("java/lang/Object")).append(", &").append(Names.classDesc(comp))
                .append(", ").append(arrayClassRef(t, types)).append(", 0, 0, ").append(FieldInfo.sizeOf(elem)).append(", ")
                .append(0x01 | 0x20 | (refs ? 0x02 : 0)).append(", ").append(id).append(", ").append(id).append(", ")
                .append(itfs.size()).append(", ").append(itfTable).append(", 0, { ");
        for (MethodInfo m : object.vtable) {
            b.append(m == null ? "0" : "(void *)" + prog.methodName(m)).append(", ");
        }
        b.append("} };\n");
        if (type.getDimensions() < 0) {
            throw new CompileError("bad array type " + t);
        }
    }

    private void primitiveDescriptor(StringBuilder b, String t) {
        Type prim = Type.getType(t.substring(1));
        classObject(b, t, prim.getClassName());
        int id = nextArrayId++;
        b.append("static exo_class ").append(Names.classDesc(t)).append(" = { (jobj)&").append(Names.classObject(t))
                .append(", 0, 0, 0, 0, 0, 0, ").append(0x08).append(", ").append(id).append(", ").append(id).append(", 0, 0, 0, { } };\n");
    }

    private final StringBuilder statics = new StringBuilder();

    private void staticFieldsOf(ClassInfo c) {
        for (FieldInfo f : c.declaredFields()) {
            if (!f.isStatic()) {
                continue;
            }
            String name = prog.staticField(f);
            Object v = f.node.value;
            Map<String, Object> evaluated = c.constantStatics();
            if (evaluated != null && evaluated.containsKey(f.node.name)) {
                v = evaluated.get(f.node.name);   // the initialiser's last store, evaluated (ConstantInit)
            }
            String init = "0";
            if (v instanceof Integer) {
                init = Names.intLiteral((Integer) v);
            } else if (v instanceof Long) {
                init = Names.longLiteral((Long) v);
            } else if (v instanceof Float) {
                init = constFloat((Float) v);
            } else if (v instanceof Double) {
                init = constDouble((Double) v);
            } else if (v instanceof String) {
                init = "(jobj)&" + prog.stringLiteral((String) v);
            }
            boolean isVolatile = (f.node.access & org.objectweb.asm.Opcodes.ACC_VOLATILE) != 0;
            statics.append(isVolatile ? "static volatile " : "static ").append(prog.storageType(f.type)).append(' ').append(name).append(" = ").append(init).append(";\n");
            if (f.isReference()) {
                staticRoots.add(name);
            }
        }
    }

    private static String constDouble(double d) {
        if (Double.isNaN(d)) {
            return "__builtin_nan(\"\")";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "__builtin_inf()" : "(-__builtin_inf())";
        }
        return Double.toHexString(d);
    }

    private static String constFloat(float f) {
        if (Float.isNaN(f)) {
            return "__builtin_nanf(\"\")";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "__builtin_inff()" : "(-__builtin_inff())";
        }
        return Float.toHexString(f) + "f";
    }

    /** Static fields and the GC's root table; call after descriptors(). */
    String staticFields() {
        StringBuilder b = new StringBuilder(statics);
        b.append("jobj *const exo_static_roots[] = { ");
        for (String r : staticRoots) {
            b.append('&').append(r).append(", ");
        }
        b.append("0 };\nconst jint exo_static_root_count = ").append(staticRoots.size()).append(";\n\n");
        return b.toString();
    }
}
