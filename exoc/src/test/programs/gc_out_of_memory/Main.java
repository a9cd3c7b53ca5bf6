// OutOfMemoryError: fills the heap with small live objects until the allocator gives up,
// catches the error, drops the objects and does it again (the heap must work after an
// OutOfMemoryError, and filling must end in an error, not spin), then lets one escape from a
// loop of array allocations. Counts differ between the JVM and exoc (object sizes differ), so
// only what both must agree on is printed. The JVM runs with -Xmx of the `heap` file.
import java.util.ArrayList;
import java.util.List;

public class Main {
    static final class Node {
        Node next;
        long payload;

        Node(Node next, long payload) {
            this.next = next;
            this.payload = payload;
        }
    }

    static long fill() {
        Node head = null;
        long n = 0;
        try {
            while (true) {
                head = new Node(head, n);
                n++;
            }
        } catch (OutOfMemoryError e) {
            head = null;
            System.out.println("caught " + e);
            return n;
        }
    }

    static void hog() {
        List<long[]> arrays = new ArrayList<>();
        while (true) {
            arrays.add(new long[1000]);
        }
    }

    public static void main(String[] args) {
        long first = fill();
        for (int round = 0; round < 3; round++) {
            long n = fill();
            // After recovery the heap holds about as many objects as the first time.
            System.out.println("round " + round + ": refilled " + (n > first / 2 ? "fully" : "partly (" + n + " of " + first + ")"));
        }
        System.out.println("first fill above 100000 objects: " + (first > 100000));
        hog();
    }
}
