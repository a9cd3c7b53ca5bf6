// Allocation-heavy with every size the collector handles differently: small objects (a
// line or less), medium arrays (over a line, bump-allocated into overflow blocks), large
// arrays (whole blocks), with lifetimes from immediate to the whole run, in a heap small
// enough to collect often. A table of slots is overwritten at random (seeded), so survivors
// are scattered and blocks are left partly free; every object carries a checksum of its own
// contents that is verified when it is dropped and at the end.
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

public class Main {
    static final class Box {
        final long id;
        final int[] data;
        final Box next;

        Box(long id, int size, Box next) {
            this.id = id;
            this.data = new int[size];
            for (int i = 0; i < size; i++) {
                data[i] = (int) (id * 31 + i);
            }
            this.next = next;
        }

        boolean intact() {
            for (int i = 0; i < data.length; i++) {
                if (data[i] != (int) (id * 31 + i)) {
                    return false;
                }
            }
            return next == null || next.id < id;
        }
    }

    public static void main(String[] args) {
        Random rnd = new Random(42);
        Box[] slots = new Box[4096];
        List<byte[]> big = new ArrayList<>();
        long checked = 0, broken = 0, bytes = 0;
        for (long id = 1; id <= 400_000; id++) {
            int r = rnd.nextInt(1000);
            int size = r < 900 ? rnd.nextInt(8) : r < 995 ? 40 + rnd.nextInt(1500) : 3000 + rnd.nextInt(60000);
            int slot = rnd.nextInt(slots.length);
            Box old = slots[slot];
            if (old != null) {
                checked++;
                if (!old.intact()) {
                    broken++;
                }
            }
            slots[slot] = new Box(id, size, rnd.nextInt(4) == 0 ? old : null);
            bytes += 4L * size;
            if (r == 999) {
                big.add(new byte[100_000 + rnd.nextInt(200_000)]);
                if (big.size() > 20) {
                    big.remove(rnd.nextInt(big.size()));
                }
            }
            if (id % 100_000 == 0) {
                System.out.println(id + " objects, " + checked + " checked, " + broken + " broken, " + (bytes >> 20) + " MiB of ints");
            }
        }
        long sum = 0;
        for (Box b : slots) {
            for (Box x = b; x != null; x = x.next) {
                sum += x.id;
                if (!x.intact()) {
                    broken++;
                }
            }
        }
        System.out.println("live chains sum " + sum + ", broken " + broken + ", big arrays " + big.size());
    }
}
