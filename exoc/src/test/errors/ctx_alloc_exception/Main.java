// Bad input: creating an exception allocates (throwing a preallocated one is fine).
import exo.rt.NoAlloc;

public class Main {
    @NoAlloc
    static int checked(int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative");
        }
        return v;
    }

    public static void main(String[] args) {
        System.out.println(checked(3));
    }
}
