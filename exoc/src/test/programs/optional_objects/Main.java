// Optional (of, ofNullable, empty, map, flatMap, filter, orElse, orElseGet, orElseThrow,
// ifPresent, ifPresentOrElse, isPresent/isEmpty, or, equals, toString, OptionalInt) and
// java.util.Objects (equals, deepEquals, hash, hashCode, toString with default,
// requireNonNull with and without message, requireNonNullElse, isNull/nonNull, compare,
// checkIndex).
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

public class Main {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<String> lookup(String key) {
        return key.startsWith("k") ? Optional.of("value-of-" + key) : Optional.empty();
    }

    public static void main(String[] args) {
        List<String> inputs = List.of("12", "x", "-4", "", "100");
        for (String in : inputs) {
            Optional<Integer> o = parse(in);
            System.out.println("'" + in + "' -> " + o + " " + o.isPresent() + " " + o.isEmpty() + " " + o.map(v -> v * 2).orElse(-1) + " "
                    + o.filter(v -> v > 0).map(String::valueOf).orElseGet(() -> "none") + " " + o.flatMap(v -> lookup("k" + v)).orElse("-"));
        }
        Optional<String> empty = Optional.ofNullable(null);
        Optional<String> full = Optional.ofNullable("here");
        System.out.println(empty + " " + full + " " + empty.equals(Optional.empty()) + " " + full.equals(Optional.of("here")) + " "
                + full.hashCode() + " " + empty.hashCode() + " " + empty.or(() -> Optional.of("alt")).get());
        List<String> seen = new ArrayList<>();
        full.ifPresent(seen::add);
        empty.ifPresent(seen::add);
        empty.ifPresentOrElse(seen::add, () -> seen.add("was empty"));
        System.out.println(seen);
        try {
            empty.get();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            empty.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            empty.orElseThrow(() -> new IllegalStateException("custom missing"));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null) -> NPE");
        }
        OptionalInt oi = OptionalInt.of(5);
        System.out.println(oi + " " + oi.getAsInt() + " " + OptionalInt.empty() + " " + OptionalInt.empty().orElse(7));

        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a")
                + " " + Objects.deepEquals(new int[] {1}, new int[] {1}) + " " + Objects.hash(1, "a", null) + " " + Objects.hash()
                + " " + Objects.hashCode(null) + " " + Objects.hashCode("a") + " " + Objects.toString(null) + " " + Objects.toString(null, "dflt")
                + " " + Objects.isNull(null) + " " + Objects.nonNull(null) + " " + Objects.requireNonNullElse(null, "else")
                + " " + Objects.compare("a", "b", String::compareTo));
        try {
            Objects.requireNonNull(null, "thing must not be null");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("plain: " + e.getMessage());
        }
        try {
            Objects.checkIndex(5, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Objects.requireNonNull("ok", "unused") + " " + Objects.checkIndex(2, 3));
    }
}
