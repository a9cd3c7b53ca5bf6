/*
 * A pointer that came from user space: a system call's buffer or string argument. Kernel code
 * may keep it, offset it, compare it and print it, but never dereference it: its raw value is
 * package-private, so outside exo.kernel.uaccess no code can pass it to exo.hw.Memory (javac
 * rejects the access; UserAddrTest shows it). Only this package's checked copies (UserMemory:
 * each access checked against the user half and the process's mappings, EFAULT otherwise)
 * turn it into an address, which is what Linux's sparse checks with __user. A word type
 * (@exo.rt.Word): one 64-bit value under exoc, no allocation. FIXME: the system calls still
 * pass user pointers as longs to UserMemory's long overloads; taking UserAddr from the
 * system call entry on, and dropping those overloads, makes the check complete.
 */
package exo.kernel.uaccess;

import exo.kernel.util.Fmt;
import exo.rt.Word;

@Word
public final class UserAddr {
    private final long value;

    private UserAddr(long value) {
        this.value = value;
    }

    /** A system call argument as user space passed it (any value: accesses are checked). */
    public static UserAddr fromUser(long value) {
        return new UserAddr(value);
    }

    public UserAddr plus(long bytes) {
        return new UserAddr(value + bytes);
    }

    public boolean isNull() {
        return value == 0;
    }

    public boolean equals(UserAddr other) {
        return other.value == value;
    }

    // For host collections only: exoc never reaches it (a word is never an Object).
    @Override
    public boolean equals(Object o) {
        return o instanceof UserAddr && ((UserAddr) o).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return "user " + Fmt.hex16(value);
    }

    /** The raw value: for this package's checked accessors only. */
    long raw() {
        return value;
    }
}
