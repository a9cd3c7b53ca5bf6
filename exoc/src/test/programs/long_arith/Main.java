// long arithmetic and conversions between integral types: overflow, MIN_VALUE / -1, shifts
// masked to six bits, mixing int and long operands (widening before or after overflow),
// long comparisons, unsigned helpers (divideUnsigned, remainderUnsigned, compareUnsigned,
// toUnsignedString, parseUnsignedInt), and a 64-bit xorshift generator.
public class Main {
    static long id(long x) {
        return x;
    }

    static int idi(int x) {
        return x;
    }

    public static void main(String[] args) {
        long max = id(Long.MAX_VALUE), min = id(Long.MIN_VALUE);
        System.out.println((max + 1) + " " + (min - 1) + " " + (min / -1) + " " + (min % -1) + " " + Math.abs(min) + " " + (max * max));
        long one = id(1);
        int[] shifts = {0, 31, 32, 63, 64, 65, -1, -64};
        for (int s : shifts) {
            System.out.println("s" + s + ": " + (one << s) + " " + (id(-1024) >> s) + " " + (id(-1024) >>> s));
        }
        int big = idi(1 << 30);
        long wrong = big * 4; // overflows as int first
        long right = big * 4L;
        System.out.println(wrong + " " + right + " " + (long) big * big + " " + (int) (right + 3) + " " + (int) id(0x1_0000_0005L)
                + " " + (short) id(-1) + " " + (char) id(65 + 65536));
        System.out.println((id(-7) / 2) + " " + (id(-7) % 2) + " " + Math.floorDiv(id(-7), 2L) + " " + Math.floorMod(id(-7), 2L)
                + " " + (id(7) % -3) + " " + Long.signum(id(-123)));
        System.out.println((id(3) < idi(4)) + " " + (id(1L << 40) > Integer.MAX_VALUE) + " " + (idi(-1) == id(-1))
                + " " + ((long) idi(-1) == 0xFFFFFFFFL) + " " + (idi(-1) & 0xFFFFFFFFL));

        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1)
                + " " + Integer.toUnsignedString(-1) + " " + Integer.toUnsignedLong(-2) + " " + Integer.parseUnsignedInt("4294967295"));
        System.out.println(Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.compareUnsigned(-1L, 1L)
                + " " + Long.toUnsignedString(-1L) + " " + Long.toUnsignedString(1L << 63));

        long state = 88172645463325252L;
        long mix = 0;
        for (int i = 0; i < 100000; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            mix += state % 1000;
        }
        System.out.println(state + " " + mix);
        long fib1 = 0, fib2 = 1;
        for (int i = 0; i < 100; i++) {
            long t = fib1 + fib2;
            fib1 = fib2;
            fib2 = t;
        }
        System.out.println("fib100 mod 2^64 " + fib1 + " " + Long.toHexString(fib1));
        long m = 1;
        for (int i = 1; i <= 25; i++) {
            m *= i;
        }
        System.out.println("25! wrapped " + m);
        try {
            Math.multiplyExact(max, 2L);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.incrementExact(max);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(id(5) / id(0));
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Long.MAX_VALUE / 1000000007L + " " + Long.MAX_VALUE % 1000000007L + " " + (-Long.MAX_VALUE) % 1000000007L);
    }
}
