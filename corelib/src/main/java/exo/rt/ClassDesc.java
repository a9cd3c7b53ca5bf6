/*
 * Offsets and flags of the class descriptor exoc emits for every type (struct exo_class in
 * exoc's exo.h, which is the one definition; keep the two in step).
 */
package exo.rt;

final class ClassDesc {
    private ClassDesc() {}

    static final int CLASS_OBJECT = 0;
    static final int SUPER = 8;
    static final int COMPONENT = 16;
    static final int ARRAY_CLASS = 24;
    static final int REF_OFFSETS = 32;
    static final int INSTANCE_SIZE = 40;
    static final int ELEM_SIZE = 44;
    static final int FLAGS = 48;

    static final int ARRAY = 0x01;
    static final int REFARRAY = 0x02;
    static final int INTERFACE = 0x04;
    static final int PRIMITIVE = 0x08;
    static final int ABSTRACT = 0x10;
    static final int CLONEABLE = 0x20;
    static final int CORELIB = 0x40;

    /**
     * Object header (exoc's exo.compiler.model.ObjectLayout is the one definition; its test
     * checks these): a 32-bit class reference, the descriptor's address sign-extended, and the
     * lock and hash word (Monitors.LOCK_WORD); arrays add the length, then the elements at
     * ARRAY_DATA_NARROW (1-, 2- and 4-byte elements) or ARRAY_DATA_WIDE (8-byte ones).
     */
    static final int HEADER = 8;
    static final int FIRST_FIELD = 8;   // an object's first instance field (String.value)
    static final int ARRAY_LENGTH = 8;
    static final int ARRAY_DATA_NARROW = 12;
    static final int ARRAY_DATA_WIDE = 16;

    /** The descriptor of the object at obj (its class reference, sign-extended). */
    static long classAt(long obj) {
        return Mem.load32(obj);
    }

    /**
     * Writes the header of a new object at obj: its class reference, and its lock word's
     * initial value (0 on linux, "no hash" on the kernel: exoc's ObjectLayout).
     */
    static void setClass(long obj, long cls) {
        Mem.storeHeader(obj, cls);
    }

    static long classOf(Object o) {
        return classAt(Mem.addressOf(o));
    }

    /** Where an array's elements start, for elements of elemSize bytes. */
    static int arrayData(int elemSize) {
        return elemSize == 8 ? ARRAY_DATA_WIDE : ARRAY_DATA_NARROW;
    }

    static int flags(long cls) {
        return Mem.load32(cls + FLAGS);
    }

    /** Bytes of an array: header, length, elements, rounded up to 8. */
    static long arraySize(int length, int elemSize) {
        return (arrayData(elemSize) + (long) length * elemSize + 7) & -8L;
    }

    /** Bytes taken by the object at obj, whose class descriptor is cls. */
    static long objectSize(long obj, long cls) {
        if ((flags(cls) & ARRAY) != 0) {
            return arraySize(Mem.load32(obj + ARRAY_LENGTH), Mem.load32(cls + ELEM_SIZE));
        }
        return Mem.load32(cls + INSTANCE_SIZE);
    }

    static long objectSize(long obj) {
        return objectSize(obj, classAt(obj));
    }

    static Class<?> classObject(long cls) {
        return (Class<?>) Mem.objectAt(Mem.load64(cls + CLASS_OBJECT));
    }
}
