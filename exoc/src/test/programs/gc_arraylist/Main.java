// Allocation-heavy: an ArrayList of int arrays that grows to about 20 MiB, shrinks back,
// and grows again several times under a 64 MiB heap; the removed arrays and the list's old
// backing arrays must be reclaimed. Checksums cover the surviving data.
import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        List<int[]> list = new ArrayList<>();
        long checksum = 0;
        for (int cycle = 0; cycle < 6; cycle++) {
            for (int i = 0; i < 5000; i++) {
                int[] a = new int[1000];
                for (int k = 0; k < a.length; k += 97) {
                    a[k] = cycle * 100000 + i + k;
                }
                list.add(a);
            }
            long sum = 0;
            for (int[] a : list) {
                sum += a[0] + a[970];
            }
            checksum = checksum * 31 + sum;
            System.out.println("cycle " + cycle + " size " + list.size() + " sum " + sum);
            while (list.size() > 500) {
                list.remove(list.size() - 1);
            }
            if (cycle % 2 == 1) {
                list = new ArrayList<>(list.subList(0, 100)); // drop the big backing array
            }
        }
        System.out.println("final size " + list.size() + " checksum " + checksum);
        List<long[]> chunks = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < 2000; i++) {
            chunks.add(new long[4096]);
            chunks.get(chunks.size() - 1)[i % 4096] = i;
            if (chunks.size() > 200) {
                long[] old = chunks.remove(0);
                total += old.length;
            }
        }
        System.out.println("chunks " + chunks.size() + " total " + total);
    }
}
