// A word type: an object on the JVM, a 64-bit value in exoc (docs/RUNTIME.md, "Word types").
import exo.rt.Word;

@Word
final class Addr {
    static final long PAGE = 4096;
    static final Addr ZERO = new Addr(0);
    static int made;

    private final long value;

    Addr(long value) {
        this.value = value;
        made++;
    }

    /** The address of page number pageNumber: delegates to the other constructor. */
    Addr(int pageNumber, boolean unused) {
        this((long) pageNumber * PAGE);
    }

    static Addr of(long value) {
        return new Addr(value);
    }

    long raw() {
        return value;
    }

    Addr self() {
        return this;
    }

    Addr plus(long bytes) {
        return new Addr(value + bytes);
    }

    Addr alignDown() {
        return new Addr(value & -PAGE);
    }

    boolean isPageAligned() {
        return equals(alignDown());
    }

    long pagesTo(Addr end) {
        if (Long.compareUnsigned(end.value, value) < 0) {
            throw new IllegalArgumentException(this + " is above " + end);
        }
        return (end.value - value + PAGE - 1) / PAGE;
    }

    boolean equals(Addr other) {
        return other.value == value;
    }

    // For the host only (collections): exoc never reaches it, a word is never an Object.
    @Override
    public boolean equals(Object o) {
        return o instanceof Addr && ((Addr) o).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return "0x" + Long.toHexString(value);
    }
}
