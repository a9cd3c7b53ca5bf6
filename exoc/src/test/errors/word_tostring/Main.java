// Bad input: string conversion of a word type that has no toString of its own.
import exo.rt.Word;

public class Main {
    @Word
    static final class Pfn {
        private final long value;

        Pfn(long value) {
            this.value = value;
        }
    }

    public static void main(String[] args) {
        Pfn p = new Pfn(42);
        System.out.println("frame " + p);
    }
}
