/*
 * A sum updated by many threads. One cell updated atomically: the same results as the JDK's
 * striped cells, without their spreading of contention.
 */
package java.util.concurrent.atomic;

public class LongAdder extends Number {
    private final AtomicLong sum = new AtomicLong();

    public LongAdder() {}

    public void add(long x) {
        sum.getAndAdd(x);
    }

    public void increment() {
        add(1);
    }

    public void decrement() {
        add(-1);
    }

    public long sum() {
        return sum.get();
    }

    public void reset() {
        sum.set(0);
    }

    public long sumThenReset() {
        return sum.getAndSet(0);
    }

    public String toString() {
        return Long.toString(sum());
    }

    public long longValue() {
        return sum();
    }

    public int intValue() {
        return (int) sum();
    }

    public float floatValue() {
        return (float) sum();
    }

    public double doubleValue() {
        return (double) sum();
    }
}
