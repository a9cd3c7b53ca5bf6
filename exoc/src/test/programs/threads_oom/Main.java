// OutOfMemoryError in one thread while others run: the hog thread fills the heap and dies
// with the JVM's report (its own frames only); its memory is then garbage, the other
// threads, which compute without allocating much, finish normally, and the exit status is 0.
import java.util.ArrayList;
import java.util.List;

public class Main {
    static void hog() {
        List<long[]> forest = new ArrayList<>();
        while (true) {
            forest.add(new long[1 + forest.size() % 64]);
        }
    }

    public static void main(String[] args) throws Exception {
        long[] sums = new long[2];
        Thread[] calm = new Thread[2];
        for (int i = 0; i < 2; i++) {
            final int k = i;
            calm[i] = new Thread(() -> {
                long s = 0;
                for (int j = 0; j < 30_000_000; j++) {
                    s += (j ^ k) % 13;
                }
                sums[k] = s;
            }, "calm-" + i);
            calm[i].start();
        }
        Thread hog = new Thread(Main::hog, "hog");
        hog.start();
        hog.join();
        for (Thread t : calm) {
            t.join();
        }
        System.out.println("calm threads: " + sums[0] + " " + sums[1]);
        List<int[]> after = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            after.add(new int[100]);
        }
        System.out.println("allocating again: " + after.size());
    }
}
