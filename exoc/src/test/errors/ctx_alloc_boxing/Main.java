// Bad input: boxing allocates (Integer.valueOf above its cache).
import exo.rt.NoAlloc;

public class Main {
    static Object last;

    @NoAlloc
    static void record(int value) {
        last = value;
    }

    public static void main(String[] args) {
        record(1000);
        System.out.println(last);
    }
}
