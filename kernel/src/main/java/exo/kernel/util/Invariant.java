/*
 * The exception for a broken invariant in code that must not allocate (interrupt handlers,
 * the scheduler): creating it allocates, but only when the kernel is already wrong, and the
 * exception ends in the panic report. One audited exemption from @NoAlloc (exo.rt.AllocOk)
 * here instead of one per check; the message is built here too, so the caller's own path
 * stays allocation-free.
 */
package exo.kernel.util;

import exo.rt.AllocOk;

public final class Invariant {
    private Invariant() {}

    /** "subject what": for `throw Invariant.broken(t, "is not in this queue")`. */
    @AllocOk("a broken invariant is a kernel bug; the exception ends in the panic report")
    public static IllegalStateException broken(Object subject, String what) {
        return new IllegalStateException(subject + " " + what);
    }

    @AllocOk("a broken invariant is a kernel bug; the exception ends in the panic report")
    public static IllegalStateException broken(String what) {
        return new IllegalStateException(what);
    }

    /** "what 0x1234": for an address or frame that breaks the invariant. */
    @AllocOk("a broken invariant is a kernel bug; the exception ends in the panic report")
    public static IllegalStateException broken(String what, long address) {
        return new IllegalStateException(what + " " + Fmt.hex(address));
    }

    /** A caller passed what it must not ("what 0x1234"): a kernel bug as well. */
    @AllocOk("a bad argument inside the kernel is a kernel bug; the exception ends in the panic report")
    public static IllegalArgumentException badArgument(String what, long address) {
        return new IllegalArgumentException(what + " " + Fmt.hex(address));
    }
}
