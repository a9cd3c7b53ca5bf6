/*
 * Translates one method's bytecode into a C function. Every operand-stack slot and local
 * variable becomes a typed C variable (s3i, l1a, ...), named from ASM's frame analysis, and
 * every instruction a C statement on them; gcc's SSA construction then removes the copies.
 *
 * Java's checks are kept: null, bounds, casts, array stores, division by zero. A failing
 * check or a pending exception after a call jumps to the dispatcher of the instruction's
 * try-catch region (label X<n>), which records the frame in the exception's stack trace,
 * tries the handlers in order and otherwise returns to the caller with the exception still
 * pending (docs/RUNTIME.md).
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import exo.compiler.analysis.WordInterpreter;
import exo.compiler.model.ClassInfo;
import exo.compiler.model.FieldInfo;
import exo.compiler.model.MethodInfo;
import exo.compiler.model.Where;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

final class MethodGen implements Opcodes {
    private final CProgram prog;
    private final MethodInfo method;
    private final ClassInfo owner;
    private final MethodNode mn;
    private final StringBuilder out = new StringBuilder();
    private Frame<BasicValue>[] frames;
    private InsnList insns;
    private int line = -1;
    private int index;
    private TryRegions regions;
    private boolean thisIsStable;
    /** Annotated exo.rt.TailCalls: a call whose result is returned at once is a jump. */
    private boolean tailCalls;
    /** Kernel target: the C functions of Platform.monitorEnter/monitorExit, else null. */
    private String[] monitors;
    /** The object a synchronized method holds, or null. */
    private String syncObject;
    /** Stack slots known to hold 'this' (reset at labels): null checks on them are skipped. */
    private final java.util.Set<Integer> thisSlots = new java.util.HashSet<>();
    private InitChecks initChecks;
    private ArrayLengths lengths;
    private LoadCache loads;
    private ElementForwarding forwarding;
    /** The C variable of 'this': l0a, or l0w in a word type's methods. */
    private final String thisVar;
    private final Branches branches = new Branches(this);
    private final WordCode words;

    MethodGen(CProgram prog, MethodInfo method) {
        this.prog = prog;
        this.method = method;
        this.owner = method.owner;
        this.mn = method.node;
        this.thisVar = method.owner.isWord() ? "l0w" : "l0a";
        this.words = new WordCode(this, method);
    }

    private String where(AbstractInsnNode insn) {
        return Where.of(owner, mn, insn);
    }

    String generate() throws CompileError {
        insns = mn.instructions;
        try {
            frames = new Analyzer<>(new WordInterpreter(prog.pool())).analyze(owner.name, mn);
        } catch (AnalyzerException e) {
            // A word type rule broken (the Analyzer wraps the interpreter's exception).
            Throwable cause = e instanceof WordInterpreter.WordError ? e : e.getCause();
            if (cause instanceof WordInterpreter.WordError) {
                WordInterpreter.WordError w = (WordInterpreter.WordError) cause;
                throw new CompileError(where(w.node) + ": " + w.getMessage());
            }
            throw new CompileError(Where.of(owner, mn) + ": cannot analyse bytecode: " + e.getMessage(), e);
        }
        regions = new TryRegions(mn);
        initChecks = InitChecks.of(prog, mn, frames);
        lengths = new ArrayLengths(owner.name, method);
        // Both targets: on the kernel, what changes under the code (volatile fields, exo.hw
        // and exo.rt.Mem accesses, per-CPU slots, device memory) is read through intrinsic
        // calls or volatile accesses, after which LoadCache reloads everything.
        loads = new LoadCache(mn, lengths.sources());
        forwarding = new ElementForwarding(prog, owner, mn, lengths.sources());
        thisIsStable = !method.isStatic() && !storesLocalZero();
        tailCalls = CProgram.hasAnnotation(method, "Lexo/rt/TailCalls;");
        out.append(prog.prototype(method)).append(" {\n");
        declareVariables();
        out.append(lengths.declarations()).append(forwarding.declarations());
        int cacheDeclarations = out.length();
        out.append("    jint exc_line = -1; (void)exc_line;\n");
        bindArguments();
        out.append(lengths.bindings());
        monitors = prog.monitorFunctions();
        if (monitors != null && (mn.access & ACC_SYNCHRONIZED) != 0) {
            syncObject = method.isStatic() ? "(jobj)&" + prog.classObjectFor(owner.name) : "l0a";
            emit(monitors[0] + "(" + syncObject + ");");
        }
        for (index = 0; index < insns.size(); index++) {
            AbstractInsnNode insn = insns.get(index);
            if (insn instanceof LabelNode) {
                thisSlots.clear();
                loads.label((LabelNode) insn);
                out.append(forwarding.entry(index)).append(" L").append(index).append(":;\n");
                continue;
            }
            if (insn instanceof LineNumberNode) {
                line = ((LineNumberNode) insn).line;
                continue;
            }
            if (insn.getOpcode() < 0 || frames[index] == null) {
                continue;   // frames, or unreachable code
            }
            if (branches.fusedCompare(insn, frames[index], index)) {
                index++;    // the conditional jump was emitted with the comparison
                continue;
            }
            instruction(insn, frames[index]);
            loads.emitted(index, insn, insn instanceof FieldInsnNode ? field((FieldInsnNode) insn) : null);
        }
        out.insert(cacheDeclarations, loads.declarations());
        emitDispatchers();
        out.append("}\n\n");
        return out.toString();
    }

    private boolean storesLocalZero() {
        for (AbstractInsnNode insn : insns) {
            if (insn instanceof VarInsnNode && ((VarInsnNode) insn).var == 0 && insn.getOpcode() >= ISTORE && insn.getOpcode() <= ASTORE) {
                return true;
            }
        }
        return false;
    }

    // ---- variables ---------------------------------------------------------------------

    private static char kindOf(BasicValue v) {
        if (v == null || v == BasicValue.UNINITIALIZED_VALUE || v.getType() == null) {
            return 0;
        }
        if (v == BasicValue.RETURNADDRESS_VALUE) {
            return 'r';
        }
        if (WordInterpreter.isWord(v)) {
            return 'w';
        }
        return Names.kind(v.getType());
    }

    private void declareVariables() throws CompileError {
        TreeSet<String> vars = new TreeSet<>();
        for (int i = 0; i < frames.length; i++) {
            Frame<BasicValue> f = frames[i];
            if (f == null) {
                continue;
            }
            for (int l = 0; l < f.getLocals(); l++) {
                char k = kindOf(f.getLocal(l));
                if (k == 'r') {
                    throw new CompileError(Where.of(owner, mn, insns.get(i)) + ": jsr/ret subroutines are not supported");
                }
                if (k != 0) {
                    vars.add(k + ":l" + l + k);
                }
            }
            for (int s = 0; s < f.getStackSize(); s++) {
                char k = kindOf(f.getStack(s));
                if (k != 0 && k != 'r') {
                    vars.add(k + ":s" + s + k);
                }
            }
        }
        // Locals stored to where no later frame knows them (a catch that ignores its exception).
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode insn = insns.get(i);
            int op = insn.getOpcode();
            if (op >= ISTORE && op <= ASTORE) {
                char k = storedKind(op, frames[i]);
                vars.add(k + ":l" + ((VarInsnNode) insn).var + k);
            } else if (op == IINC) {
                vars.add("i:l" + ((IincInsnNode) insn).var + "i");
            }
        }
        // Argument locals exist even if never read.
        int slot = method.isStatic() ? 0 : 1;
        if (!method.isStatic()) {
            vars.add(thisVar.charAt(2) + ":" + thisVar);
        }
        for (Type t : method.argTypes()) {
            char k = prog.kind(t);
            vars.add(k + ":l" + slot + k);
            slot += t.getSize();
        }
        for (String v : vars) {
            out.append("    ").append(Names.kindType(v.charAt(0))).append(' ').append(v.substring(2)).append(" = 0;\n");
        }
    }

    /** Kind of the value an xSTORE stores: the opcode's, or 'w' for a word (from the frame). */
    private static char storedKind(int op, Frame<BasicValue> f) {
        if (op == ASTORE && f != null && f.getStackSize() > 0 && kindOf(f.getStack(f.getStackSize() - 1)) == 'w') {
            return 'w';
        }
        return "ijfda".charAt(op - ISTORE);
    }

    private void bindArguments() {
        int slot = 0;
        int p = 0;
        if (!method.isStatic()) {
            // A word's constructor builds its word in l0w (declared 0) and returns it.
            if (!CProgram.isWordConstructor(method)) {
                out.append("    ").append(thisVar).append(" = p0;\n");
            }
            slot = 1;
            p = 1;
        }
        for (Type t : method.argTypes()) {
            char k = prog.kind(t);
            out.append("    l").append(slot).append(k).append(" = p").append(p++).append(";\n");
            slot += t.getSize();
        }
    }

    private String stack(Frame<BasicValue> f, int fromTop) {
        int s = f.getStackSize() - 1 - fromTop;
        return thisSlots.contains(s) ? thisVar : "s" + s + kindOf(f.getStack(s));
    }

    /** The slot that an instruction pushing one value writes (depth = stack size before). */
    private String push(Frame<BasicValue> f, char kind, int popped) {
        int depth = f.getStackSize() - popped;
        thisSlots.remove(depth);
        return "s" + depth + kind;
    }

    // ---- exceptions --------------------------------------------------------------------

    /** Label of the exception dispatcher for the current instruction. */
    private String dispatcher() {
        return regions.dispatcherAt(index);
    }

    /** Statement: raise the Throwable that 'create' evaluates to, here. */
    private String raise(String create) {
        return "{ exo_raise(" + create + "); exc_line = " + line + "; goto " + dispatcher() + "; }";
    }

    private String checkPending() {
        return "if (EXO_UNLIKELY(exo_pending != 0)) { exc_line = " + line + "; goto " + dispatcher() + "; }";
    }

    private void nullCheck(String ref) throws CompileError {
        if (thisIsStable && ref.equals("l0a") || ref.endsWith("w")) {
            return;   // 'this', or a word (slots are named s<depth><kind>, l<index><kind>)
        }
        emit("if (EXO_UNLIKELY(" + ref + " == 0)) " + raise(prog.rt("nullPointer") + "()"));
    }

    private void emitDispatchers() throws CompileError {
        // A synchronized method releases its monitor on the exception exit too; the release
        // runs with the exception set aside, which a new exception from it replaces.
        String release = syncObject == null ? ""
                : "{ jobj e = exo_pending; exo_pending = 0; " + monitors[1] + "(" + syncObject + "); if (!exo_pending) exo_pending = e; } ";
        boolean returnsValue = method.returnType().getSort() != Type.VOID || CProgram.isWordConstructor(method);
        String exit = release + (returnsValue ? "return 0;" : "return;");
        if (EntryGen.endsUncaught(prog, method)) {
            // Only the export's wrapper calls it: the exception is the wrapper's uncaught one
            // here, so that no path that returns leaves one pending (no test in the wrapper).
            exit = EntryGen.uncaught(prog) + " " + exit;
        }
        if (!regions.used()) {
            return;   // no trace id either: the method table holds only methods that unwind
        }
        // Lambda proxies are hidden classes on the JVM: their frames are not in traces.
        int traceId = owner.name.contains("$$Lambda$") ? -1 : prog.traceId(method);
        regions.emitDispatchers(out, prog, traceId, exit);
    }

    private void emit(String stmt) {
        out.append("    ").append(stmt).append('\n');
    }

    // ---- instructions ------------------------------------------------------------------

    private void instruction(AbstractInsnNode insn, Frame<BasicValue> f) throws CompileError {
        int op = insn.getOpcode();
        switch (insn.getType()) {
            case AbstractInsnNode.INSN: simple(op, f); return;
            case AbstractInsnNode.INT_INSN: intInsn((IntInsnNode) insn, f); return;
            case AbstractInsnNode.VAR_INSN: varInsn((VarInsnNode) insn, f); return;
            case AbstractInsnNode.TYPE_INSN: typeInsn((TypeInsnNode) insn, f); return;
            case AbstractInsnNode.FIELD_INSN: fieldInsn((FieldInsnNode) insn, f); return;
            case AbstractInsnNode.METHOD_INSN: new Invoke(this, prog).call((MethodInsnNode) insn, f); return;
            case AbstractInsnNode.JUMP_INSN: branches.jump((JumpInsnNode) insn, f); return;
            case AbstractInsnNode.LDC_INSN: ldc((LdcInsnNode) insn, f); return;
            case AbstractInsnNode.IINC_INSN: {
                IincInsnNode ii = (IincInsnNode) insn;
                emit("l" + ii.var + "i = (jint)((uint32_t)l" + ii.var + "i + (uint32_t)" + Names.intLiteral(ii.incr) + ");");
                return;
            }
            case AbstractInsnNode.TABLESWITCH_INSN:
            case AbstractInsnNode.LOOKUPSWITCH_INSN:
                branches.switchInsn(insn, f);
                return;
            case AbstractInsnNode.MULTIANEWARRAY_INSN: {
                MultiANewArrayInsnNode ma = (MultiANewArrayInsnNode) insn;
                StringBuilder dims = new StringBuilder();
                for (int d = ma.dims - 1; d >= 0; d--) {
                    String s = stack(f, d);
                    emit("if (EXO_UNLIKELY(" + s + " < 0)) " + raise(prog.rt("negativeArraySize") + "(" + s + ")"));
                    dims.append(dims.length() > 0 ? ", " : "").append(s);
                }
                String dimsArray = "md" + index;
                emit("jobj " + dimsArray + " = exo_new_array(&" + prog.classDescFor("[I") + ", " + ma.dims + "); " + checkPending());
                for (int d = 0; d < ma.dims; d++) {
                    emit("ELEM(" + dimsArray + ", jint, " + d + ") = " + stack(f, ma.dims - 1 - d) + ";");
                }
                emit(push(f, 'a', ma.dims) + " = " + prog.rt("multiNewArray") + "((jlong)(uintptr_t)&"
                        + prog.classDescFor(ma.desc) + ", " + dimsArray + ", 0); " + checkPending());
                return;
            }
            default:
                throw new CompileError(where(insn) + ": unsupported instruction " + op);
        }
    }

    private void simple(int op, Frame<BasicValue> f) throws CompileError {
        ArithOps.Op arith = ArithOps.of(op);
        if (arith != null) {
            if (arith.binary()) {
                binop(f, arith.kind(), arith.template());
            } else {
                unop(f, arith.kind(), arith.template());
            }
            return;
        }
        switch (op) {
            case NOP: return;
            case ACONST_NULL: emit(push(f, 'a', 0) + " = 0;"); return;
            case ICONST_M1: case ICONST_0: case ICONST_1: case ICONST_2: case ICONST_3: case ICONST_4: case ICONST_5:
                emit(push(f, 'i', 0) + " = " + (op - ICONST_0) + ";"); return;
            case LCONST_0: case LCONST_1: emit(push(f, 'j', 0) + " = " + (op - LCONST_0) + ";"); return;
            case FCONST_0: case FCONST_1: case FCONST_2: emit(push(f, 'f', 0) + " = " + (op - FCONST_0) + ".0f;"); return;
            case DCONST_0: case DCONST_1: emit(push(f, 'd', 0) + " = " + (op - DCONST_0) + ".0;"); return;
            case IALOAD: arrayLoad(f, 'i', "jint"); return;
            case LALOAD: arrayLoad(f, 'j', "jlong"); return;
            case FALOAD: arrayLoad(f, 'f', "jfloat"); return;
            case DALOAD: arrayLoad(f, 'd', "jdouble"); return;
            case AALOAD: arrayLoad(f, 'a', "jobj"); return;
            case BALOAD: arrayLoad(f, 'i', "int8_t"); return;
            case CALOAD: arrayLoad(f, 'i', "uint16_t"); return;
            case SALOAD: arrayLoad(f, 'i', "int16_t"); return;
            case IASTORE: arrayStore(f, "jint"); return;
            case LASTORE: arrayStore(f, "jlong"); return;
            case FASTORE: arrayStore(f, "jfloat"); return;
            case DASTORE: arrayStore(f, "jdouble"); return;
            case AASTORE: arrayStore(f, "jobj"); return;
            case BASTORE: arrayStore(f, "int8_t"); return;
            case CASTORE: arrayStore(f, "uint16_t"); return;
            case SASTORE: arrayStore(f, "int16_t"); return;
            case POP: case POP2: return;   // slots are variables: nothing to do
            case DUP: emit(push(f, kindOf(f.getStack(f.getStackSize() - 1)), 0) + " = " + stack(f, 0) + ";"); return;
            case DUP_X1: dupX(f, 1); return;
            case DUP_X2: dupX(f, f.getStack(f.getStackSize() - 2).getSize() == 2 ? 1 : 2); return;
            case DUP2:
                thisSlots.clear();
                if (f.getStack(f.getStackSize() - 1).getSize() == 2) {
                    emit(push(f, kindOf(f.getStack(f.getStackSize() - 1)), 0) + " = " + stack(f, 0) + ";");
                } else {
                    int n = f.getStackSize();
                    emit(slot(f, n + 1, n - 1) + " = " + stack(f, 0) + "; " + slot(f, n, n - 2) + " = " + stack(f, 1) + ";");
                }
                return;
            case DUP2_X1:
                if (f.getStack(f.getStackSize() - 1).getSize() == 2) {
                    dupX(f, 1);
                } else {
                    dup2X(f, 1);
                }
                return;
            case DUP2_X2: {
                boolean topWide = f.getStack(f.getStackSize() - 1).getSize() == 2;
                if (topWide) {
                    dupX(f, f.getStack(f.getStackSize() - 2).getSize() == 2 ? 1 : 2);
                } else {
                    dup2X(f, f.getStack(f.getStackSize() - 3).getSize() == 2 ? 1 : 2);
                }
                return;
            }
            case SWAP: {
                thisSlots.clear();
                String a = stack(f, 0);
                String b = stack(f, 1);
                int n = f.getStackSize();
                String tmp = "t" + index;
                emit("{ " + Names.kindType(a.charAt(a.length() - 1)) + " " + tmp + " = " + a + "; "
                        + slot(f, n - 1, n - 2) + " = " + b + "; " + slot(f, n - 2, n - 1) + " = " + tmp + "; }");
                return;
            }
            case IDIV: case IREM: case LDIV: case LREM: {
                emit("if (EXO_UNLIKELY(" + stack(f, 0) + " == 0)) " + raise(prog.rt("divideByZero") + "()"));
                String fn = op == IDIV ? "exo_idiv" : op == IREM ? "exo_irem" : op == LDIV ? "exo_ldiv" : "exo_lrem";
                binop(f, op == IDIV || op == IREM ? 'i' : 'j', fn + "(%s, %s)");
                return;
            }
            case IRETURN: case LRETURN: case FRETURN: case DRETURN: case ARETURN:
                if (syncObject != null) {
                    emit(monitors[1] + "(" + syncObject + ");");
                }
                emit("return " + stack(f, 0) + ";");
                return;
            case RETURN:
                if (syncObject != null) {
                    emit(monitors[1] + "(" + syncObject + ");");
                }
                emit(CProgram.isWordConstructor(method) ? "return l0w;" : "return;");
                return;
            case ARRAYLENGTH: {
                String a = stack(f, 0);
                nullCheck(a);
                emit(push(f, 'i', 1) + " = " + length(0, a) + ";");
                return;
            }
            case ATHROW: {
                String e = stack(f, 0);
                nullCheck(e);
                emit(prog.rt("thrown") + "(" + e + ", " + prog.traceId(method) + "); exo_pending = " + e
                        + "; exc_line = " + line + "; goto " + dispatcher() + ";");
                return;
            }
            case MONITORENTER: case MONITOREXIT:
                nullCheck(stack(f, 0));
                // The kernel maps monitors onto its locks; single-threaded programs need none.
                if (monitors != null) {
                    emit(monitors[op == MONITORENTER ? 0 : 1] + "(" + stack(f, 0) + "); " + checkPending());
                }
                return;
            default:
                throw new CompileError(where(insns.get(index)) + ": unsupported instruction " + op);
        }
    }

    /** Name of stack slot 'depth' (absolute) whose kind is that of slot 'sameKindAs'. */
    private String slot(Frame<BasicValue> f, int depth, int sameKindAs) {
        return "s" + depth + kindOf(f.getStack(sameKindAs));
    }

    // value1 on top is copied below 'under' values: ..., u_k..u_1, v -> ..., v, u_k..u_1, v
    private void dupX(Frame<BasicValue> f, int under) {
        thisSlots.clear();
        int n = f.getStackSize();
        StringBuilder b = new StringBuilder();
        b.append(slot(f, n, n - 1)).append(" = ").append(stack(f, 0)).append("; ");
        for (int k = n - 1; k > n - 1 - under; k--) {
            b.append(slot(f, k, k - 1)).append(" = s").append(k - 1).append(kindOf(f.getStack(k - 1))).append("; ");
        }
        b.append(slot(f, n - 1 - under, n - 1)).append(" = ").append(slot(f, n, n - 1)).append(';');
        emit(b.toString());
    }

    // two category-1 values on top copied below 'under' values
    private void dup2X(Frame<BasicValue> f, int under) {
        thisSlots.clear();
        int n = f.getStackSize();
        StringBuilder b = new StringBuilder();
        b.append(slot(f, n + 1, n - 1)).append(" = ").append(stack(f, 0)).append("; ");
        b.append(slot(f, n, n - 2)).append(" = ").append(stack(f, 1)).append("; ");
        for (int k = n - 3; k > n - 3 - under; k--) {
            b.append(slot(f, k + 2, k)).append(" = s").append(k).append(kindOf(f.getStack(k))).append("; ");
        }
        int base = n - 2 - under;
        b.append(slot(f, base, n - 2)).append(" = ").append(slot(f, n, n - 2)).append("; ");
        b.append(slot(f, base + 1, n - 1)).append(" = ").append(slot(f, n + 1, n - 1)).append(';');
        emit(b.toString());
    }

    private void binop(Frame<BasicValue> f, char kind, String fmt) {
        emit(push(f, kind, 2) + " = " + String.format(fmt, stack(f, 1), stack(f, 0)) + ";");
    }

    private void unop(Frame<BasicValue> f, char kind, String fmt) {
        emit(push(f, kind, 1) + " = " + String.format(fmt, stack(f, 0)) + ";");
    }

    /** Null and bounds checks of array[idx]; the array is fromTop values below the stack top. */
    private void boundsCheck(String array, int fromTop, String idx) throws CompileError {
        nullCheck(array);
        String length = length(fromTop, array);
        emit("if (EXO_UNLIKELY((uint32_t)" + idx + " >= (uint32_t)" + length + ")) "
                + raise(prog.rt("arrayIndex") + "(" + idx + ", ARRLEN(" + array + "))"));
    }

    /**
     * The length of a non-null array fromTop below the stack top: a shadow of an array local,
     * else a variable of the load cache (assigned here the first time in a block), else ARRLEN.
     */
    private String length(int fromTop, String array) {
        String length = lengths.lengthOf(index, fromTop, array);
        if (length.startsWith("ARRLEN(")) {
            String[] cached = loads.length(index, fromTop, array);
            if (cached != null) {
                if (!cached[1].isEmpty()) {
                    emit(cached[1]);
                }
                return cached[0];
            }
        }
        return length;
    }

    private void arrayLoad(Frame<BasicValue> f, char kind, String ctype) throws CompileError {
        String a = stack(f, 1);
        String i = stack(f, 0);
        String key = kind == 'a' ? loads.elementKey(index) : null;
        String earlier = loads.hit(key);
        if (earlier != null) {   // the same element of the same array, loaded and checked before
            emit(push(f, kind, 2) + " = " + earlier + ";");
            loads.reused(index, key);
            return;
        }
        boundsCheck(a, 1, i);
        String value = push(f, kind, 2);
        String forwarded = forwarding.forwardedLoad(index);
        emit(value + " = " + (forwarded != null ? forwarded : "ELEM(" + a + ", " + ctype + ", " + i + ")") + ";");
        String keep = loads.keep(index, key, value, kind);
        if (!keep.isEmpty()) {
            emit(keep);
        }
    }

    private void arrayStore(Frame<BasicValue> f, String ctype) throws CompileError {
        String a = stack(f, 2);
        String i = stack(f, 1);
        String v = stack(f, 0);
        boundsCheck(a, 2, i);
        if (ctype.equals("jobj")) {
            emit("if (" + v + " != 0 && EXO_UNLIKELY(!exo_store_ok(" + a + ", " + v + "))) " + raise(prog.rt("arrayStore") + "(" + v + ")"));
        }
        emit("ELEM(" + a + ", " + ctype + ", " + i + ") = (" + ctype + ")" + v + ";");
        String forwarded = forwarding.forwardedStore(index);
        if (forwarded != null) {
            emit(forwarded + " = (" + ctype + ")" + v + ";");
        }
    }

    private void intInsn(IntInsnNode insn, Frame<BasicValue> f) throws CompileError {
        switch (insn.getOpcode()) {
            case BIPUSH: case SIPUSH:
                emit(push(f, 'i', 0) + " = " + insn.operand + ";");
                return;
            default: {   // NEWARRAY
                String desc = "[" + exo.compiler.analysis.Reachability.primitiveDescriptor(insn.operand);
                newArray(f, desc);
            }
        }
    }

    private void newArray(Frame<BasicValue> f, String arrayDesc) throws CompileError {
        String n = stack(f, 0);
        emit("if (EXO_UNLIKELY(" + n + " < 0)) " + raise(prog.rt("negativeArraySize") + "(" + n + ")"));
        String a = push(f, 'a', 1);
        int elemSize = FieldInfo.sizeOf(Type.getType(arrayDesc.substring(1)));
        emit(a + " = exo_new_array_of(&" + prog.classDescFor(arrayDesc) + ", " + n + ", " + elemSize + "); " + checkAllocated(a));
    }

    /** After an allocation: null means it threw (OutOfMemoryError is pending). */
    private String checkAllocated(String ref) {
        return "if (EXO_UNLIKELY(" + ref + " == 0)) { exc_line = " + line + "; goto " + dispatcher() + "; }";
    }

    private void varInsn(VarInsnNode insn, Frame<BasicValue> f) throws CompileError {
        int op = insn.getOpcode();
        if (op >= ILOAD && op <= ALOAD) {
            char k = op == ALOAD && kindOf(f.getLocal(insn.var)) == 'w' ? 'w' : "ijfda".charAt(op - ILOAD);
            emit(push(f, k, 0) + " = l" + insn.var + k + ";");
            if (op == ALOAD && insn.var == 0 && thisIsStable) {
                thisSlots.add(f.getStackSize());
            }
        } else if (op >= ISTORE && op <= ASTORE) {
            char k = storedKind(op, f);
            emit("l" + insn.var + k + " = " + stack(f, 0) + ";");
            String shadow = op == ASTORE && k == 'a' ? lengths.stored(insn.var) : null;
            if (shadow != null) {
                emit(shadow);
            }
        } else {
            throw new CompileError(where(insn) + ": jsr/ret subroutines are not supported");
        }
    }

    private void typeInsn(TypeInsnNode insn, Frame<BasicValue> f) throws CompileError {
        switch (insn.getOpcode()) {
            case NEW: {
                ClassInfo c = prog.classInfo(insn.desc, where(insn));
                initCheck(c);
                if (c.isWord()) {
                    words.newWord(insn, f);
                    return;
                }
                // The size is a literal, and the fast path returns a non-null object (the
                // allocator tells gcc so): only the slow path, which may throw, is tested.
                String o = push(f, 'a', 0);
                emit(o + " = exo_new(&" + prog.classDescFor(insn.desc) + ", " + c.instanceSize() + "); " + checkAllocated(o));
                return;
            }
            case ANEWARRAY:
                newArray(f, "[" + Type.getObjectType(insn.desc).getDescriptor());
                return;
            case CHECKCAST: {
                String o = stack(f, 0);
                String cls = prog.classDescFor(insn.desc);
                if (!insn.desc.equals("java/lang/Object")) {
                    emit("if (" + o + " != 0 && EXO_UNLIKELY(!" + typeTest(insn, o) + ")) "
                            + raise(prog.rt("classCast") + "(" + o + ", (jlong)(uintptr_t)&" + cls + ")"));
                }
                return;
            }
            default: // INSTANCEOF
                emit(push(f, 'i', 1) + " = " + (insn.desc.equals("java/lang/Object") ? "(" + stack(f, 0) + " != 0)"
                        : "(" + stack(f, 0) + " != 0 && " + typeTest(insn, stack(f, 0)) + ")") + ";");
        }
    }

    /**
     * C test that the non-null object o is an instance of type (not Object). A plain class
     * is one range compare inline (exo_subclass_of: class ids are a preorder of the class
     * tree, array and primitive descriptors lie outside every range); interfaces and array
     * types go through exo_assignable. HashMap's `first instanceof TreeNode` on every lookup
     * was a call before. A class with no subclass in the closed world (final ones among them:
     * exoc sees the whole program, and its ids were numbered before any method is generated)
     * is one pointer compare with its descriptor: Task.current()'s cast on every system call.
     */
    private String typeTest(TypeInsnNode insn, String o) throws CompileError {
        String type = insn.desc;
        String cls = prog.classDescFor(type);
        if (!type.startsWith("[")) {
            ClassInfo c = prog.classInfo(type, where(insn));
            if (!c.isInterface() && c.id >= 0 && c.lastDescendantId == c.id) {
                return "(EXO_CLS(" + o + ") == &" + cls + ")";
            }
            if (!c.isInterface()) {
                return "exo_subclass_of(EXO_CLS(" + o + "), &" + cls + ")";
            }
        }
        return "(EXO_CLS(" + o + ") == &" + cls + " || exo_assignable(EXO_CLS(" + o + "), &" + cls + "))";
    }

    /** Would a use of c here need a class-initialisation check? */
    boolean initCheckNeeded(ClassInfo c) throws CompileError {
        return prog.needsInitCheck(owner, c) && initChecks.needed(index, c.name);
    }

    /** Static initialisation check before using class c (JVMS 5.5). */
    void initCheck(ClassInfo c) throws CompileError {
        if (initCheckNeeded(c)) {
            loads.clobber();   // the initialiser may write any field
            emit("if (EXO_UNLIKELY(" + prog.initFlag(c) + " != 1)) { " + prog.initFunction(c) + "(); " + checkPending() + " }");
        }
    }

    private FieldInfo field(FieldInsnNode insn) throws CompileError {
        return prog.classInfo(insn.owner, where(insn)).resolveField(insn.name);
    }

    /** An earlier load of the same field of the same object in this block, reused: true. */
    private boolean reusedLoad(String key, Frame<BasicValue> f, char k, int popped) {
        String earlier = loads.hit(key);
        if (earlier == null) {
            return false;
        }
        emit(push(f, k, popped) + " = " + earlier + ";");
        loads.reused(index, key);
        return true;
    }

    private void keepLoad(String key, String value, char k) {
        String keep = loads.keep(index, key, value, k);
        if (!keep.isEmpty()) {
            emit(keep);
        }
    }

    private void fieldInsn(FieldInsnNode insn, Frame<BasicValue> f) throws CompileError {
        FieldInfo fi = field(insn);
        fi.owner.instanceSize();   // lays out the fields
        Type t = Type.getType(insn.desc);
        char k = prog.kind(t);
        if (!fi.isStatic() && fi.owner.isWord()) {
            words.field(insn, fi, f);
            return;
        }
        // Volatile fields are shared with interrupt handlers (and later threads): every
        // access must reach memory.
        boolean isVolatile = (fi.node.access & ACC_VOLATILE) != 0;
        String st = (isVolatile ? "volatile " : "") + prog.storageType(t);
        switch (insn.getOpcode()) {
            case GETSTATIC: {
                String prim = prog.primitiveClassConstant(insn);
                if (prim != null) {
                    emit(push(f, 'a', 0) + " = (jobj)&" + prim + ";");
                    return;
                }
                String key = loads.fieldKey(index, fi);
                if (reusedLoad(key, f, k, 0)) {
                    return;
                }
                initCheck(fi.owner);
                key = loads.fieldKey(index, fi);   // an initialiser that ran is a new epoch
                String value = push(f, k, 0);
                emit(value + " = " + (k == 'i' && !st.equals("jint") ? "(jint)" : "") + prog.staticField(fi) + ";");
                keepLoad(key, value, k);
                return;
            }
            case PUTSTATIC:
                initCheck(fi.owner);
                emit(prog.staticField(fi) + " = (" + st + ")" + stack(f, 0) + ";" + volatileFence(isVolatile));
                return;
            case GETFIELD: {
                String o = stack(f, 0);
                String key = loads.fieldKey(index, fi);
                if (reusedLoad(key, f, k, 1)) {
                    return;
                }
                nullCheck(o);
                String value = push(f, k, 1);
                emit(value + " = " + (k == 'i' ? "(jint)" : "") + "FLD(" + o + ", " + fi.offset + ", " + st + ");");
                keepLoad(key, value, k);
                return;
            }
            default: { // PUTFIELD
                String o = stack(f, 1);
                nullCheck(o);
                emit("FLD(" + o + ", " + fi.offset + ", " + st + ") = (" + st + ")" + stack(f, 0) + ";" + volatileFence(isVolatile));
            }
        }
    }

    /** The collector's classes: they run with the world stopped, and poll for nothing. */
    private static final java.util.Set<String> COLLECTOR = java.util.Set.of("exo/rt/Heap", "exo/rt/Allocator",
            "exo/rt/Blocks", "exo/rt/Marker", "exo/rt/ParallelMarker", "exo/rt/Sweeper", "exo/rt/GcStats");

    /** Do loop back-edges poll for a safepoint (threads possible, not the collector's code)? */
    boolean pollsAtBackEdges() throws CompileError {
        return prog.threaded() && !COLLECTOR.contains(owner.name);
    }

    /**
     * After a volatile store, with threads: x86_64 keeps stores in order and loads in order,
     * but may let a later load pass an earlier store; Java's volatile forbids that (JLS 17.4),
     * hence a full fence.
     */
    private String volatileFence(boolean isVolatile) throws CompileError {
        return isVolatile && prog.threaded() ? " __atomic_thread_fence(__ATOMIC_SEQ_CST);" : "";
    }

    private void ldc(LdcInsnNode insn, Frame<BasicValue> f) throws CompileError {
        Object c = insn.cst;
        if (c instanceof Integer) {
            emit(push(f, 'i', 0) + " = " + Names.intLiteral((Integer) c) + ";");
        } else if (c instanceof Long) {
            emit(push(f, 'j', 0) + " = " + Names.longLiteral((Long) c) + ";");
        } else if (c instanceof Float) {
            emit(push(f, 'f', 0) + " = " + Names.floatLiteral((Float) c) + ";");
        } else if (c instanceof Double) {
            emit(push(f, 'd', 0) + " = " + Names.doubleLiteral((Double) c) + ";");
        } else if (c instanceof String) {
            emit(push(f, 'a', 0) + " = (jobj)&" + prog.stringLiteral((String) c) + ";");
        } else if (c instanceof Type) {
            Type t = (Type) c;
            String d = t.getSort() == Type.ARRAY ? t.getDescriptor() : t.getInternalName();
            emit(push(f, 'a', 0) + " = (jobj)&" + prog.classObjectFor(d) + ";");
        } else {
            throw new CompileError(where(insn) + ": constant " + c + " is not supported");
        }
    }

    /**
     * Kernel target: a line-table record for the code that follows (a call, or a hardware
     * intrinsic that may fault). The record (section exo_lines: the code address relative to
     * itself, the method id, the line) costs no instruction; `asm inline` keeps gcc from
     * counting it against inlining. The runtime maps a return address or a faulting rip to
     * the nearest record below it (exo_kernel.c). One per call, even on the same line: a
     * callee that gcc inlines brings records of its own, after which the caller's line
     * must be stated again.
     */
    void lineMarker() {
        if (!prog.target().hasCodeTable() || line < 0) {
            return;
        }
        int id = owner.name.contains("$$Lambda$") ? -1 : prog.traceId(method);
        if (id >= 0) {
            emit("EXO_LINE(" + id + ", " + line + ");");
        }
    }

    // ---- for Invoke, Branches and WordCode -----------------------------------------------------

    String whereNow() { return where(insns.get(index)); }
    int insnIndex() { return index; }
    void emitStatement(String s) { emit(s); }
    String raiseStatement(String create) { return raise(create); }
    String pendingCheck() { return checkPending(); }

    /**
     * Is the call at the current instruction one whose result the method returns at once, in
     * a TailCalls method, outside any try region and monitor? Then nothing follows the call
     * (no pending test: the caller's own test sees the exception), and gcc makes it a jump.
     */
    boolean isTailCall() {
        if (!tailCalls || syncObject != null || regions.covered(index)) {
            return false;
        }
        for (int i = index + 1; i < insns.size(); i++) {
            int op = insns.get(i).getOpcode();
            if (op >= 0) {   // past labels, line numbers and frames
                return op >= IRETURN && op <= RETURN;
            }
        }
        return false;
    }

    void nullCheckRef(String ref) throws CompileError { nullCheck(ref); }
    String stackSlot(Frame<BasicValue> f, int fromTop) { return stack(f, fromTop); }
    boolean isWordSlot(Frame<BasicValue> f, int fromTop) { return kindOf(f.getStack(f.getStackSize() - 1 - fromTop)) == 'w'; }
    String pushSlot(Frame<BasicValue> f, char kind, int popped) { return push(f, kind, popped); }
    String labelOf(LabelNode label) { return "L" + insns.indexOf(label); }
    InsnList instructions() { return insns; }
    WordCode words() { return words; }
}
