/*
 * Immutable arbitrary-precision integers: a sign and a magnitude (exo.rt.MagMath, Karatsuba
 * multiplication above 40 words, Knuth division). Bit operations behave as on infinite
 * two's complement. Results, hash codes, string forms and exception messages are the JDK's;
 * isProbablePrime is Miller-Rabin with fixed bases (a prime always passes; a composite
 * passes with probability below 2^-certainty), and probablePrime draws its own candidates, so
 * with a seeded Random it returns other primes than the JDK. Number theory is in BigMath.
 */
package java.math;

import exo.rt.MagMath;
import java.util.Random;

public class BigInteger extends Number implements Comparable<BigInteger> {
    private static final long serialVersionUID = -8287574255936472291L;

    final int signum;
    final int[] mag;   // little-endian words, no leading zero word

    public static final BigInteger ZERO = new BigInteger(0, MagMath.ZERO);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);
    static final BigInteger NEGATIVE_ONE = valueOf(-1);

    BigInteger(int signum, int[] mag) {
        this.mag = mag;
        this.signum = mag.length == 0 ? 0 : signum;
    }

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        this(BigParse.parse(val, radix));
    }

    private BigInteger(BigInteger parsed) {
        this.signum = parsed.signum;
        this.mag = parsed.mag;
    }

    /** From big-endian two's complement bytes. */
    public BigInteger(byte[] val, int off, int len) {
        this(BigParse.fromTwosComplement(val, off, len));
    }

    public BigInteger(byte[] val) {
        this(val, 0, val.length);
    }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        this(BigParse.fromMagnitude(signum, magnitude, off, len));
    }

    public BigInteger(int signum, byte[] magnitude) {
        this(signum, magnitude, 0, magnitude.length);
    }

    /** Uniform in [0, 2^numBits): the JDK's nextBytes draw, so seeded Randoms agree with it. */
    public BigInteger(int numBits, Random rnd) {
        this(1, randomBits(numBits, rnd));
    }

    public BigInteger(int bitLength, int certainty, Random rnd) {
        this(BigMath.probablePrime(bitLength, certainty, rnd));
    }

    private static byte[] randomBits(int numBits, Random rnd) {
        if (numBits < 0) {
            throw new IllegalArgumentException("numBits must be non-negative");
        }
        int numBytes = (int) (((long) numBits + 7) / 8);
        byte[] randomBits = new byte[numBytes];
        if (numBytes > 0) {
            rnd.nextBytes(randomBits);
            int excessBits = 8 * numBytes - numBits;
            randomBits[0] &= (byte) ((1 << (8 - excessBits)) - 1);
        }
        return randomBits;
    }

    public static BigInteger valueOf(long val) {
        if (val == 0) {
            return ZERO;
        }
        if (val == Long.MIN_VALUE) {
            return new BigInteger(-1, new int[] {0, 0x80000000});
        }
        return new BigInteger(val < 0 ? -1 : 1, MagMath.of(Math.abs(val)));
    }

    public static BigInteger probablePrime(int bitLength, Random rnd) {
        return BigMath.probablePrime(bitLength, 100, rnd);
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) {
            throw new ArithmeticException("start < 0: " + this);
        }
        return BigMath.nextProbablePrime(this);
    }

    // ---- arithmetic -------------------------------------------------------------------

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) {
            return this;
        }
        if (signum == 0) {
            return val;
        }
        if (val.signum == signum) {
            return new BigInteger(signum, MagMath.add(mag, val.mag));
        }
        int c = MagMath.compare(mag, val.mag);
        if (c == 0) {
            return ZERO;
        }
        return c > 0 ? new BigInteger(signum, MagMath.sub(mag, val.mag)) : new BigInteger(val.signum, MagMath.sub(val.mag, mag));
    }

    public BigInteger subtract(BigInteger val) {
        return add(val.negate());
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) {
            return ZERO;
        }
        if (val.mag.length == 1) {
            return new BigInteger(signum * val.signum, MagMath.mulAddSmall(mag, val.mag[0], 0));
        }
        if (mag.length == 1) {
            return new BigInteger(signum * val.signum, MagMath.mulAddSmall(val.mag, mag[0], 0));
        }
        return new BigInteger(signum * val.signum, MagMath.mul(mag, val.mag));
    }

    private static void checkDivisor(BigInteger val) {
        if (val.signum == 0) {
            throw new ArithmeticException("BigInteger divide by zero");
        }
    }

    public BigInteger divide(BigInteger val) {
        checkDivisor(val);
        return new BigInteger(signum * val.signum, MagMath.divRem(mag, val.mag)[0]);
    }

    public BigInteger remainder(BigInteger val) {
        checkDivisor(val);
        return new BigInteger(signum, MagMath.divRem(mag, val.mag)[1]);
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        checkDivisor(val);
        int[][] qr = MagMath.divRem(mag, val.mag);
        return new BigInteger[] {new BigInteger(signum * val.signum, qr[0]), new BigInteger(signum, qr[1])};
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        BigInteger r = remainder(m);
        return r.signum >= 0 ? r : r.add(m);
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) {
            throw new ArithmeticException("Negative exponent");
        }
        BigInteger result = ONE, base = this;
        while (exponent != 0) {
            if ((exponent & 1) != 0) {
                result = result.multiply(base);
            }
            exponent >>>= 1;
            if (exponent != 0) {
                base = base.multiply(base);
            }
        }
        return result;
    }

    public BigInteger sqrt() {
        if (signum < 0) {
            throw new ArithmeticException("Negative BigInteger");
        }
        return BigMath.sqrt(this);
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    public BigInteger gcd(BigInteger val) {
        return BigMath.gcd(abs(), val.abs());
    }

    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    public BigInteger negate() {
        return signum == 0 ? this : new BigInteger(-signum, mag);
    }

    public int signum() {
        return signum;
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        return BigMath.modPow(this, exponent, m);
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        return BigMath.modInverse(this, m);
    }

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) {
            return true;
        }
        return BigMath.isProbablePrime(abs(), certainty);
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) < 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) > 0 ? this : val;
    }

    // ---- bits -------------------------------------------------------------------------

    public BigInteger shiftLeft(int n) {
        if (signum == 0) {
            return ZERO;
        }
        if (n < 0) {
            return shiftRight(-n);
        }
        return new BigInteger(signum, MagMath.shiftLeft(mag, n));
    }

    /** Arithmetic shift: rounds toward negative infinity, as >> on two's complement. */
    public BigInteger shiftRight(int n) {
        if (signum == 0) {
            return ZERO;
        }
        if (n < 0) {
            return shiftLeft(-n);
        }
        int[] r = MagMath.shiftRight(mag, n);
        if (signum < 0 && getLowestSetBit() < n) {
            r = MagMath.add(r, new int[] {1});
        }
        return new BigInteger(signum, r);
    }

    public BigInteger and(BigInteger val) {
        return BigBits.op(this, val, 0);
    }

    public BigInteger or(BigInteger val) {
        return BigBits.op(this, val, 1);
    }

    public BigInteger xor(BigInteger val) {
        return BigBits.op(this, val, 2);
    }

    public BigInteger andNot(BigInteger val) {
        return BigBits.op(this, val, 3);
    }

    public BigInteger not() {
        return negate().subtract(ONE);
    }

    public boolean testBit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        return BigBits.testBit(this, n);
    }

    public BigInteger setBit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        return testBit(n) ? this : or(ONE.shiftLeft(n));
    }

    public BigInteger clearBit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        return testBit(n) ? andNot(ONE.shiftLeft(n)) : this;
    }

    public BigInteger flipBit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        return xor(ONE.shiftLeft(n));
    }

    public int getLowestSetBit() {
        if (signum == 0) {
            return -1;
        }
        int i = 0;
        while (mag[i] == 0) {
            i++;
        }
        return 32 * i + Integer.numberOfTrailingZeros(mag[i]);
    }

    /** Bits of the minimal two's complement form, sign bit excluded. */
    public int bitLength() {
        int n = MagMath.bitLength(mag);
        if (signum < 0 && getLowestSetBit() == n - 1) {
            n--;   // a negative power of two needs one bit less
        }
        return n;
    }

    public int bitCount() {
        // For a negative n the bits that differ from the sign are those of |n| - 1.
        int[] m = signum < 0 ? MagMath.sub(mag, new int[] {1}) : mag;
        int count = 0;
        for (int w : m) {
            count += Integer.bitCount(w);
        }
        return count;
    }

    // ---- comparison and conversion ----------------------------------------------------

    @Override
    public int compareTo(BigInteger val) {
        if (signum != val.signum) {
            return signum > val.signum ? 1 : -1;
        }
        int c = MagMath.compare(mag, val.mag);
        return signum >= 0 ? c : -c;
    }

    @Override
    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigInteger)) {
            return false;
        }
        BigInteger b = (BigInteger) x;
        return b.signum == signum && MagMath.compare(mag, b.mag) == 0;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            h = 31 * h + mag[i];
        }
        return h * signum;
    }

    public String toString(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        String digits = MagMath.toString(mag, radix);
        return signum < 0 ? "-" + digits : digits;
    }

    @Override
    public String toString() {
        return toString(10);
    }

    public byte[] toByteArray() {
        return BigBits.toByteArray(this);
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    @Override
    public long longValue() {
        long v = 0;
        if (mag.length > 0) {
            v = mag[0] & 0xFFFFFFFFL;
        }
        if (mag.length > 1) {
            v |= (long) mag[1] << 32;
        }
        return signum < 0 ? -v : v;
    }

    @Override
    public float floatValue() {
        return BigMath.toFloat(this);
    }

    @Override
    public double doubleValue() {
        return BigMath.toDouble(this);
    }

    public long longValueExact() {
        if (mag.length <= 2 && bitLength() <= 63) {
            return longValue();
        }
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            return intValue();
        }
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int value = intValue();
            if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
                return shortValue();
            }
        }
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int value = intValue();
            if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
                return byteValue();
            }
        }
        throw new ArithmeticException("BigInteger out of byte range");
    }
}
