/*
 * Whole-program reachability by Rapid Type Analysis: starting from the entry points, a
 * method is compiled only if some reachable code can call it, and a virtual call only
 * reaches the overrides in classes that reachable code instantiates. The result drives
 * code generation and devirtualisation (a call site with one possible target becomes a
 * direct call). invokedynamic is lowered (exo.compiler.lower.Indy) as methods are reached.
 */
package exo.compiler.analysis;

import exo.compiler.CompileError;
import exo.compiler.lower.Indy;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.ClassPool;
import exo.compiler.model.FieldInfo;
import exo.compiler.model.MethodInfo;
import exo.compiler.model.Where;
import exo.compiler.model.WordShape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

public final class Reachability implements Opcodes {
    private final ClassPool pool;
    private final Indy indy;
    private final Set<MethodInfo> methods = new LinkedHashSet<>();
    private final Set<ClassInfo> classes = new LinkedHashSet<>();
    private final Set<ClassInfo> instantiated = new LinkedHashSet<>();
    /** Array descriptors ("[I", "[[Ljava/lang/String;") the code uses. */
    private final Set<String> arrayTypes = new LinkedHashSet<>();
    /** Virtual call sites: declared class -> method keys called on it. */
    private final Map<ClassInfo, Set<String>> virtualCalls = new LinkedHashMap<>();
    private final Deque<MethodInfo> work = new ArrayDeque<>();

    public Reachability(ClassPool pool) {
        this.pool = pool;
        this.indy = new Indy(pool);
    }

    public Set<MethodInfo> methods() { return methods; }
    public Set<ClassInfo> classes() { return classes; }
    public Set<ClassInfo> instantiated() { return instantiated; }
    public Set<String> arrayTypes() { return arrayTypes; }

    public void addRoot(MethodInfo m) throws CompileError {
        addMethod(m);
        drain();
    }

    public void addInstantiated(ClassInfo c) throws CompileError {
        instantiate(c);
        drain();
    }

    public void addArrayType(String desc) throws CompileError {
        noteType(Type.getType(desc), "the runtime");
        drain();
    }

    private void drain() throws CompileError {
        while (!work.isEmpty()) {
            scan(work.poll());
        }
    }

    private void addMethod(MethodInfo m) throws CompileError {
        if (m != null && methods.add(m)) {
            addClass(m.owner);
            work.add(m);
        }
    }

    public void addClass(ClassInfo c) throws CompileError {
        if (c == null || !classes.add(c)) {
            return;
        }
        c.reachable = true;
        if (c.isWord()) {
            WordShape.check(c);
            addMethod(c.declaredMethod("toString()Ljava/lang/String;"));   // string conversion of a word
        }
        addClass(c.superClass());
        for (ClassInfo i : c.interfaces()) {
            addClass(i);
        }
        addMethod(c.declaredMethod("<clinit>()V"));
        // Enum.valueOf and Class.getEnumConstants reach values() through the descriptor.
        if ("java/lang/Enum".equals(c.node.superName)) {
            addMethod(c.declaredMethod("values()[L" + c.name + ";"));
        }
    }

    private void instantiate(ClassInfo c) throws CompileError {
        addClass(c);
        // A word is a value, not an object: no virtual call can reach its methods.
        if (c.isInterface() || c.isAbstract() || c.isWord() || !instantiated.add(c)) {
            return;
        }
        c.instantiated = true;
        for (Map.Entry<ClassInfo, Set<String>> site : new ArrayList<>(virtualCalls.entrySet())) {
            if (c.isSubclassOf(site.getKey())) {
                for (String key : new ArrayList<>(site.getValue())) {
                    addMethod(c.selectMethod(key));
                }
            }
        }
    }

    private void virtualCall(ClassInfo declared, String key) throws CompileError {
        if (!virtualCalls.computeIfAbsent(declared, k -> new LinkedHashSet<>()).add(key)) {
            return;
        }
        for (ClassInfo c : new ArrayList<>(instantiated)) {
            if (c.isSubclassOf(declared)) {
                addMethod(c.selectMethod(key));
            }
        }
    }

    /** The targets a virtual call of key on declared can reach, given what is instantiated. */
    public Set<MethodInfo> targets(ClassInfo declared, String key) throws CompileError {
        Set<MethodInfo> out = new LinkedHashSet<>();
        for (ClassInfo c : instantiated) {
            if (c.isSubclassOf(declared)) {
                MethodInfo m = c.selectMethod(key);
                out.add(m);
            }
        }
        return out;
    }

    private void noteType(Type t, String where) throws CompileError {
        rejectWordArray(t, where);
        if (t.getSort() == Type.ARRAY) {
            String d = t.getDescriptor();
            while (d.startsWith("[")) {
                arrayTypes.add(d);
                d = d.substring(1);
            }
            t = Type.getType(d);
        }
        if (t.getSort() == Type.OBJECT) {
            addClass(pool.get(t.getInternalName(), where));
        }
    }

    private ClassInfo classOf(String internalName, String where) throws CompileError {
        if (internalName.startsWith("[")) {
            noteType(Type.getType(internalName), where);
            return pool.get("java/lang/Object", where);
        }
        ClassInfo c = pool.get(internalName, where);
        addClass(c);
        return c;
    }

