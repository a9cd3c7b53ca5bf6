/*
 * Code addresses to Java methods and source lines, for panic reports: which method and line
 * a faulting rip or a return address belongs to. exoc lowers each call to a lookup in the
 * tables it emits for the kernel (the start address of every method, and a line record per
 * call site and faulting intrinsic: exo_kernel.c); an inlined method's line records carry
 * its own id, so the innermost inlined method is named. On the host the bodies read the
 * code map a test defines through SimCode.
 */
package exo.hw;

public final class CodeMap {
    private CodeMap() {}

    /** The method id of the Java code at pc, or -1 when pc is not in compiled Java code. */
    public static int methodAt(long pc) {
        return SimCode.methodAt(pc);
    }

    /** The source line of the code at pc (nearest line record below it), or -1 if unknown. */
    public static int lineAt(long pc) {
        return SimCode.lineAt(pc);
    }

    /** Binary name of the class declaring method id ("exo.kernel.trap.Traps"), or null. */
    public static String className(int id) {
        return SimCode.className(id);
    }

    /** Name of method id, or null. */
    public static String methodName(int id) {
        return SimCode.methodName(id);
    }

    /** Source file of method id's class, or null when unknown. */
    public static String fileName(int id) {
        return SimCode.fileName(id);
    }
}
