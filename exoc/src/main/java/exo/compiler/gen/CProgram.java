/*
 * Writes the whole program as one C translation unit: class descriptors and Class objects,
 * static fields, string literals, method bodies (MethodGen), interface dispatchers, class
 * initialisation, the stack-trace method table and the entry point. One file lets gcc
 * inline across the whole program, as a JIT would.
 *
 * Layout of the output: exo.h; prototypes and declarations; runtime glue (exo_rt.c, which
 * calls back into Java through EXO_RT_* macros); data; functions; tables; entry.
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import exo.compiler.analysis.Reachability;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import exo.compiler.model.FieldInfo;
import exo.compiler.model.MethodInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import exo.compiler.intrinsic.IntrinsicCall;
import exo.compiler.intrinsic.Intrinsics;
import exo.compiler.intrinsic.Lowered;
import exo.compiler.target.Target;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.FieldInsnNode;

public final class CProgram implements Opcodes {
    private final ClassPool pool;
    private final Reachability rta;
    private final Target target;
    private String[] monitors;
    private boolean monitorsKnown;
    private final Map<MethodInfo, String> methodNames = new HashMap<>();
    private final Map<String, String> strings = new LinkedHashMap<>();
    private final Set<String> typeDescs = new LinkedHashSet<>();   // internal names, "[..." and "#I"
    private final List<MethodInfo> traceMethods = new ArrayList<>();
    /** Kernel target: methods whose code addresses go in the stack-walk table. */
    private final List<MethodInfo> codeMethods = new ArrayList<>();
    private List<MethodInfo> exportedMethods = List.of();
    private final Map<String, String> dispatcherNames = new LinkedHashMap<>();
    /** Methods a TailCalls method jumps to: kept out of line, so the jump stays a jump (the
     *  prototypes, which carry the attribute, are written after every body). */
    private final Set<MethodInfo> tailTargets = new HashSet<>();
    /** initThenCall's functions by target. */
    private final Map<MethodInfo, String> initThunks = new LinkedHashMap<>();
    private final StringBuilder dispatchers = new StringBuilder();
    private final StringBuilder dispatcherPrototypes = new StringBuilder();
    private final Map<String, Integer> vtableSlots = new HashMap<>();   // "class.key" -> slot
    private final Set<String> virtuallyCalledKeys = new LinkedHashSet<>();
    private final Map<String, ClassInfo> runtimeClasses = new HashMap<>();
    private final NoThrow noThrow = new NoThrow(this);
    private int nextId;

    public CProgram(ClassPool pool, Reachability rta, Target target) {
        this.pool = pool;
        this.rta = rta;
        this.target = target;
    }

    public Target target() {
        return target;
    }

    public ClassPool pool() {
        return pool;
    }

    public Reachability rta() {
        return rta;
    }

    // ---- names ---------------------------------------------------------------------------

    public String methodName(MethodInfo m) {
        return methodNames.computeIfAbsent(m, k -> "M_" + Names.mangle(k.owner.name) + "__" + Names.mangle(k.name) + "_" + methodNames.size());
    }

    /** The C function of exo.rt.Runtime's method of this name. */
    public String rt(String name) throws CompileError {
        return methodName(runtimeMethod("exo/rt/Runtime", name));
    }

    public MethodInfo runtimeMethod(String cls, String name) throws CompileError {
        ClassInfo c = runtimeClasses.get(cls);
        if (c == null) {
            c = pool.get(cls, "exoc's runtime");
            runtimeClasses.put(cls, c);
        }
        for (MethodInfo m : c.declaredMethods()) {
            if (m.name.equals(name)) {
                return m;
            }
        }
        throw new CompileError("core library: " + cls + "." + name + " is missing");
    }

    int traceId(MethodInfo m) {
        if (m.traceId < 0) {
            m.traceId = traceMethods.size();
            traceMethods.add(m);
        }
        return m.traceId;
    }

    String prototype(MethodInfo m) {
        StringBuilder b = new StringBuilder();
        if (target.fpuFenced() && KernelFpu.floatSignature(m)) {
            b.append("EXO_FPU ");
        }
        if (hasAnnotation(m, "Lexo/rt/TailCalls;")) {
            // gcc's -fno-inline for this function alone: its calls stay calls (jumps); and no
            // frame pointer of its own, which its jumps would only set up and tear down (a
            // stack walk from a callee goes on to its caller's frame, as for any jump)
            b.append("__attribute__((noinline, optimize(\"no-inline\", \"omit-frame-pointer\"))) ");
        } else if (hasAnnotation(m, "Lexo/rt/NoInline;") || tailTargets.contains(m) && !hasAnnotation(m, "Lexo/rt/Inline;")) {
            b.append("__attribute__((noinline)) ");
        } else if (hasAnnotation(m, "Lexo/rt/Inline;")) {
            b.append("__attribute__((always_inline)) inline ");
        }
        // A word's constructor returns the word it builds; its other instance methods take
        // the word as p0 (docs/RUNTIME.md, "Word types").
        boolean wordInit = isWordConstructor(m);
        b.append("static ").append(wordInit ? "jlong" : ctype(m.returnType())).append(' ').append(methodName(m)).append('(');
        List<String> params = new ArrayList<>();
        if (!m.isStatic() && !wordInit) {
            params.add(m.owner.isWord() ? "jlong p0" : "jobj p0");
        }
        int p = m.isStatic() ? 0 : 1;
        for (Type t : m.argTypes()) {
            params.add(ctype(t) + " p" + p++);
        }
        b.append(params.isEmpty() ? "void" : String.join(", ", params));
        return b.append(')').toString();
    }

    static boolean isWordConstructor(MethodInfo m) {
        return m.isConstructor() && m.owner.isWord();
    }

    // ---- word types: a word is a jlong wherever it goes ------------------------------------

    boolean isWord(Type t) {
        return pool.isWord(t);
    }

    /** C type of a value of this Java type in a signature or variable. */
    String ctype(Type t) {
        return isWord(t) ? "jlong" : Names.ctype(t);
    }

    /** C type of a field of this Java type. */
    String storageType(Type t) {
        return isWord(t) ? "jlong" : Names.storageType(t);
    }

    /** Kind of a stack slot or local of this type: Names.kind, or 'w' for a word. */
    char kind(Type t) {
        return isWord(t) ? 'w' : Names.kind(t);
    }

    String functionPointerType(MethodInfo m) {
        StringBuilder b = new StringBuilder(ctype(m.returnType())).append(" (*)(jobj");
        for (Type t : m.argTypes()) {
            b.append(", ").append(ctype(t));
        }
        return b.append(')').toString();
    }

    static boolean hasAnnotation(MethodInfo m, String desc) {
        if (m.node.invisibleAnnotations != null) {
            for (AnnotationNode a : m.node.invisibleAnnotations) {
                if (a.desc.equals(desc)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The C symbol an @exo.hw.Export method is exported under, or null. */
    public static String exportName(MethodInfo m) {
        List<AnnotationNode> anns = m.node.invisibleAnnotations;
        if (anns == null) {
            return null;
        }
        for (AnnotationNode a : anns) {
            if (a.desc.equals("Lexo/hw/Export;")) {
                return (String) exportElement(a, "value");
            }
        }
        return null;
    }

    /** Is m an @Export(fromUser = true) method: entered only from user mode, where no
     *  exception can be pending (its wrapper then neither saves nor clears exo_pending)? */
    public static boolean exportedFromUser(MethodInfo m) {
        return exportFlag(m, "fromUser");
    }

    /** Does an @exo.hw.Export method's assembly caller promise non-null reference arguments? */
    public static boolean exportedArgsNonNull(MethodInfo m) {
        return exportFlag(m, "argsNonNull");
    }

    /** Does an @exo.hw.Export method's assembly caller test exo_pending after the call itself? */
    public static boolean exportedCallerTestsPending(MethodInfo m) {
        return exportFlag(m, "callerTestsPending");
    }

    private static boolean exportFlag(MethodInfo m, String name) {
        List<AnnotationNode> anns = m.node.invisibleAnnotations;
        if (anns != null) {
            for (AnnotationNode a : anns) {
                if (a.desc.equals("Lexo/hw/Export;")) {
                    return Boolean.TRUE.equals(exportElement(a, name));
                }
            }
        }
        return false;
    }

    /** An element of an @Export annotation by name, or null (values alternate name, value). */
    private static Object exportElement(AnnotationNode a, String name) {
        for (int i = 0; a.values != null && i + 1 < a.values.size(); i += 2) {
            if (a.values.get(i).equals(name)) {
                return a.values.get(i + 1);
            }
        }
        return null;
    }

    ClassInfo classInfo(String internalName, String where) throws CompileError {
        return pool.get(internalName, where);
    }

    String classDescFor(String typeName) {
        registerType(typeName);
        return Names.classDesc(typeName);
    }

    String classObjectFor(String typeName) {
        registerType(typeName);
        return Names.classObject(typeName);
    }

    private void registerType(String t) {
        if (!typeDescs.add(t)) {
            return;
        }
        if (t.startsWith("[")) {
            String comp = t.substring(1);
            if (comp.startsWith("L")) {
                registerType(comp.substring(1, comp.length() - 1));
            } else if (comp.startsWith("[")) {
                registerType(comp);
            } else {
                registerType("#" + comp);
            }
        }
    }

    String stringLiteral(String s) {
        return strings.computeIfAbsent(s, k -> "STR_" + strings.size());
    }

    String staticField(FieldInfo f) {
        return "SF_" + Names.mangle(f.owner.name) + "__" + Names.mangle(f.node.name);
    }

    /** int.class and friends: javac reads them from the boxes' TYPE fields. */
    String primitiveClassConstant(FieldInsnNode insn) {
        if (!insn.name.equals("TYPE") || !insn.owner.startsWith("java/lang/")) {
            return null;
        }
        String prim;
        switch (insn.owner) {
            case "java/lang/Integer": prim = "I"; break;
            case "java/lang/Long": prim = "J"; break;
            case "java/lang/Short": prim = "S"; break;
            case "java/lang/Byte": prim = "B"; break;
            case "java/lang/Character": prim = "C"; break;
            case "java/lang/Boolean": prim = "Z"; break;
            case "java/lang/Float": prim = "F"; break;
            case "java/lang/Double": prim = "D"; break;
            case "java/lang/Void": prim = "V"; break;
            default: return null;
        }
        return classObjectFor("#" + prim);
    }

    // ---- class initialisation --------------------------------------------------------------

    public boolean hasInit(ClassInfo c) throws CompileError {
        return c.hasStaticInit();
    }

    /** Which directly called methods need no exo_pending test after the call. */
    NoThrow noThrow() {
        return noThrow;
    }

    boolean needsInitCheck(ClassInfo from, ClassInfo c) throws CompileError {
        return c.needsInitCheckFrom(from);
    }

    String initFlag(ClassInfo c) {
        return "INIT_" + Names.mangle(c.name);
    }

    public String initFunction(ClassInfo c) {
        return "INITF_" + Names.mangle(c.name);
    }

    // ---- dispatch ------------------------------------------------------------------------

    Set<MethodInfo> targets(ClassInfo declared, String key) throws CompileError {
        return rta.targets(declared, key);
    }

    int vtableSlot(ClassInfo c, String key) throws CompileError {
        Integer slot = vtableSlots.get(c.name + "." + key);
        if (slot == null) {
            throw new CompileError("internal: no vtable slot for " + c.javaName() + "." + key);
        }
        return slot;
    }

    String interfaceDispatcher(ClassInfo itf, String key, MethodInfo declared) throws CompileError {
        String id = itf.name + "." + key;
        String name = dispatcherNames.get(id);
        if (name != null) {
            return name;
        }
        name = "ID_" + dispatcherNames.size() + "_" + Names.mangle(declared.name);
        dispatcherNames.put(id, name);
        StringBuilder b = dispatchers;
        String ret = ctype(declared.returnType());
        StringBuilder signature = new StringBuilder("static ").append(ret).append(' ').append(name).append("(jobj p0");
        StringBuilder args = new StringBuilder("p0");
        int p = 1;
        for (Type t : declared.argTypes()) {
            signature.append(", ").append(ctype(t)).append(" p").append(p);
            args.append(", p").append(p++);
        }
        signature.append(')');
        dispatcherPrototypes.append(signature).append(";\n");
        b.append(signature).append(" {\n    switch (EXO_CLS(p0)->id) {\n");
        for (ClassInfo c : rta.instantiated()) {
            if (c.isSubclassOf(itf)) {
                MethodInfo m = c.selectMethod(key);
                if (m != null) {
                    b.append("    case ").append(c.id).append(": return ").append(methodName(m)).append('(').append(args).append(");\n");
                }
            }
        }
        b.append("    }\n    exo_raise(").append(rt("abstractMethod")).append("(p0, (jobj)&")
                .append(stringLiteral(itf.javaName() + "." + declared.name + declared.desc)).append("));\n");
        b.append(ret.equals("void") ? "    return;\n" : "    return 0;\n").append("}\n\n");
        return name;
    }

    /** A TailCalls method jumps to m (see tailTargets). */
    void tailCallTo(MethodInfo m) {
        tailTargets.add(m);
    }

    /** Can a tail call to static method m go through initThenCall? */
    boolean canThunkInit(MethodInfo m) {
        return m.isStatic() && !(target.fpuFenced() && KernelFpu.floatSignature(m));
    }

    /**
     * For a tail call from a TailCalls method to static method m of a class that needs an
     * initialisation check: a function that makes the check, then jumps to m. The caller then
     * keeps nothing live across the initialiser, whose call would otherwise make gcc save
     * registers on every path of the caller (a switch over a hundred calls).
     */
    String initThenCall(MethodInfo m) throws CompileError {
        String name = initThunks.get(m);
        if (name != null) {
            return name;
        }
        name = "IT_" + methodName(m);
        initThunks.put(m, name);
        String ret = ctype(m.returnType());
        StringBuilder signature = new StringBuilder("static __attribute__((noinline)) ").append(ret).append(' ').append(name).append('(');
        StringBuilder args = new StringBuilder();
        int p = 0;
        for (Type t : m.argTypes()) {
            signature.append(p > 0 ? ", " : "").append(ctype(t)).append(" p").append(p);
            args.append(p > 0 ? ", " : "").append('p').append(p++);
        }
        signature.append(p == 0 ? "void)" : ")");
        dispatcherPrototypes.append(signature).append(";\n");
        dispatchers.append(signature).append(" {\n    if (EXO_UNLIKELY(").append(initFlag(m.owner)).append(" != 1)) { ")
                .append(initFunction(m.owner)).append("(); if (exo_pending) ").append(ret.equals("void") ? "return;" : "return 0;")
                .append(" }\n    ").append(ret.equals("void") ? "" : "return ").append(methodName(m)).append('(').append(args).append(");\n}\n\n");
        return name;
    }

    // ---- whole program -------------------------------------------------------------------

    /** Assigns class ids (preorder of the class tree) and lays out vtables. */
    private void layout() throws CompileError {
        ClassInfo object = pool.get("java/lang/Object", "exoc");
        for (ClassInfo c : rta.classes()) {
            if (!c.isInterface() && c.superClass() != null && !c.superClass().subclasses.contains(c)) {
                c.superClass().subclasses.add(c);
            }
        }
        number(object);
        for (ClassInfo c : rta.classes()) {
            if (c.isInterface()) {
                c.id = c.lastDescendantId = nextId++;
            }
        }
        for (MethodInfo m : rta.methods()) {
            if (m.isVirtual() && !m.owner.isWord()) {
                virtuallyCalledKeys.add(m.key());
            }
        }
        vtable(object, new ArrayList<>());
    }

    private void number(ClassInfo c) {
        c.id = nextId++;
        for (ClassInfo s : c.subclasses) {
            number(s);
        }
        c.lastDescendantId = nextId - 1;
    }

    private void vtable(ClassInfo c, List<String> inherited) throws CompileError {
        List<String> keys = new ArrayList<>(inherited);
        for (MethodInfo m : c.declaredMethods()) {
            if (m.isVirtual() && virtuallyCalledKeys.contains(m.key()) && !keys.contains(m.key())) {
                keys.add(m.key());
            }
        }
        for (ClassInfo i : c.allInterfaces()) {
            for (MethodInfo m : i.declaredMethods()) {
                if (m.isVirtual() && virtuallyCalledKeys.contains(m.key()) && !keys.contains(m.key())) {
                    keys.add(m.key());
                }
            }
        }
        List<MethodInfo> table = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            vtableSlots.put(c.name + "." + keys.get(i), i);
            MethodInfo m = c.isAbstract() ? null : c.selectMethod(keys.get(i));
            table.add(m != null && rta.methods().contains(m) ? m : null);
        }
        c.vtable = table;
        for (ClassInfo s : c.subclasses) {
            vtable(s, keys);
        }
    }

    public String generate(MethodInfo entryMethod, long heapBytes, long heapAt, List<MethodInfo> exports) throws CompileError {
        exportedMethods = exports;
        layout();
        for (ClassInfo c : rta.classes()) {
            registerType(c.name);
        }
        registerType("[C");
        registerType("[I");
        // Bodies first: they discover the strings, types and dispatchers the data needs.
        StringBuilder bodies = new StringBuilder();
        for (MethodInfo m : rta.methods()) {
            if (m.isNative() && !Intrinsics.replacesBodies(m.owner.name)) {
                bodies.append(fenced(m, nativeFunction(m)));
            } else if (!m.isAbstract() && !m.isNative() && !Intrinsics.replacesBodies(m.owner.name)) {
                bodies.append(fenced(m, new MethodGen(this, m).generate()));
            }
        }
        if (target.hasCodeTable()) {
            for (MethodInfo m : rta.methods()) {
                if (!m.isAbstract() && !Intrinsics.replacesBodies(m.owner.name)) {
                    traceId(m);
                    codeMethods.add(m);
                }
            }
        }
        StringBuilder init = initFunctions();
        String entryCode = target.entryCode(this, entryMethod, heapBytes, heapAt, exports);
        for (MethodInfo m : traceMethods) {
            stringLiteral(m.owner.javaName());
            stringLiteral(m.name);
            if (m.owner.node.sourceFile != null) {
                stringLiteral(m.owner.node.sourceFile);
            }
        }
        DataGen data = new DataGen(this, pool, rta);
        String dataText = data.descriptors(typeDescs);   // may add class-name strings

        StringBuilder out = new StringBuilder();
        out.append("/* Generated by exoc. Do not edit. */\n#include \"exo.h\"\n\n");
        out.append(data.declarations(typeDescs, strings.values()));
        for (MethodInfo m : rta.methods()) {
            if (!m.isAbstract() && !Intrinsics.replacesBodies(m.owner.name)) {
                out.append(prototype(m)).append(";\n");
            }
        }
        out.append('\n').append(dispatcherPrototypes).append(initPrototypes()).append('\n');
        out.append(runtimeMacros());
        out.append("#include \"exo_rt.c\"\n");
        for (String glue : target.glueIncludes()) {
            out.append("#include \"").append(glue).append("\"\n");
        }
        out.append('\n');
        out.append(data.strings(strings));
        out.append(dataText);
        out.append(data.staticFields());
        out.append(init);
        out.append(bodies);
        out.append(dispatchers);
        out.append(entryCode);
        out.append(asmOffsets());
        out.append(traceTables());
        return out.toString();
    }

    /** A method's C function, with its FPU fence when the target wants one (KernelFpu). */
    private String fenced(MethodInfo m, String function) {
        return target.fpuFenced() ? KernelFpu.fence(this, m, function) : function;
    }

    /**
     * A native as a C function, for the vtable and for calls that are not inlined: its
     * intrinsic lowering (the caller tests for a pending exception after the call).
     */
    private String nativeFunction(MethodInfo m) throws CompileError {
        List<String> args = new ArrayList<>();
        int n = m.argTypes().length + (m.isStatic() ? 0 : 1);
        for (int i = 0; i < n; i++) {
            args.add("p" + i);
        }
        Lowered l = lowerNative(new IntrinsicCall(m, args, m.toString(), null, this));
        boolean isVoid = m.returnType().getSort() == Type.VOID;
        return prototype(m) + " {\n    " + (isVoid ? "" : "return ") + l.expr() + ";\n}\n\n";
    }

    /** The lowering of a call of an intrinsic or a native; a native nobody lowers is an error. */
    Lowered lowerNative(IntrinsicCall call) throws CompileError {
        Lowered l = Intrinsics.lower(call);
        if (l == null) {
            MethodInfo m = call.method();
            throw new CompileError("native method " + m.owner.javaName() + "." + m.name + m.desc
                    + " is not supported (called from " + call.where() + ")");
        }
        return l;
    }

    private String runtimeMacros() throws CompileError {
        StringBuilder b = new StringBuilder();
        b.append("#define EXO_RT_ALLOC_OBJECT ").append(methodName(runtimeMethod("exo/rt/Heap", "allocObject"))).append('\n');
        b.append("#define EXO_RT_ALLOC_ARRAY ").append(methodName(runtimeMethod("exo/rt/Heap", "allocArray"))).append('\n');
        b.append("#define EXO_RT_ARRAYCOPY ").append(rt("arraycopy")).append('\n');
        b.append("#define EXO_RT_COLLECT ").append(methodName(runtimeMethod("exo/rt/Heap", "collect"))).append('\n');
        b.append("#define EXO_RT_FRAME ").append(rt("frame")).append('\n');
        b.append("#define EXO_CLASS_OBJECT_DESC ").append(Names.classDesc("java/lang/Object")).append('\n');
        return b.toString();
    }

    private StringBuilder initFunctions() throws CompileError {
        StringBuilder b = new StringBuilder();
        for (ClassInfo c : rta.classes()) {
            if (!hasInit(c)) {
                continue;
            }
            // The flag: 0 not started, 2 running (a recursive use proceeds, another thread
            // waits in exo_init_enter), 1 done, 3 erroneous (exo_init_leave, after the
            // initialiser): every later use throws NoClassDefFoundError (JVMS 5.5 step 5).
            String flag = initFlag(c);
            String enter = "    if (" + flag + " == 1) return;\n"
                    + "    if (!exo_init_enter(&" + flag + ", &" + flag + "_owner)) {\n"
                    + "        if (" + flag + " == 3) { jobj e = " + rt("classInitFailedBefore") + "((jobj)&"
                    + stringLiteral(c.javaName()) + "); if (!exo_pending) exo_pending = e; }\n"
                    + "        return;\n    }\n";
            if (target.hasHardware()) {
                // The kernel: a class initialises with interrupts off, so that no thread can be
                // preempted in the middle and let another see the class half-initialised (one
                // CPU). FIXME(SMP): an initialisation lock with an owner, as JVMS 5.5 describes
                // and linux_threads.c's exo_init_enter does.
                b.append("static void ").append(initFunction(c)).append("_body(void);\n");
                b.append("static void ").append(initFunction(c)).append("(void) {\n");
                b.append("    if (").append(initFlag(c)).append(" == 1) return;\n");
                b.append("    jlong irq = exo_hw_save_cli();\n");
                b.append("    ").append(initFunction(c)).append("_body();\n");
                b.append("    exo_hw_restore_flags(irq);\n}\n");
                b.append("static void ").append(initFunction(c)).append("_body(void) {\n");
            } else {
                b.append("static void ").append(initFunction(c)).append("(void) {\n");
            }
            b.append(enter);
            if (!c.isInterface()) {
                // JVMS 5.5 step 7: the superclass, then the superinterfaces that declare
                // default methods.
                List<ClassInfo> supers = new ArrayList<>();
                if (c.superClass() != null) {
                    supers.add(c.superClass());
                }
                for (ClassInfo i : c.allInterfaces()) {
                    if (declaresDefault(i) && c.superClass() != null && !c.superClass().allInterfaces().contains(i)) {
                        supers.add(i);
                    }
                }
                for (ClassInfo sup : supers) {
                    if (hasInit(sup)) {
                        b.append("    ").append(initFunction(sup)).append("();\n");
                        b.append("    if (exo_pending) {").append(failed(c, "superInitFailed")).append(" exo_init_leave(&")
                                .append(initFlag(c)).append(", 3); return; }\n");
                    }
                }
            }
            MethodInfo clinit = c.declaredMethod("<clinit>()V");
            if (clinit != null) {
                b.append("    ").append(methodName(clinit)).append("();\n");
                b.append("    if (exo_pending) {").append(failed(c, "classInitFailed")).append(" }\n");
            }
            b.append("    exo_init_leave(&").append(initFlag(c)).append(", exo_pending ? 3 : 1);\n");
            b.append("}\n");
        }
        return b.append('\n');
    }

    /** C code that passes the pending exception through Runtime.how(className, e). */
    private String failed(ClassInfo c, String how) throws CompileError {
        return " jobj e = exo_pending; exo_pending = 0; jobj w = " + rt(how) + "((jobj)&"
                + stringLiteral(c.javaName()) + ", e); if (!exo_pending) exo_pending = w;";
    }

    private static boolean declaresDefault(ClassInfo itf) {
        for (MethodInfo m : itf.declaredMethods()) {
            if (!m.isAbstract() && !m.isStatic() && !m.isClassInit()) {
                return true;
            }
        }
        return false;
    }

    private String initPrototypes() throws CompileError {
        StringBuilder protos = new StringBuilder();
        for (ClassInfo c : rta.classes()) {
            if (hasInit(c)) {
                protos.append("static volatile int8_t ").append(initFlag(c)).append(";\nstatic jint ").append(initFlag(c))
                        .append("_owner;\nstatic void ").append(initFunction(c)).append("(void);\n");
            }
        }
        return protos.toString();
    }

    /** The offsets of fields marked @exo.hw.AsmOffset, as absolute symbols for assembly. */
    private String asmOffsets() {
        StringBuilder b = new StringBuilder();
        for (ClassInfo c : rta.instantiated()) {
            for (FieldInfo f : c.declaredFields()) {
                if (f.isStatic() || f.node.invisibleAnnotations == null) {
                    continue;
                }
                for (AnnotationNode a : f.node.invisibleAnnotations) {
                    if (a.desc.equals("Lexo/hw/AsmOffset;")) {
                        String name = (String) a.values.get(1);
                        b.append("__asm__(\".globl ").append(name).append("\\n.set ").append(name).append(", ")
                                .append(f.offset).append("\");\n");
                    }
                }
            }
        }
        return b.toString();
    }

    private String traceTables() {
        StringBuilder b = new StringBuilder();
        String[] names = {"exo_method_class", "exo_method_name", "exo_method_file"};
        for (int t = 0; t < 3; t++) {
            b.append("jobj ").append(names[t]).append("[] = {\n");
            for (MethodInfo m : traceMethods) {
                String s = t == 0 ? m.owner.javaName() : t == 1 ? m.name : m.owner.node.sourceFile;
                b.append("    ").append(s == null ? "0" : "(jobj)&" + strings.get(s)).append(",\n");
            }
            b.append("    0 };\n");
        }
        b.append("const jint exo_method_count = ").append(traceMethods.size()).append(";\n");
        if (target.hasCodeTable()) {
            // Code that is not Java ends the method before it: C entry points and the trap
            // entry (method -1: the frame is skipped).
            List<String> notJava = new ArrayList<>(List.of("trap_common", "exo_gc", "memset", "memcpy", "memmove"));
            for (MethodInfo m : exportedMethods) {
                notJava.add(exportName(m));
            }
            b.append("extern char trap_common[];\n");
            b.append("void *const exo_code_start[] = {\n");
            for (MethodInfo m : codeMethods) {
                b.append("    (void *)").append(methodName(m)).append(",\n");
            }
            for (String sym : notJava) {
                b.append("    (void *)").append(sym).append(",\n");
            }
            b.append("    0 };\nconst jint exo_code_method[] = {\n");
            for (MethodInfo m : codeMethods) {
                b.append("    ").append(m.traceId).append(",\n");
            }
            for (int i = 0; i < notJava.size(); i++) {
                b.append("    -1,\n");
            }
            b.append("    0 };\nconst jint exo_code_count = ").append(codeMethods.size() + notJava.size()).append(";\n");
        }
        b.append("jobj exo_string_literals[] = {\n");
        for (String name : strings.values()) {
            b.append("    (jobj)&").append(name).append(",\n");
        }
        b.append("    0 };\nconst jint exo_string_literal_count = ").append(strings.size()).append(";\n\n");
        return b.toString();
    }

    private Boolean threaded;

    /** Can Java threads run (linux, Thread.start reachable)? Then polls and fences are emitted. */
    public boolean threaded() throws CompileError {
        if (threaded == null) {
            threaded = target.threaded(pool, rta);
        }
        return threaded;
    }

    /** The C functions `synchronized` calls (the target's monitors), or null: a no-op. */
    String[] monitorFunctions() throws CompileError {
        if (!monitorsKnown) {
            List<MethodInfo> m = target.monitorMethods(pool, rta);
            monitors = m.isEmpty() ? null : new String[] {methodName(m.get(0)), methodName(m.get(1))};
            monitorsKnown = true;
        }
        return monitors;
    }
}
