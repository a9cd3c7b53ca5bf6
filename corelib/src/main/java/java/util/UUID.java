/*
 * java.util.UUID: 128-bit identifiers as two longs, the canonical 8-4-4-4-12 hex form,
 * fromString with the JDK's lenient parsing and messages, random (version 4) UUIDs from the
 * kernel's random source (getrandom on the linux target), and the JDK's signed comparison
 * order. Name-based UUIDs (nameUUIDFromBytes, MD5) are not provided.
 */
package java.util;

public final class UUID implements java.io.Serializable, Comparable<UUID> {
    private final long mostSigBits;
    private final long leastSigBits;

    public UUID(long mostSigBits, long leastSigBits) {
        this.mostSigBits = mostSigBits;
        this.leastSigBits = leastSigBits;
    }

    /** A version 4 (random) UUID, IETF variant. */
    public static UUID randomUUID() {
        byte[] b = new byte[16];
        exo.rt.Posix.randomBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = msb << 8 | (b[i] & 0xff);
            lsb = lsb << 8 | (b[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    /**
     * Parses five '-'-separated hex fields; as in the JDK, fields may be shorter than the
     * canonical ones (and longer ones are cut to their field's width).
     */
    public static UUID fromString(String name) {
        int len = name.length();
        if (len > 36) {
            throw new IllegalArgumentException("UUID string too large");
        }
        int dash1 = name.indexOf('-');
        int dash2 = name.indexOf('-', dash1 + 1);
        int dash3 = name.indexOf('-', dash2 + 1);
        int dash4 = name.indexOf('-', dash3 + 1);
        int dash5 = name.indexOf('-', dash4 + 1);
        if (dash4 < 0 || dash5 >= 0) {
            throw new IllegalArgumentException("Invalid UUID string: " + name);
        }
        long msb = Long.parseLong(name, 0, dash1, 16) & 0xffffffffL;
        msb = msb << 16 | (Long.parseLong(name, dash1 + 1, dash2, 16) & 0xffffL);
        msb = msb << 16 | (Long.parseLong(name, dash2 + 1, dash3, 16) & 0xffffL);
        long lsb = Long.parseLong(name, dash3 + 1, dash4, 16) & 0xffffL;
        lsb = lsb << 48 | (Long.parseLong(name, dash4 + 1, len, 16) & 0xffffffffffffL);
        return new UUID(msb, lsb);
    }

    public long getLeastSignificantBits() {
        return leastSigBits;
    }

    public long getMostSignificantBits() {
        return mostSigBits;
    }

    public int version() {
        return (int) ((mostSigBits >> 12) & 0x0f);
    }

    public int variant() {
        // 0xxx: NCS, 10xx: IETF, 110x: Microsoft, 111x: reserved (the JDK's formula)
        return (int) ((leastSigBits >>> (64 - (leastSigBits >>> 62))) & (leastSigBits >> 63));
    }

    public long timestamp() {
        checkTimeBased();
        return (mostSigBits & 0x0FFFL) << 48 | ((mostSigBits >> 16) & 0x0FFFFL) << 32 | mostSigBits >>> 32;
    }

    public int clockSequence() {
        checkTimeBased();
        return (int) ((leastSigBits & 0x3FFF000000000000L) >>> 48);
    }

    public long node() {
        checkTimeBased();
        return leastSigBits & 0x0000FFFFFFFFFFFFL;
    }

    private void checkTimeBased() {
        if (version() != 1) {
            throw new UnsupportedOperationException("Not a time-based UUID");
        }
    }

    @Override
    public String toString() {
        return hex(mostSigBits >>> 32, 8) + "-" + hex(mostSigBits >>> 16, 4) + "-" + hex(mostSigBits, 4) + "-"
                + hex(leastSigBits >>> 48, 4) + "-" + hex(leastSigBits, 12);
    }

    /** The low `digits` hex digits of v, zero-padded. */
    private static String hex(long v, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = Character.forDigit((int) (v & 0xf), 16);
            v >>>= 4;
        }
        return new String(out);
    }

    @Override
    public int hashCode() {
        long hilo = mostSigBits ^ leastSigBits;
        return ((int) (hilo >> 32)) ^ (int) hilo;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof UUID)) {
            return false;
        }
        UUID id = (UUID) obj;
        return mostSigBits == id.mostSigBits && leastSigBits == id.leastSigBits;
    }

    /** Signed comparison of the two halves, as the JDK does (not the unsigned RFC order). */
    @Override
    public int compareTo(UUID val) {
        int mostSigBits = Long.compare(this.mostSigBits, val.mostSigBits);
        return mostSigBits != 0 ? mostSigBits : Long.compare(this.leastSigBits, val.leastSigBits);
    }
}
