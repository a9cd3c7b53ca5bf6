// Sieve of Eratosthenes up to two million with a boolean array, checked against a bit-packed
// long[] sieve; prints prime counts at powers of ten, the last primes, twin prime and prime
// gap statistics, and a sum of primes.
public class Main {
    public static void main(String[] args) {
        int limit = 2_000_000;
        boolean[] composite = new boolean[limit + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long) i * i <= limit; i++) {
            if (!composite[i]) {
                for (int j = i * i; j <= limit; j += i) {
                    composite[j] = true;
                }
            }
        }
        long[] bits = new long[(limit >> 6) + 1];
        for (int i = 2; (long) i * i <= limit; i++) {
            if ((bits[i >> 6] & (1L << i)) == 0) {
                for (int j = i * i; j <= limit; j += i) {
                    bits[j >> 6] |= 1L << j;
                }
            }
        }
        int count = 0, twins = 0, maxGap = 0, gapAt = 0, last = 2, mismatches = 0;
        long sum = 0;
        int power = 10;
        StringBuilder counts = new StringBuilder();
        for (int i = 2; i <= limit; i++) {
            boolean p = !composite[i];
            if (p != ((bits[i >> 6] & (1L << i)) == 0)) {
                mismatches++;
            }
            if (p) {
                count++;
                sum += i;
                if (i - last == 2) {
                    twins++;
                }
                if (i - last > maxGap) {
                    maxGap = i - last;
                    gapAt = last;
                }
                last = i;
            }
            if (i == power) {
                counts.append("pi(").append(power).append(")=").append(count).append(' ');
                power *= 10;
            }
        }
        System.out.println(counts.toString().trim());
        System.out.println("count=" + count + " sum=" + sum + " twins=" + twins + " maxGap=" + maxGap + " after " + gapAt + " mismatches=" + mismatches);
        StringBuilder tail = new StringBuilder();
        for (int i = limit, k = 0; k < 5; i--) {
            if (!composite[i]) {
                tail.append(i).append(' ');
                k++;
            }
        }
        System.out.println("largest: " + tail.toString().trim());
        int goldbachFails = 0;
        for (int n = 4; n <= 20000; n += 2) {
            boolean found = false;
            for (int a = 2; a <= n / 2 && !found; a++) {
                found = !composite[a] && !composite[n - a];
            }
            if (!found) {
                goldbachFails++;
            }
        }
        System.out.println("goldbach failures below 20000: " + goldbachFails);
    }
}
