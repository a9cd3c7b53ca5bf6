// Instance calls and gen.NoThrow: a call to a single-target instance method (private, final,
// a final class's, or the one implementation Rapid Type Analysis finds) whose body cannot
// throw needs no pending-exception test after it. These are the look-alikes that can throw
// and must still reach their handlers: a final method throwing from a nested call on `this`,
// an overridden method whose override throws, an interface with one implementation that
// throws, a null receiver of a no-throw method, `this` joined with a null object at a call's
// receiver, mutual recursion on `this` (a cycle: "may throw") ending in an array access, and
// a constructor storing reference fields. Identical output to the JVM is the check.
public class Main {
    int count;
    int[] cells = new int[4];
    Main next;

    Main() {}

    Main(Main next, int count) {
        this.next = next;
        this.count = count;
    }

    private int twice() {
        return count + count;
    }

    final int quadruple() {
        return twice() + twice();
    }

    final int divideBy(int d) {
        return count / d;
    }

    final int viaNestedDivide(int d) {
        return quadruple() + divideBy(d);
    }

    final int cell(int i) {
        return cells[i];
    }

    final int viaNestedCell(int i) {
        return twice() + cell(i);
    }

    final int nextCount() {
        return next.count;   // another object: may be null
    }

    final int viaNextCount() {
        return quadruple() + nextCount();
    }

    final void bump() {
        count++;
    }

    final int bumpTwiceDup() {
        Main m = this;
        m.bump();
        this.bump();
        return count;
    }

    final int either(boolean mine, Main other) {
        return (mine ? this : other).quadruple();
    }

    int even(int n) {
        return n == 0 ? cells[n + 8] : odd(n - 1);
    }

    int odd(int n) {
        return n == 0 ? 1 : even(n - 1);
    }

    static class Shape {
        int sides = 3;

        int sides() {
            return sides;
        }

        int doubled() {
            return sides() + sides();
        }
    }

    static class Broken extends Shape {
        @Override
        int sides() {
            throw new IllegalStateException("broken sides");
        }
    }

    static class OnlyBroken {
        int value() {
            return 1;
        }

        int plusOne() {
            return value() + 1;
        }
    }

    static final class OnlyBrokenSub extends OnlyBroken {
        @Override
        int value() {
            return 10 / (value2() - 2);
        }

        int value2() {
            return 2;
        }
    }

    interface Counter {
        int next();
    }

    static final class ThrowingCounter implements Counter {
        int n;

        public int next() {
            if (++n > 2) {
                throw new UnsupportedOperationException("counter ran out at " + n);
            }
            return n;
        }
    }

    static int total(Counter c) {
        return c.next() + c.next() + c.next();
    }

    public static void main(String[] args) {
        Main m = new Main(null, 5);
        System.out.println("quadruple " + m.quadruple() + " bumpTwiceDup " + m.bumpTwiceDup());
        Main chain = new Main(new Main(null, 3), 4);
        System.out.println("viaNextCount " + chain.viaNextCount() + " either " + m.either(true, null));
        Shape plain = new Shape();
        System.out.println("shape doubled " + plain.doubled());
        String[] names = {"viaNestedDivide", "viaNestedCell", "viaNextCount", "nullReceiver", "either",
            "recursion", "override", "onlyOverride", "interface", "nullField"};
        for (int i = 0; i < names.length; i++) {
            try {
                int r;
                switch (i) {
                    case 0: r = m.viaNestedDivide(0); break;
                    case 1: r = m.viaNestedCell(4); break;
                    case 2: r = m.viaNextCount(); break;
                    case 3: {
                        Main none = i == 3 ? null : m;
                        r = none.quadruple();
                        break;
                    }
                    case 4: r = m.either(false, null); break;
                    case 5: r = m.even(5) + m.even(6); break;
                    case 6: r = new Broken().doubled(); break;
                    case 7: r = new OnlyBrokenSub().plusOne(); break;
                    case 8: r = total(new ThrowingCounter()); break;
                    default: r = chain.next.next.twiceCount(); break;
                }
                System.out.println(names[i] + " returned " + r);
            } catch (ArithmeticException | ArrayIndexOutOfBoundsException | NullPointerException
                     | IllegalStateException | UnsupportedOperationException e) {
                System.out.println(names[i] + " threw " + e.getClass().getName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        System.out.println("count after " + m.count + " chain " + chain.quadruple());
    }

    final int twiceCount() {
        return twice();
    }
}
