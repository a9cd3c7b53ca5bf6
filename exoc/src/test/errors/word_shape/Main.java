// Bad input: a word type must be final with one final long field.
import exo.rt.Word;

public class Main {
    @Word
    static class Span {
        final long start;
        final long end;

        Span(long start, long end) {
            this.start = start;
            this.end = end;
        }
    }

    public static void main(String[] args) {
        System.out.println(new Span(1, 2).end);
    }
}
