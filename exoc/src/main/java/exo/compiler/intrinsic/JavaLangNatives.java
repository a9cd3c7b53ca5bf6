/*
 * The natives of our java.lang (docs/RUNTIME.md): object identity and class queries read the
 * object header and class descriptor, float/double bit casts and sqrt are one instruction,
 * clone calls its Java implementation in exo.rt.Runtime, and System.arraycopy copies inline
 * (exo_arraycopy in exo_rt.c) when both arrays have one type and the indices are in range,
 * else calls exo.rt.Runtime.arraycopy.
 */
package exo.compiler.intrinsic;

import exo.compiler.CompileError;
import java.util.List;

final class JavaLangNatives implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("java/lang/Object", "java/lang/Class", "java/lang/Float", "java/lang/Double",
                "java/lang/Math", "java/lang/StrictMath", "java/lang/System");
    }

    @Override
    public boolean replacesBodies() {
        return false;
    }

    @Override
    public Lowered lower(IntrinsicCall c) throws CompileError {
        if (!c.method().isNative()) {
            return null;
        }
        switch (c.simpleKey()) {
            case "Object.getClass": return Lowered.pure("(EXO_CLS(" + c.arg(0) + ")->classObject)");
            case "Object.hashCode": return Lowered.pure("exo_identity_hash(" + c.arg(0) + ")");
            case "Object.clone": return Lowered.throwing(c.prog().rt("cloneObject") + "(" + c.arg(0) + ")");
            case "System.arraycopy": return Lowered.throwing("exo_arraycopy(" + String.join(", ", c.args()) + ")");
            case "Class.isInstance": return Lowered.pure("exo_instanceof(" + c.arg(1) + ", CLASSDESC(" + c.arg(0) + "))");
            case "Class.isArray": return Lowered.pure(flag(c, "EXO_ARRAY"));
            case "Class.isInterface": return Lowered.pure(flag(c, "EXO_INTERFACE"));
            case "Class.isPrimitive": return Lowered.pure(flag(c, "EXO_PRIMITIVE"));
            case "Class.getComponentType": return Lowered.pure("exo_class_component(" + c.arg(0) + ")");
            case "Class.getSuperclass": return Lowered.pure("exo_class_super(" + c.arg(0) + ")");
            // values() runs the enum's class initialiser, which may throw.
            case "Class.getEnumConstantsShared": return Lowered.throwing("exo_class_enum_values(" + c.arg(0) + ")");
            case "Float.floatToRawIntBits": return Lowered.pure("((jint)exo_fraw(" + c.arg(0) + "))");
            case "Float.intBitsToFloat": return Lowered.pure("exo_fbits((uint32_t)" + c.arg(0) + ")");
            case "Double.doubleToRawLongBits": return Lowered.pure("((jlong)exo_draw(" + c.arg(0) + "))");
            case "Double.longBitsToDouble": return Lowered.pure("exo_dbits((uint64_t)" + c.arg(0) + ")");
            case "Math.sqrt":
            case "StrictMath.sqrt": return Lowered.pure("__builtin_sqrt(" + c.arg(0) + ")");
            default: return null;
        }
    }

    private static String flag(IntrinsicCall c, String flag) {
        return "((CLASSDESC(" + c.arg(0) + ")->flags & " + flag + ") != 0)";
    }
}
