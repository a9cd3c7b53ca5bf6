/*
 * The kernel's messages for the virtual consoles, once they own the VGA screen (Linux's
 * console=tty0: printk on the terminal in front). The console cannot draw on a virtual
 * console itself: it is called with interrupts off, from interrupt handlers and from the
 * panic path, and a console's screen is behind a lock. So Console copies each byte into this
 * ring (no allocation, no lock: interrupts are off while it writes) and, when the writer ran
 * with interrupts on (thread context, outside the scheduler), wakes the terminals' input
 * thread, which takes the text (take) and draws it on the console shown (tty.InputPump,
 * VirtualConsoles.kernelText). Text written with interrupts off waits for the next wake-up.
 * Bytes beyond the ring's room are dropped, as a full printk buffer drops.
 */
package exo.kernel.console;

import exo.kernel.sync.WaitQueue;

public final class TerminalCopy {
    private TerminalCopy() {}

    static final int RING_BYTES = 8192;   // a power of two
    /** Made by start(): the console's paths may not allocate, nor run an initialiser that does. */
    private static byte[] ring;
    /** Bytes ever put and taken: head - tail are waiting. */
    private static int head;
    private static int tail;
    private static WaitQueue reader;

    /** From now on, the console's text is kept for the terminals and reader is woken for it. */
    public static void start(WaitQueue wake) {
        if (ring == null) {
            ring = new byte[RING_BYTES];
        }
        reader = wake;
    }

    /** Stops the copy and forgets what waits (host tests). */
    public static void stop() {
        reader = null;
        head = 0;
        tail = 0;
    }

    /** One byte of console text; interrupts are off. */
    static void put(int b) {
        byte[] r = ring;
        if (reader != null && r != null && head - tail < RING_BYTES) {
            r[head++ & (RING_BYTES - 1)] = (byte) b;
        }
    }

    /** After a console write: wakes the reader if text waits and the writer is in thread context. */
    static void written(boolean interruptsWereOn) {
        WaitQueue r = reader;
        if (interruptsWereOn && r != null && head != tail) {
            r.wakeAll();
        }
    }

    public static boolean hasText() {
        return head != tail;
    }

    /** Moves waiting text to out; returns how many bytes. */
    public static int take(byte[] out) {
        boolean on = exo.kernel.cpu.Irq.save();
        int n = 0;
        while (tail != head && n < out.length) {
            out[n++] = ring[tail++ & (RING_BYTES - 1)];
        }
        exo.kernel.cpu.Irq.restore(on);
        return n;
    }
}
