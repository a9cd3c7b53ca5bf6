/*
 * The comparators behind Comparator.naturalOrder(), nullsFirst() and nullsLast(). They are
 * classes (not lambdas) because reversed() and thenComparing() must keep their null handling.
 */
package java.util;

final class Comparators {
    private Comparators() {
    }

    /**
     * The NullPointerException HotSpot reports when compareTo is called on null; what names
     * the null value (a variable, a call) comes from the JDK code being mirrored.
     */
    static NullPointerException nullComparable(String what) {
        return new NullPointerException(
                "Cannot invoke \"java.lang.Comparable.compareTo(Object)\" because " + what + " is null");
    }

    /** Compares Comparable objects in natural order; reversed() is Collections.reverseOrder(). */
    static final class NaturalOrderComparator implements Comparator<Comparable<Object>> {
        static final NaturalOrderComparator INSTANCE = new NaturalOrderComparator();

        private NaturalOrderComparator() {
        }

        @Override
        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            if (c1 == null) {
                throw nullComparable("\"c1\"");
            }
            return c1.compareTo(c2);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Comparator<Comparable<Object>> reversed() {
            return Collections.reverseOrder();
        }
    }

    /** Puts nulls first or last; non-null values go to real (or are all equal if real is null). */
    static final class NullComparator<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        NullComparator(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        @Override
        public int compare(T a, T b) {
            if (a == null) {
                return (b == null) ? 0 : (nullFirst ? -1 : 1);
            } else if (b == null) {
                return nullFirst ? 1 : -1;
            } else {
                return (real == null) ? 0 : real.compare(a, b);
            }
        }

        @Override
        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new NullComparator<>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        @Override
        public Comparator<T> reversed() {
            return new NullComparator<>(!nullFirst, real == null ? null : real.reversed());
        }
    }
}
