// A second word type whose constructor checks its argument.
import exo.rt.Word;

@Word
final class Page {
    private final long number;

    Page(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("negative page number " + number);
        }
        this.number = number;
    }

    Addr start() {
        return new Addr((int) number, false);
    }

    Page next() {
        return new Page(number + 1);
    }

    long number() {
        return number;
    }
}
