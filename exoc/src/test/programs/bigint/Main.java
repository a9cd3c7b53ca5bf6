// Arbitrary-precision arithmetic written by hand on int arrays in base 10^9: factorials,
// Fibonacci numbers, powers of two, multiplication and comparison, printed in full with
// zero-padded limbs and checked by digit sums.
import java.util.Arrays;

public class Main {
    static final int BASE = 1_000_000_000;

    static final class Big {
        final int[] limbs; // little-endian base 1e9 digits
        final int len;

        Big(int[] limbs, int len) {
            while (len > 1 && limbs[len - 1] == 0) {
                len--;
            }
            this.limbs = limbs;
            this.len = len;
        }

        static Big of(long v) {
            int[] l = new int[3];
            int n = 0;
            do {
                l[n++] = (int) (v % BASE);
                v /= BASE;
            } while (v > 0);
            return new Big(l, n);
        }

        Big add(Big o) {
            int n = Math.max(len, o.len) + 1;
            int[] r = new int[n];
            long carry = 0;
            for (int i = 0; i < n; i++) {
                long s = carry + (i < len ? limbs[i] : 0) + (i < o.len ? o.limbs[i] : 0);
                r[i] = (int) (s % BASE);
                carry = s / BASE;
            }
            return new Big(r, n);
        }

        Big mul(Big o) {
            long[] t = new long[len + o.len + 1];
            for (int i = 0; i < len; i++) {
                long carry = 0;
                for (int j = 0; j < o.len; j++) {
                    long cur = t[i + j] + (long) limbs[i] * o.limbs[j] + carry;
                    t[i + j] = cur % BASE;
                    carry = cur / BASE;
                }
                int k = i + o.len;
                while (carry != 0) {
                    long cur = t[k] + carry;
                    t[k] = cur % BASE;
                    carry = cur / BASE;
                    k++;
                }
            }
            int[] r = new int[t.length];
            for (int i = 0; i < t.length; i++) {
                r[i] = (int) t[i];
            }
            return new Big(r, r.length);
        }

        int compareTo(Big o) {
            if (len != o.len) {
                return Integer.compare(len, o.len);
            }
            for (int i = len - 1; i >= 0; i--) {
                if (limbs[i] != o.limbs[i]) {
                    return Integer.compare(limbs[i], o.limbs[i]);
                }
            }
            return 0;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(limbs[len - 1]);
            for (int i = len - 2; i >= 0; i--) {
                String part = Integer.toString(limbs[i]);
                sb.append("0".repeat(9 - part.length())).append(part);
            }
            return sb.toString();
        }
    }

    static int digitSum(String s) {
        int sum = 0;
        for (char c : s.toCharArray()) {
            sum += c - '0';
        }
        return sum;
    }

    public static void main(String[] args) {
        Big f = Big.of(1);
        for (int i = 2; i <= 100; i++) {
            f = f.mul(Big.of(i));
        }
        String fs = f.toString();
        System.out.println("100! = " + fs);
        System.out.println("digits " + fs.length() + " digit sum " + digitSum(fs));
        Big a = Big.of(0), b = Big.of(1);
        for (int i = 0; i < 500; i++) {
            Big t = a.add(b);
            a = b;
            b = t;
        }
        System.out.println("fib(500) = " + a);
        Big p = Big.of(1);
        Big two = Big.of(2);
        for (int i = 0; i < 256; i++) {
            p = p.mul(two);
        }
        System.out.println("2^256 = " + p + " digit sum " + digitSum(p.toString()));
        Big f1000 = Big.of(1);
        for (int i = 2; i <= 1000; i++) {
            f1000 = f1000.mul(Big.of(i));
        }
        String s1000 = f1000.toString();
        int zeros = 0;
        while (s1000.charAt(s1000.length() - 1 - zeros) == '0') {
            zeros++;
        }
        System.out.println("1000! digits " + s1000.length() + " digit sum " + digitSum(s1000) + " trailing zeros " + zeros + " head " + s1000.substring(0, 20));
        System.out.println(Big.of(Long.MAX_VALUE).mul(Big.of(Long.MAX_VALUE)) + " " + Big.of(999999999).add(Big.of(1)) + " "
                + Big.of(5).compareTo(Big.of(7)) + " " + p.compareTo(f) + " " + Arrays.toString(Big.of(1234567890123L).limbs));
    }
}
