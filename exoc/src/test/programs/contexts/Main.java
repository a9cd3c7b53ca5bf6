// Execution-context annotations that hold: exoc checks them over the call graph and the
// program runs as on the JVM. Preallocated exceptions, audited escapes (@AllocOk on a method
// and on a class whose initialiser runs at start-up) and non-blocking paths next to a
// @Blocking one.
import exo.rt.AllocOk;
import exo.rt.Blocking;
import exo.rt.IrqContext;
import exo.rt.NoAlloc;
import exo.rt.NoBlock;

public class Main {
    /** Ring buffer filled by an "interrupt handler", drained by normal code. */
    static final class Ring {
        private final int[] slots;
        private int head;
        private int tail;

        Ring(int capacity) {
            slots = new int[capacity];
        }

        @NoAlloc
        boolean offer(int v) {
            if (tail - head == slots.length) {
                return false;
            }
            slots[tail++ % slots.length] = v;
            return true;
        }

        int poll() {
            return tail == head ? -1 : slots[head++ % slots.length];
        }
    }

    interface Device {
        int status(int irq);
    }

    static final class Timer implements Device {
        int ticks;

        public int status(int irq) {
            return ++ticks;
        }
    }

    static final class Keyboard implements Device {
        int lastKey = 30;

        public int status(int irq) {
            return lastKey + irq;
        }
    }

    /** Initialised at start-up, before any handler runs. */
    @AllocOk("initialised by main before the first interrupt")
    static final class Tables {
        static final Device[] DEVICES = {new Timer(), new Keyboard()};
    }

    static final Ring RING = new Ring(8);
    static final IllegalStateException OVERFLOW = new IllegalStateException("ring overflow");
    static int dropped;
    static StringBuilder log = new StringBuilder();

    @AllocOk("diagnostics only, run after the handlers")
    static void note(String what, int value) {
        log.append(what).append('=').append(value).append(' ');
    }

    @IrqContext
    static void interrupt(int irq) {
        int status = Tables.DEVICES[irq & 1].status(irq);
        if (!RING.offer(status)) {
            dropped++;
            if (dropped > 3) {
                throw OVERFLOW;
            }
        }
    }

    @Blocking
    static int take() {
        int v = RING.poll();
        return v;
    }

    @NoBlock
    static int tryTake() {
        return RING.poll();
    }

    @NoAlloc
    static long checksum(int[] values) {
        long sum = 17;
        for (int v : values) {
            sum = sum * 31 + v;
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println("devices: " + Tables.DEVICES.length);
        for (int i = 0; i < 6; i++) {
            interrupt(i);
        }
        int[] taken = new int[4];
        for (int i = 0; i < taken.length; i++) {
            taken[i] = i % 2 == 0 ? take() : tryTake();
            note("took", taken[i]);
        }
        System.out.println(log.toString().trim());
        System.out.println("checksum " + checksum(taken));
        try {
            for (int i = 0; i < 20; i++) {
                interrupt(i);
            }
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " after " + dropped + " dropped");
        }
    }
}
