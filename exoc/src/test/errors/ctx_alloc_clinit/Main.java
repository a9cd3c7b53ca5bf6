// Bad input: the first use of a class may run its static initialiser, which allocates.
import exo.rt.NoAlloc;

public class Main {
    static final class Table {
        static final long[] SLOTS = new long[64];
    }

    @NoAlloc
    static long slot(int i) {
        return Table.SLOTS[i];
    }

    public static void main(String[] args) {
        System.out.println(slot(3));
    }
}