    private void scan(MethodInfo m) throws CompileError {
        MethodNode mn = m.node;
        if (m.isNative() || m.isAbstract() || exo.compiler.intrinsic.Intrinsics.replacesBodies(m.owner.name)) {
            return;   // intrinsics' Java bodies only simulate the hardware
        }
        indy.lower(m.owner, mn);
        noteDescriptor(m.desc, Where.of(m.owner, mn));
        for (TryCatchBlockNode tcb : mn.tryCatchBlocks) {
            if (tcb.type != null) {
                classOf(tcb.type, Where.of(m.owner, mn, tcb.handler));
            }
        }
        for (AbstractInsnNode insn : mn.instructions) {
            switch (insn.getType()) {
                case AbstractInsnNode.METHOD_INSN:
                    call(m, (MethodInsnNode) insn);
                    break;
                case AbstractInsnNode.FIELD_INSN: {
                    FieldInsnNode f = (FieldInsnNode) insn;
                    String where = Where.of(m.owner, mn, insn);
                    ClassInfo c = classOf(f.owner, where);
                    FieldInfo fi = c.resolveField(f.name);
                    if (fi == null && (c.missing || pool.missingReport() != null)) {
                        if (!c.missing) {
                            pool.missingReport().missingMember("field " + c.javaName() + "." + f.name, where, c.coreLib);
                        }
                        break;
                    }
                    if (fi == null) {
                        throw new CompileError("missing field " + c.javaName() + "." + f.name + ", referenced by " + where);
                    }
                    addClass(fi.owner);
                    noteDescriptor(f.desc, where);
                    break;
                }
                case AbstractInsnNode.TYPE_INSN: {
                    TypeInsnNode t = (TypeInsnNode) insn;
                    String where = Where.of(m.owner, mn, insn);
                    if (t.getOpcode() == NEW) {
                        instantiate(pool.get(t.desc, where));
                    } else if (t.getOpcode() == ANEWARRAY) {
                        noteType(Type.getType("[" + Type.getObjectType(t.desc).getDescriptor()), where);
                    } else {
                        noteType(Type.getObjectType(t.desc), where);
                    }
                    break;
                }
                case AbstractInsnNode.INT_INSN:
                    if (insn.getOpcode() == NEWARRAY) {
                        noteType(Type.getType("[" + primitiveDescriptor(((org.objectweb.asm.tree.IntInsnNode) insn).operand)), "");
                    }
                    break;
                case AbstractInsnNode.MULTIANEWARRAY_INSN:
                    noteType(Type.getType(((MultiANewArrayInsnNode) insn).desc), Where.of(m.owner, mn, insn));
                    break;
                case AbstractInsnNode.LDC_INSN: {
                    Object cst = ((LdcInsnNode) insn).cst;
                    if (cst instanceof Type && ((Type) cst).getSort() != Type.METHOD) {
                        noteType((Type) cst, Where.of(m.owner, mn, insn));
                    } else if (!(cst instanceof Number || cst instanceof String)) {
                        throw new CompileError(Where.of(m.owner, mn, insn) + ": constant " + cst + " (" + cst.getClass().getSimpleName() + ") is not supported");
                    }
                    break;
                }
                default:
                    break;
            }
        }
    }

    public static String primitiveDescriptor(int atype) {
        switch (atype) {
            case T_BOOLEAN: return "Z";
            case T_CHAR: return "C";
            case T_FLOAT: return "F";
            case T_DOUBLE: return "D";
            case T_BYTE: return "B";
            case T_SHORT: return "S";
            case T_INT: return "I";
            default: return "J";
        }
    }

    private void call(MethodInfo caller, MethodInsnNode call) throws CompileError {
        String where = Where.of(caller.owner, caller.node, call);
        ClassInfo owner = classOf(call.owner, where);
        String key = call.name + call.desc;
        MethodInfo target = owner.resolveMethod(key);
        if (target == null && (owner.missing || pool.missingReport() != null)) {
            if (!owner.missing) {
                pool.missingReport().missingMember("method " + owner.javaName() + "." + call.name + "("
                        + java.util.Arrays.stream(Type.getArgumentTypes(call.desc)).map(Type::getClassName)
                                .collect(java.util.stream.Collectors.joining(", ")) + ")", where, owner.coreLib);
            }
            return;
        }
        if (target == null) {
            throw new CompileError("missing method " + owner.javaName() + "." + call.name + call.desc
                    + ", referenced by " + where
                    + (owner.coreLib ? ": the Exo-OS core library does not provide it (not supported)" : ""));
        }
        noteDescriptor(call.desc, where);
        if (owner.isWord() && !target.isStatic() && target.owner != owner) {
            throw new CompileError(where + ": " + owner.javaName() + "." + call.name
                    + " is Object's identity method; word type " + owner.javaName() + " has no identity (declare its own)");
        }
        switch (call.getOpcode()) {
            case INVOKESTATIC:
            case INVOKESPECIAL:
                addMethod(target);
                break;
            default:
                if (!target.isVirtual() || owner.isWord()) {
                    addMethod(target);     // private methods of nestmates, final Object methods, words
                } else {
                    addClass(target.owner);
                    virtualCall(owner, key);
                    if (target.isNative()) {
                        addMethod(target);
                    }
                }
        }
        for (Type t : Type.getArgumentTypes(call.desc)) {
            if (t.getSort() == Type.ARRAY) {
                noteType(t, where);
            }
        }
    }

    /** Rejects arrays of word types in a field or method descriptor. */
    private void noteDescriptor(String desc, String where) throws CompileError {
        Type t = Type.getType(desc);
        for (Type a : t.getSort() == Type.METHOD ? t.getArgumentTypes() : new Type[] {t}) {
            rejectWordArray(a, where);
        }
        if (t.getSort() == Type.METHOD) {
            rejectWordArray(t.getReturnType(), where);
        }
    }

    private void rejectWordArray(Type t, String where) throws CompileError {
        if (t.getSort() == Type.ARRAY && pool.isWord(t.getElementType())) {
            throw new CompileError(where + ": arrays of word type " + t.getElementType().getClassName()
                    + " are not supported (use a long[] of raw values)");
        }
    }
}
