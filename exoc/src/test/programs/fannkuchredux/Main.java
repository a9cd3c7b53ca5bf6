// Benchmark in the style of the Benchmarks Game's fannkuch-redux: for every permutation of
// 1..n (generated in a fixed order by a counter array), count the prefix reversals until 1
// is in front; prints the alternating-sign checksum and the maximum flip count.
public class Main {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int[] perm = new int[n], work = new int[n], count = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int maxFlips = 0, checksum = 0, permIndex = 0;
        int r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            System.arraycopy(perm, 0, work, 0, n);
            int flips = 0;
            for (int first = work[0]; first != 0; first = work[0]) {
                for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                    int t = work[lo];
                    work[lo] = work[hi];
                    work[hi] = t;
                }
                flips++;
            }
            maxFlips = Math.max(maxFlips, flips);
            checksum += (permIndex & 1) == 0 ? flips : -flips;
            // next permutation: rotate the first r+1 elements until a counter is left
            while (true) {
                if (r == n) {
                    System.out.println(checksum + "\nPfannkuchen(" + n + ") = " + maxFlips);
                    return;
                }
                int first = perm[0];
                for (int i = 0; i < r; i++) {
                    perm[i] = perm[i + 1];
                }
                perm[r] = first;
                if (--count[r] > 0) {
                    break;
                }
                r++;
            }
            permIndex++;
        }
    }
}
