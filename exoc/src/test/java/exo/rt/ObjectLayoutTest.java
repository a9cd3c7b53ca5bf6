/*
 * The object layout is written once, in exoc's exo.compiler.model.ObjectLayout; the core
 * library repeats the numbers it needs (ClassDesc, Monitors, Atomic) and exo.h reads them
 * from the exo_layout.h that exoc writes. These tests hold the copies to the one definition,
 * and check that the sizes the collector computes are the ones exoc lays out.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.compiler.model.ObjectLayout;
import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;

class ObjectLayoutTest {
    private static long constant(String cls, String name) throws Exception {
        return ((Number) SimHeap.staticField(cls, name)).longValue();
    }

    @Test
    void theCoreLibrarysCopiesAgreeWithObjectLayout() throws Exception {
        assertEquals(ObjectLayout.HEADER_BYTES, constant("exo.rt.ClassDesc", "HEADER"));
        assertEquals(ObjectLayout.HEADER_BYTES, constant("exo.rt.ClassDesc", "FIRST_FIELD"));
        assertEquals(ObjectLayout.ARRAY_LENGTH, constant("exo.rt.ClassDesc", "ARRAY_LENGTH"));
        assertEquals(ObjectLayout.ARRAY_DATA_NARROW, constant("exo.rt.ClassDesc", "ARRAY_DATA_NARROW"));
        assertEquals(ObjectLayout.ARRAY_DATA_WIDE, constant("exo.rt.ClassDesc", "ARRAY_DATA_WIDE"));
        assertEquals(ObjectLayout.ARRAY_DATA_NARROW, constant("exo.rt.Atomic", "ARRAY_DATA_NARROW"));
        assertEquals(ObjectLayout.ARRAY_DATA_WIDE, constant("exo.rt.Atomic", "ARRAY_DATA_WIDE"));
        assertEquals(ObjectLayout.LOCK_WORD, constant("exo.rt.Monitors", "LOCK_WORD"));
    }

    @Test
    void arraySizesAreTheSameOnBothSides() throws Throwable {
        MethodHandle size = SimHeap.handle("exo.rt.ClassDesc", "arraySize", long.class, int.class, int.class);
        for (int elem : new int[] {1, 2, 4, 8}) {
            for (int length = 0; length < 9; length++) {
                assertEquals(ObjectLayout.arrayBytes(length, elem), (long) size.invokeExact(length, elem), elem + " x " + length);
            }
        }
        // What the smaller header is for: an int[1] in 16 bytes, a long[1] in 24.
        assertEquals(16, ObjectLayout.arrayBytes(1, 4));
        assertEquals(16, ObjectLayout.arrayBytes(0, 8));
        assertEquals(24, ObjectLayout.arrayBytes(1, 8));
        assertEquals(16, ObjectLayout.arrayBytes(4, 1));
    }

    @Test
    void theCHeaderDefinesEveryConstant() {
        String h = ObjectLayout.cHeader();
        assertTrue(h.contains("#define EXO_HEADER_BYTES 8\n"), h);
        assertTrue(h.contains("#define EXO_LOCK_WORD 4\n"), h);
        assertTrue(h.contains("#define EXO_ARRAY_LENGTH 8\n"), h);
        assertTrue(h.contains("#define EXO_ARRAY_DATA_NARROW 12\n"), h);
        assertTrue(h.contains("#define EXO_ARRAY_DATA_WIDE 16\n"), h);
        assertTrue(h.contains("#ifdef EXO_LINUX\n#define EXO_LOCK_INITIAL 0x0u\n#else\n#define EXO_LOCK_INITIAL 0xffffffffu\n#endif\n"), h);
    }

    @Test
    void theInitialLockWordIsTheUpperHalfOfTheSignExtendedDescriptor() {
        // One 64-bit store of the address writes both words (Mem.storeHeader).
        long linuxDesc = 0x4a5b60L;                       // a static non-PIE binary's data
        long kernelDesc = 0xffffffff80345678L;            // -mcmodel=kernel
        assertEquals(ObjectLayout.LOCK_INITIAL_LINUX, (int) (linuxDesc >>> 32));
        assertEquals(ObjectLayout.LOCK_INITIAL_KERNEL, (int) (kernelDesc >>> 32));
        // Neither is a hash word (hash << 2 | 2), which Monitors and exo_identity_hash test for.
        assertTrue((ObjectLayout.LOCK_INITIAL_LINUX & 3) != 2 && (ObjectLayout.LOCK_INITIAL_KERNEL & 3) != 2);
    }
}
