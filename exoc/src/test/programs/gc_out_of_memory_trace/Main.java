// An OutOfMemoryError that escapes main: the report must show the program's frames from the
// allocation that failed (none of the collector's), and come quickly, not after the program
// spins in collections while the error unwinds. Every allocation of the loop is on one line,
// so that the JVM and exoc agree on the frames whichever allocation fails first.
import java.util.ArrayList;
import java.util.List;

public class Main {
    static void plant(int depth) {
        if (depth > 0) {
            plant(depth - 1);
            return;
        }
        List<long[]> forest = new ArrayList<>();   // garbage once the error leaves plant
        while (true) {
            forest.add(new long[1 + forest.size() % 50]);
        }
    }

    public static void main(String[] args) {
        System.out.println("planting");
        plant(5);
    }
}
