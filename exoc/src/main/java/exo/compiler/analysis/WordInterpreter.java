/*
 * ASM frame analysis that knows word types (@exo.rt.Word). MethodGen analyses every method
 * with it: a word value is a BasicValue whose type is the word class (every other reference
 * stays BasicValue.REFERENCE_VALUE), so code generation can give it a jlong variable. On the
 * way it rejects, with the instruction, what would behave differently on the JVM, where a
 * word is an object, and in exoc, where it is a value: == and != on words, null where a word
 * is expected, words where an Object is expected (Object, generic, interface and array
 * positions), casts and instanceof to a word type, synchronized on a word.
 */
package exo.compiler.analysis;

import exo.compiler.model.ClassPool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;

public final class WordInterpreter extends BasicInterpreter {
    /** A rule a word value broke, at insn. */
    public static final class WordError extends AnalyzerException {
        public WordError(AbstractInsnNode insn, String message) {
            super(insn, message);
        }
    }

    private static final String RULE = "a word type has no identity in exoc, so it cannot be used as an object";

    private final ClassPool pool;
    private final Map<String, BasicValue> wordValues = new HashMap<>();

    public WordInterpreter(ClassPool pool) {
        super(ASM9);
        this.pool = pool;
    }

    /** True for a value of a word type (a frame value made by this interpreter). */
    public static boolean isWord(BasicValue v) {
        return v != null && v.getType() != null && v.getType().getSort() == Type.OBJECT
                && !v.getType().getInternalName().equals("java/lang/Object");
    }

    @Override
    public BasicValue newValue(Type type) {
        if (type != null && type.getSort() == Type.OBJECT && pool.isWord(type.getInternalName())) {
            return wordValues.computeIfAbsent(type.getInternalName(), k -> new BasicValue(type));
        }
        return super.newValue(type);
    }

    @Override
    public BasicValue unaryOperation(AbstractInsnNode insn, BasicValue value) throws AnalyzerException {
        switch (insn.getOpcode()) {
            case CHECKCAST:
            case INSTANCEOF: {
                String desc = ((TypeInsnNode) insn).desc;
                if (pool.isWord(desc) || isWord(value)) {
                    throw new WordError(insn, (insn.getOpcode() == CHECKCAST ? "cast" : "instanceof") + " with word type "
                            + javaName(pool.isWord(desc) ? desc : value.getType().getInternalName())
                            + " is not supported (" + RULE + ")");
                }
                break;
            }
            case PUTSTATIC:
                expect(insn, value, Type.getType(((FieldInsnNode) insn).desc), "static field " + ((FieldInsnNode) insn).name);
                break;
            case IFNULL:
            case IFNONNULL:
                if (isWord(value)) {
                    throw new WordError(insn, "a value of word type " + javaName(value) + " compared with null: a word is never null");
                }
                break;
            case MONITORENTER:
            case MONITOREXIT:
                if (isWord(value)) {
                    throw new WordError(insn, "synchronized on a value of word type " + javaName(value) + " (a word has no monitor)");
                }
                break;
            default:
                break;
        }
        return super.unaryOperation(insn, value);
    }

    @Override
    public BasicValue binaryOperation(AbstractInsnNode insn, BasicValue v1, BasicValue v2) throws AnalyzerException {
        switch (insn.getOpcode()) {
            case PUTFIELD:
                expect(insn, v2, Type.getType(((FieldInsnNode) insn).desc), "field " + ((FieldInsnNode) insn).name);
                break;
            case IF_ACMPEQ:
            case IF_ACMPNE:
                if (isWord(v1) || isWord(v2)) {
                    throw new WordError(insn, "== or != on word type " + javaName(isWord(v1) ? v1 : v2)
                            + " compares identities on the JVM but values in exoc: use equals");
                }
                break;
            default:
                break;
        }
        return super.binaryOperation(insn, v1, v2);
    }

    @Override
    public BasicValue ternaryOperation(AbstractInsnNode insn, BasicValue v1, BasicValue v2, BasicValue v3) throws AnalyzerException {
        if (insn.getOpcode() == AASTORE && isWord(v3)) {
            throw new WordError(insn, "a value of word type " + javaName(v3) + " stored in an array (" + RULE + ")");
        }
        return super.ternaryOperation(insn, v1, v2, v3);
    }

    @Override
    public BasicValue naryOperation(AbstractInsnNode insn, List<? extends BasicValue> values) throws AnalyzerException {
        if (insn instanceof MethodInsnNode) {
            MethodInsnNode call = (MethodInsnNode) insn;
            String callee = javaName(call.owner) + "." + call.name;
            Type[] params = Type.getArgumentTypes(call.desc);
            int first = values.size() - params.length;
            boolean wordSuper = call.name.equals("<init>") && call.owner.equals("java/lang/Object") && isWord(values.get(0));
            if (first == 1 && !wordSuper) {   // a word's constructor calls Object's: nothing to do
                if (call.owner.equals("java/lang/Object") && isWord(values.get(0))) {
                    throw new WordError(insn, callee + " is Object's identity method; word type " + javaName(values.get(0))
                            + " has no identity (declare its own " + call.name + ")");
                }
                Type owner = call.owner.startsWith("[") ? Type.getType(call.owner) : Type.getObjectType(call.owner);
                expect(insn, values.get(0), owner, "the receiver of " + callee);
            }
            boolean conversion = isStringConversion(call);
            for (int i = 0; i < params.length; i++) {
                if (!(conversion && isWord(values.get(first + i)))) {
                    expect(insn, values.get(first + i), params[i], "argument " + (i + 1) + " of " + callee);
                }
            }
        }
        return super.naryOperation(insn, values);
    }

    /**
     * String conversion ("" + w, sb.append(w), String.valueOf(w)) takes a word: code
     * generation calls the word's own toString() (a word is never null, so this is what the
     * JVM does too).
     */
    public static boolean isStringConversion(MethodInsnNode call) {
        return call.desc.equals("(Ljava/lang/Object;)Ljava/lang/StringBuilder;") && call.owner.equals("java/lang/StringBuilder")
                && call.name.equals("append")
                || call.desc.equals("(Ljava/lang/Object;)Ljava/lang/String;") && call.owner.equals("java/lang/String")
                && call.name.equals("valueOf");
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, BasicValue value, BasicValue expected) throws AnalyzerException {
        expect(insn, value, expected.getType(), "the return value");
        super.returnOperation(insn, value, expected);
    }

    /** A value used where a value of type 'expected' goes: words only where that word goes. */
    private void expect(AbstractInsnNode insn, BasicValue value, Type expected, String role) throws WordError {
        if (expected == null || (expected.getSort() != Type.OBJECT && expected.getSort() != Type.ARRAY)) {
            return;
        }
        if (pool.isWord(expected)) {
            if (!isWord(value) || !value.getType().equals(expected)) {
                throw new WordError(insn, "null or a value that is not of word type " + javaName(expected.getInternalName())
                        + " used as " + role + " (a word is never null)");
            }
        } else if (isWord(value)) {
            throw new WordError(insn, "a value of word type " + javaName(value) + " used as " + role + ", of type "
                    + expected.getClassName() + " (" + RULE + ")");
        }
    }

    private static String javaName(BasicValue v) {
        return javaName(v.getType().getInternalName());
    }

    private static String javaName(String internalName) {
        return internalName.replace('/', '.');
    }
}
