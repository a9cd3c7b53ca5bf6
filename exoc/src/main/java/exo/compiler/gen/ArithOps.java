/*
 * Java's arithmetic, comparison and conversion instructions as C expression templates over
 * the operand slots (%s, in stack order). Each keeps Java's rules in C: wrapping integer
 * overflow through unsigned casts, shift counts masked to 5 or 6 bits, saturating and
 * NaN-to-0 float-to-integer conversion (exo.h), NaN ordering of fcmpl/fcmpg.
 */
package exo.compiler.gen;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;

final class ArithOps implements Opcodes {
    /** An instruction's result kind (i, j, f, d), arity and C template. */
    record Op(char kind, boolean binary, String template) {}

    private static final Map<Integer, Op> OPS = new HashMap<>();

    private ArithOps() {}

    private static void put(int opcode, char kind, boolean binary, String template) {
        OPS.put(opcode, new Op(kind, binary, template));
    }

    static {
        put(IADD, 'i', true, "(jint)((uint32_t)%s + (uint32_t)%s)");
        put(LADD, 'j', true, "(jlong)((uint64_t)%s + (uint64_t)%s)");
        put(FADD, 'f', true, "%s + %s");
        put(DADD, 'd', true, "%s + %s");
        put(ISUB, 'i', true, "(jint)((uint32_t)%s - (uint32_t)%s)");
        put(LSUB, 'j', true, "(jlong)((uint64_t)%s - (uint64_t)%s)");
        put(FSUB, 'f', true, "%s - %s");
        put(DSUB, 'd', true, "%s - %s");
        put(IMUL, 'i', true, "(jint)((uint32_t)%s * (uint32_t)%s)");
        put(LMUL, 'j', true, "(jlong)((uint64_t)%s * (uint64_t)%s)");
        put(FMUL, 'f', true, "%s * %s");
        put(DMUL, 'd', true, "%s * %s");
        put(FDIV, 'f', true, "%s / %s");
        put(DDIV, 'd', true, "%s / %s");
        put(FREM, 'f', true, "(jfloat)exo_fmod(%s, %s)");
        put(DREM, 'd', true, "exo_fmod(%s, %s)");
        put(INEG, 'i', false, "(jint)(0u - (uint32_t)%s)");
        put(LNEG, 'j', false, "(jlong)(0ull - (uint64_t)%s)");
        put(FNEG, 'f', false, "-%s");
        put(DNEG, 'd', false, "-%s");
        put(ISHL, 'i', true, "(jint)((uint32_t)%s << (%s & 31))");
        put(LSHL, 'j', true, "(jlong)((uint64_t)%s << (%s & 63))");
        put(ISHR, 'i', true, "%s >> (%s & 31)");
        put(LSHR, 'j', true, "%s >> (%s & 63)");
        put(IUSHR, 'i', true, "(jint)((uint32_t)%s >> (%s & 31))");
        put(LUSHR, 'j', true, "(jlong)((uint64_t)%s >> (%s & 63))");
        put(IAND, 'i', true, "%s & %s");
        put(LAND, 'j', true, "%s & %s");
        put(IOR, 'i', true, "%s | %s");
        put(LOR, 'j', true, "%s | %s");
        put(IXOR, 'i', true, "%s ^ %s");
        put(LXOR, 'j', true, "%s ^ %s");
        put(I2L, 'j', false, "(jlong)%s");
        put(I2F, 'f', false, "(jfloat)%s");
        put(I2D, 'd', false, "(jdouble)%s");
        put(L2I, 'i', false, "(jint)%s");
        put(L2F, 'f', false, "(jfloat)%s");
        put(L2D, 'd', false, "(jdouble)%s");
        put(F2I, 'i', false, "exo_d2i(%s)");
        put(F2L, 'j', false, "exo_d2l(%s)");
        put(F2D, 'd', false, "(jdouble)%s");
        put(D2I, 'i', false, "exo_d2i(%s)");
        put(D2L, 'j', false, "exo_d2l(%s)");
        put(D2F, 'f', false, "(jfloat)%s");
        put(I2B, 'i', false, "(jint)(int8_t)%s");
        put(I2C, 'i', false, "(jint)(uint16_t)%s");
        put(I2S, 'i', false, "(jint)(int16_t)%s");
        put(LCMP, 'i', true, "exo_lcmp(%s, %s)");
        put(FCMPL, 'i', true, "exo_fcmpl(%s, %s)");
        put(DCMPL, 'i', true, "exo_fcmpl(%s, %s)");
        put(FCMPG, 'i', true, "exo_fcmpg(%s, %s)");
        put(DCMPG, 'i', true, "exo_fcmpg(%s, %s)");
    }

    /** The template for opcode, or null if it is not a pure arithmetic instruction. */
    static Op of(int opcode) {
        return OPS.get(opcode);
    }
}
