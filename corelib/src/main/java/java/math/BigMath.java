/*
 * BigInteger's number theory and conversions: gcd (Euclid), modPow (left-to-right square and
 * multiply), modInverse (extended Euclid, "BigInteger not invertible."), Miller-Rabin with the
 * first primes as bases, prime search, integer square root (Newton), and correctly rounded
 * (half-even) conversion to double and float.
 */
package java.math;

import exo.rt.MagMath;
import java.util.Random;

final class BigMath {
    private BigMath() {}

    private static final int[] SMALL_PRIMES = {
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
        101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199,
    };

    static BigInteger gcd(BigInteger a, BigInteger b) {
        while (b.signum != 0) {
            BigInteger r = a.remainder(b);
            a = b;
            b = r;
        }
        return a;
    }

    static BigInteger modPow(BigInteger base, BigInteger exponent, BigInteger m) {
        if (m.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        if (exponent.signum < 0) {
            base = modInverse(base, m);
            exponent = exponent.negate();
        }
        BigInteger b = base.mod(m);
        BigInteger result = BigInteger.ONE;
        for (int i = exponent.bitLength() - 1; i >= 0; i--) {
            result = result.multiply(result).mod(m);
            if (exponent.testBit(i)) {
                result = result.multiply(b).mod(m);
            }
        }
        return result;
    }

    static BigInteger modInverse(BigInteger a, BigInteger m) {
        if (m.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        BigInteger r0 = a.mod(m), r1 = m;
        BigInteger s0 = BigInteger.ONE, s1 = BigInteger.ZERO;
        while (r1.signum != 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            BigInteger s2 = s0.subtract(qr[0].multiply(s1));
            r0 = r1;
            r1 = qr[1];
            s0 = s1;
            s1 = s2;
        }
        if (!r0.equals(BigInteger.ONE)) {
            throw new ArithmeticException("BigInteger not invertible.");
        }
        return s0.mod(m);
    }

    static boolean isProbablePrime(BigInteger n, int certainty) {
        if (n.compareTo(BigInteger.TWO) < 0) {
            return false;
        }
        for (int p : SMALL_PRIMES) {
            BigInteger bp = BigInteger.valueOf(p);
            if (n.equals(bp)) {
                return true;
            }
            if (n.remainder(bp).signum == 0) {
                return false;
            }
        }
        int rounds = Math.min(SMALL_PRIMES.length, Math.max(13, (certainty + 1) / 2));
        BigInteger nMinus1 = n.subtract(BigInteger.ONE);
        int s = nMinus1.getLowestSetBit();
        BigInteger d = nMinus1.shiftRight(s);
        for (int i = 0; i < rounds; i++) {
            if (!millerRabinRound(n, nMinus1, d, s, BigInteger.valueOf(SMALL_PRIMES[i]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean millerRabinRound(BigInteger n, BigInteger nMinus1, BigInteger d, int s, BigInteger a) {
        BigInteger x = modPow(a, d, n);
        if (x.equals(BigInteger.ONE) || x.equals(nMinus1)) {
            return true;
        }
        for (int r = 1; r < s; r++) {
            x = x.multiply(x).mod(n);
            if (x.equals(nMinus1)) {
                return true;
            }
            if (x.equals(BigInteger.ONE)) {
                return false;
            }
        }
        return false;
    }

    static BigInteger nextProbablePrime(BigInteger n) {
        if (n.compareTo(BigInteger.TWO) < 0) {
            return BigInteger.TWO;
        }
        BigInteger c = n.add(BigInteger.ONE);
        if (!c.testBit(0)) {
            c = c.add(BigInteger.ONE);
        }
        while (!isProbablePrime(c, 100)) {
            c = c.add(BigInteger.TWO);
        }
        return c;
    }

    static BigInteger probablePrime(int bitLength, int certainty, Random rnd) {
        if (bitLength < 2) {
            throw new ArithmeticException("bitLength < 2");
        }
        while (true) {
            BigInteger c = new BigInteger(bitLength, rnd).setBit(bitLength - 1);
            if (bitLength > 2) {
                c = c.setBit(0);
            }
            while (c.bitLength() == bitLength) {
                if (isProbablePrime(c, certainty)) {
                    return c;
                }
                c = c.add(bitLength > 2 ? BigInteger.TWO : BigInteger.ONE);
            }
        }
    }

    static BigInteger sqrt(BigInteger n) {
        if (n.signum == 0) {
            return BigInteger.ZERO;
        }
        if (n.bitLength() < 52) {
            return BigInteger.valueOf((long) Math.floor(Math.sqrt((double) n.longValue())));
        }
        BigInteger x = BigInteger.ONE.shiftLeft((n.bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(n.divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    /** The magnitude rounded half-even to `precision` bits: {mantissa, exponent of its top bit}. */
    private static long[] round(int[] mag, int precision) {
        int bits = MagMath.bitLength(mag);
        int shift = bits - precision;   // > 0: callers only round magnitudes wider than 63 bits
        int[] top = MagMath.shiftRight(mag, shift - 1);   // precision + 1 bits: the round bit last
        long m = 0;
        for (int i = top.length - 1; i >= 0; i--) {
            m = (m << 32) | (top[i] & 0xFFFFFFFFL);
        }
        boolean roundBit = (m & 1) != 0;
        m >>>= 1;
        boolean sticky = lowBitsNonZero(mag, shift - 1);
        if (roundBit && (sticky || (m & 1) != 0)) {
            m++;
        }
        int exponent = bits - 1;
        if (m == (1L << precision)) {
            m >>>= 1;
            exponent++;
        }
        return new long[] {m, exponent};
    }

    private static boolean lowBitsNonZero(int[] mag, int n) {
        int words = n >>> 5;
        for (int i = 0; i < words && i < mag.length; i++) {
            if (mag[i] != 0) {
                return true;
            }
        }
        return words < mag.length && (mag[words] & ((1 << (n & 31)) - 1)) != 0;
    }

    static double toDouble(BigInteger v) {
        if (v.signum == 0) {
            return 0.0;
        }
        if (MagMath.bitLength(v.mag) <= 63) {
            return (double) v.longValue();
        }
        long[] r = round(v.mag, 53);
        if (r[1] > 1023) {
            return v.signum > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        double d = Math.scalb((double) r[0], (int) r[1] - 52);
        return v.signum > 0 ? d : -d;
    }

    static float toFloat(BigInteger v) {
        if (v.signum == 0) {
            return 0.0f;
        }
        if (MagMath.bitLength(v.mag) <= 63) {
            return (float) v.longValue();
        }
        long[] r = round(v.mag, 24);
        if (r[1] > 127) {
            return v.signum > 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
        }
        float f = Math.scalb((float) r[0], (int) r[1] - 23);
        return v.signum > 0 ? f : -f;
    }
}
