/*
 * A fixed-size FIFO of ints between one interrupt handler (producer) and the code that reads
 * input (consumer), used for keyboard characters and serial bytes. The capacity is a power of
 * two and head/tail run freely (wrapping int counters), so full and empty are told apart
 * without a spare slot. Each index is written by one side only and is volatile, so the consumer
 * may run with interrupts enabled. When full, new items are dropped and counted: losing the
 * newest key press is better than blocking in an interrupt handler. Never allocates after
 * construction.
 */
package exo.kernel.dev;

public final class RingBuffer {
    private final int[] items;
    private final int mask;
    private volatile int head; // next slot to write, producer only
    private volatile int tail; // next slot to read, consumer only
    private int dropped;

    public RingBuffer(int capacity) {
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0) {
            throw new IllegalArgumentException("ring capacity " + capacity + " is not a power of two");
        }
        items = new int[capacity];
        mask = capacity - 1;
    }

    /** Appends value; returns false (and counts a drop) when the buffer is full. */
    public boolean put(int value) {
        int h = head;
        if (h - tail == items.length) {
            dropped++;
            return false;
        }
        items[h & mask] = value;
        head = h + 1;
        return true;
    }

    /** The oldest value, removed, or -1 when empty. */
    public int take() {
        int t = tail;
        if (t == head) {
            return -1;
        }
        int value = items[t & mask];
        tail = t + 1;
        return value;
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public int size() {
        return head - tail;
    }

    public int capacity() {
        return items.length;
    }

    public int dropped() {
        return dropped;
    }

    public void clear() {
        tail = head;
    }
}
