import exo.rt.Word;

@Word
final class Addr {
    private final long value;

    Addr(long value) {
        this.value = value;
    }

    long raw() {
        return value;
    }

    boolean equals(Addr other) {
        return other.value == value;
    }

    @Override
    public String toString() {
        return "0x" + Long.toHexString(value);
    }
}
