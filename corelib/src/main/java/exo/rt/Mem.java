/*
 * Raw memory access for the runtime's allocator and garbage collector. exoc lowers each
 * method to a single load, store or address cast; nothing outside exo.rt may call them.
 */
package exo.rt;

public final class Mem {
    private Mem() {}

    public static native byte load8(long addr);
    public static native short load16(long addr);
    public static native int load32(long addr);
    public static native long load64(long addr);
    public static native void store8(long addr, byte v);
    public static native void store16(long addr, short v);
    public static native void store32(long addr, int v);
    public static native void store64(long addr, long v);

    /** The address of an object's header. */
    public static native long addressOf(Object o);

    /** The object whose header is at addr. */
    public static native Object objectAt(long addr);

    /** memset(addr, 0, bytes) */
    public static native void zero(long addr, long bytes);

    /** memmove(dst, src, bytes) */
    public static native void copy(long dst, long src, long bytes);
}
