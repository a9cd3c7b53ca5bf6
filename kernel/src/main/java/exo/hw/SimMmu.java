/*
 * The simulated MMU behind Memory.copyUser and its siblings, for host tests only (exoc never
 * compiles it: on the kernel target those calls are kernel/arch/x86_64/uaccess.S, where the
 * real MMU translates and a #PF at a listed instruction goes to the kernel's fixup path).
 *
 * A test installs a Translator (virtual address to the Sim address that holds the byte, often
 * a direct-map address, so negative; or exactly -1 where the real walk would fault: absent, not user, read-only for a write) and a FaultHandler
 * (what the kernel's page-fault hook does for a fault inside a user copy: true when it paged
 * the address in, so the access is retried; false sends the copy to its fixup). Without a
 * translator, addresses are used as they are, as everywhere else in Sim. Copies go a byte at
 * a time and return the bytes not copied, as the assembly does.
 */
package exo.hw;

public final class SimMmu {
    private SimMmu() {}

    /** The page walk: where the byte at vaddr lives, or -1 when the access would fault. */
    public interface Translator {
        long translate(long vaddr, boolean write);
    }

    /** The kernel's answer to a fault inside a user copy: true = resolved, retry. */
    public interface FaultHandler {
        boolean resolve(long vaddr, boolean write);
    }

    private static Translator translator;
    private static FaultHandler handler;
    private static long faults;

    public static void install(Translator t, FaultHandler h) {
        translator = t;
        handler = h;
        faults = 0;
    }

    public static void reset() {
        install(null, null);
    }

    /** Faults taken inside user copies since install (resolved or not). */
    public static long faults() {
        return faults;
    }

    /** The Sim address for an access at vaddr, or -1 after an unresolved fault. */
    private static long access(long vaddr, boolean write) {
        if (translator == null) {
            return vaddr;
        }
        long at = translator.translate(vaddr, write);
        if (at != -1) {
            return at;
        }
        faults++;
        if (handler == null || !handler.resolve(vaddr, write)) {
            return -1;
        }
        at = translator.translate(vaddr, write);
        if (at == -1) {
            throw new IllegalStateException("fault at 0x" + Long.toHexString(vaddr) + " resolved but still not mapped");
        }
        return at;
    }

    static long copy(long dst, long src, long len) {
        for (long i = 0; i < len; i++) {
            long from = access(src + i, false);
            long to = from == -1 ? -1 : access(dst + i, true);
            if (to == -1) {
                return len - i;
            }
            Sim.write(to, 1, Sim.read(from, 1));
        }
        return 0;
    }

    static long copyFromArray(long dst, byte[] src, int off, int len) {
        for (int i = 0; i < len; i++) {
            long to = access(dst + i, true);
            if (to == -1) {
                return len - i;
            }
            Sim.write(to, 1, src[off + i]);
        }
        return 0;
    }

    static long copyToArray(byte[] dst, int off, long src, int len) {
        for (int i = 0; i < len; i++) {
            long from = access(src + i, false);
            if (from == -1) {
                return len - i;
            }
            dst[off + i] = (byte) Sim.read(from, 1);
        }
        return 0;
    }

    static long zero(long dst, long len) {
        for (long i = 0; i < len; i++) {
            long to = access(dst + i, true);
            if (to == -1) {
                return len - i;
            }
            Sim.write(to, 1, 0);
        }
        return 0;
    }
}
