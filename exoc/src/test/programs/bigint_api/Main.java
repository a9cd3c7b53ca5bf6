// java.math.BigInteger against the JVM: arithmetic on random operands of up to ~6000 bits
// (Karatsuba sizes included), division, bit operations on negatives, conversions (strings in
// every radix, bytes, doubles), number theory (gcd, modPow, modInverse, primes), and errors.
import java.math.BigInteger;
import java.util.Random;

public class Main {
    static long checksum = 0;

    static void mix(BigInteger b) {
        checksum = checksum * 31 + b.hashCode();
    }

    public static void main(String[] args) {
        Random r = new Random(42);
        for (int i = 0; i < 400; i++) {
            BigInteger a = new BigInteger(1 + r.nextInt(i < 300 ? 400 : 6000), r);
            BigInteger b = new BigInteger(1 + r.nextInt(i % 2 == 0 ? 64 : 4000), r);
            if (r.nextBoolean()) {
                a = a.negate();
            }
            if (r.nextBoolean()) {
                b = b.negate();
            }
            mix(a.add(b));
            mix(a.subtract(b));
            mix(a.multiply(b));
            if (b.signum() != 0) {
                BigInteger[] qr = a.divideAndRemainder(b);
                mix(qr[0]);
                mix(qr[1]);
                mix(a.mod(b.abs()));
            }
            int s = r.nextInt(300);
            mix(a.shiftLeft(s));
            mix(a.shiftRight(s));
            mix(a.and(b));
            mix(a.or(b));
            mix(a.xor(b));
            mix(a.andNot(b));
            mix(a.not());
            checksum = checksum * 31 + a.bitLength() * 7 + a.bitCount() + (a.testBit(s) ? 1 : 0) + a.getLowestSetBit();
            checksum = checksum * 31 + Double.hashCode(a.doubleValue()) + Float.hashCode(b.floatValue());
            checksum = checksum * 31 + a.toString(2 + r.nextInt(35)).hashCode() + java.util.Arrays.hashCode(b.toByteArray());
            mix(new BigInteger(a.toByteArray()));
            mix(new BigInteger(a.toString(16), 16));
            mix(a.gcd(b));
            checksum = checksum * 31 + a.compareTo(b) + a.signum();
        }
        System.out.println("checksum " + checksum);

        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 300; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        System.out.println("300! = " + f);
        System.out.println("digits " + f.toString().length() + " bits " + f.bitLength() + " low bit " + f.getLowestSetBit());
        BigInteger two = BigInteger.TWO;
        System.out.println("2^521-1 prime? " + two.pow(521).subtract(BigInteger.ONE).isProbablePrime(50)
                + " 2^523-1 prime? " + two.pow(523).subtract(BigInteger.ONE).isProbablePrime(50));
        System.out.println("next prime after 10^20: " + BigInteger.TEN.pow(20).nextProbablePrime());
        BigInteger m = new BigInteger("1000000007");
        System.out.println("modPow " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(10).pow(18), m)
                + " modInverse " + BigInteger.valueOf(123456789).modInverse(m) + " negExp "
                + BigInteger.valueOf(5).modPow(BigInteger.valueOf(-3), m));
        System.out.println("sqrt " + BigInteger.TEN.pow(101).sqrt() + " " + new BigInteger("99999999999999999999").sqrtAndRemainder()[1]);
        System.out.println("doubles " + two.pow(1023).doubleValue() + " " + two.pow(1024).doubleValue() + " "
                + new BigInteger("123456789012345678901234567890").doubleValue() + " " + two.pow(100).negate().floatValue());
        System.out.println("values " + BigInteger.valueOf(Long.MIN_VALUE) + " " + BigInteger.valueOf(Long.MIN_VALUE).negate().longValue()
                + " " + new BigInteger("-255").toByteArray().length + " " + new BigInteger("ff", 16) + " " + new BigInteger("-1010", 2));
        System.out.println("hash " + new BigInteger("123456789012345678901234567890").hashCode() + " " + new BigInteger("-42").hashCode());
        System.out.println("bits " + BigInteger.valueOf(-8).bitLength() + " " + BigInteger.valueOf(-5).bitCount() + " "
                + BigInteger.valueOf(-6).testBit(100) + " " + BigInteger.valueOf(-6).shiftRight(1) + " " + BigInteger.valueOf(-7).shiftRight(1)
                + " " + BigInteger.valueOf(5).setBit(70).clearBit(0).flipBit(1));
        String[] bad = {"", "-", "12a", "1-2", " 1", "0x10"};
        for (String s : bad) {
            try {
                new BigInteger(s);
            } catch (NumberFormatException e) {
                System.out.println("NumberFormatException: " + e.getMessage());
            }
        }
        try {
            BigInteger.ONE.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            BigInteger.TWO.modInverse(BigInteger.valueOf(4));
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            two.pow(64).longValueExact();
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        System.out.println("random " + new BigInteger(100, new Random(7)));
    }
}
