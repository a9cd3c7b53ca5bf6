/*
 * The object layout, written once (docs/RUNTIME.md, "Objects"). ClassInfo lays out fields
 * after HEADER_BYTES; Gcc writes cHeader() as exo_layout.h, which exo.h includes, so the C
 * runtime and the generated code read the same numbers; the core library's exo.rt.ClassDesc
 * and exo.rt.Monitors repeat the few they need, and ObjectLayoutTest checks they agree.
 *
 *   offset 0  4 bytes  class reference: the descriptor's address, sign-extended to 64 bits
 *                      (linux: a static non-PIE binary, data below 2 GiB; kernel: the image
 *                      is in the top 2 GiB, -mcmodel=kernel), so decoding is one movslq
 *   offset 4  4 bytes  lock and hash word (exo.rt.Monitors): its initial value, a thin lock,
 *                      an inflated monitor's index, or the identity hash
 *
 * A new object's header is written as one 64-bit store of the sign-extended descriptor
 * address (`movq $desc, (p)`, a 32-bit immediate in both code models), so the lock word
 * starts as that address's upper half: 0 on linux (descriptors below 2 GiB), 0xffffffff on
 * the kernel (descriptors in the top 2 GiB). The kernel keeps its monitors in a side table,
 * so its lock word only ever holds that "no hash" value or a hash (hash << 2 | 2).
 *   offset 8           instance fields; arrays: int32 length, then the elements at 12
 *                      (elements of 1, 2 or 4 bytes) or 16 (8 bytes, kept 8-aligned)
 */
package exo.compiler.model;

public final class ObjectLayout {
    private ObjectLayout() {}

    public static final int CLASS_REF = 0;
    public static final int LOCK_WORD = 4;
    public static final int HEADER_BYTES = 8;
    public static final int ARRAY_LENGTH = 8;
    public static final int ARRAY_DATA_NARROW = 12;
    public static final int ARRAY_DATA_WIDE = 16;
    /** A new object's lock word (the upper half of its header's sign-extended address). */
    public static final int LOCK_INITIAL_LINUX = 0;
    public static final int LOCK_INITIAL_KERNEL = 0xffffffff;

    /** Where an array's elements start, for elements of elemBytes bytes. */
    public static int arrayData(int elemBytes) {
        return elemBytes == 8 ? ARRAY_DATA_WIDE : ARRAY_DATA_NARROW;
    }

    /** Bytes of an array object: header, length, elements, rounded up to 8. */
    public static long arrayBytes(int length, int elemBytes) {
        return (arrayData(elemBytes) + (long) length * elemBytes + 7) & -8L;
    }

    /** exo_layout.h: the same constants for the C side. */
    public static String cHeader() {
        return "/* exo_layout.h: written by exoc from exo.compiler.model.ObjectLayout. Do not edit. */\n"
                + "#define EXO_CLASS_REF " + CLASS_REF + "\n"
                + "#define EXO_LOCK_WORD " + LOCK_WORD + "\n"
                + "#define EXO_HEADER_BYTES " + HEADER_BYTES + "\n"
                + "#define EXO_ARRAY_LENGTH " + ARRAY_LENGTH + "\n"
                + "#define EXO_ARRAY_DATA_NARROW " + ARRAY_DATA_NARROW + "\n"
                + "#define EXO_ARRAY_DATA_WIDE " + ARRAY_DATA_WIDE + "\n"
                + "#ifdef EXO_LINUX\n"
                + "#define EXO_LOCK_INITIAL " + hex(LOCK_INITIAL_LINUX) + "\n"
                + "#else\n"
                + "#define EXO_LOCK_INITIAL " + hex(LOCK_INITIAL_KERNEL) + "\n"
                + "#endif\n";
    }

    private static String hex(int word) {
        return "0x" + Integer.toHexString(word) + "u";
    }
}
