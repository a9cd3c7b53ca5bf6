/*
 * The input thread: the serial ports' and the keyboard's interrupt handlers only put bytes in
 * their rings and wake this thread (they may not allocate or block), and this thread hands
 * the bytes to the terminals in thread context, where the line discipline may echo, signal
 * and wake readers. One thread serves every input device: it sleeps on one wait queue that all
 * their handlers wake, checking with interrupts off so that no wake-up is lost between the
 * check and the sleep. Started by TtySetup once the terminals exist.
 */
package exo.kernel.tty;

import exo.kernel.console.TerminalCopy;
import exo.kernel.cpu.Irq;
import exo.kernel.dev.Ps2Keyboard;
import exo.kernel.dev.Uart16550;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Threads;
import exo.kernel.sync.WaitQueue;
import java.util.ArrayList;

public final class InputPump {
    /** Bytes handed to a terminal at once (a UART's ring holds 256). */
    private static final int BATCH_BYTES = 256;

    /** One input device and where its bytes go. */
    interface Source {
        boolean hasInput();

        /** Moves what has arrived to the terminal(s); thread context. */
        void pump(byte[] scratch);
    }

    private final WaitQueue wakeUps = new WaitQueue();
    private final ArrayList<Source> sources = new ArrayList<>();

    /** A serial port feeding tty; decoder is null for a plain line (else the run= pipe protocol). */
    public void addSerial(Uart16550 port, Tty tty, PipedInput decoder) {
        port.setReaders(wakeUps);
        sources.add(new Source() {
            @Override
            public boolean hasInput() {
                return port.hasInput() && tty.roomForDevice() > 0;
            }

            @Override
            public void pump(byte[] scratch) {
                pumpSerial(port, tty, decoder, scratch);
            }
        });
    }

    /** The keyboard, feeding the virtual consoles (which also take their switching keys). */
    public void addKeyboard(Ps2Keyboard keyboard, VirtualConsoles consoles) {
        keyboard.setReaders(wakeUps);
        sources.add(new Source() {
            @Override
            public boolean hasInput() {
                return keyboard.hasInput();
            }

            @Override
            public void pump(byte[] scratch) {
                for (int key = keyboard.poll(); key >= 0; key = keyboard.poll()) {
                    consoles.key(key, scratch);
                }
            }
        });
    }

    /** The virtual consoles' answers to programs (ESC [ 6 n), typed back into their terminals. */
    public void addConsoleReplies(VirtualConsoles consoles) {
        consoles.setReaders(wakeUps);
        sources.add(new Source() {
            @Override
            public boolean hasInput() {
                return consoles.hasReplies();
            }

            @Override
            public void pump(byte[] scratch) {
                consoles.deliverReplies();
            }
        });
    }

    /** The kernel's messages (console.TerminalCopy), drawn on the virtual console shown. */
    public void addKernelText(VirtualConsoles consoles) {
        TerminalCopy.start(wakeUps);
        sources.add(new Source() {
            @Override
            public boolean hasInput() {
                return TerminalCopy.hasText();
            }

            @Override
            public void pump(byte[] scratch) {
                for (int n = TerminalCopy.take(scratch); n > 0; n = TerminalCopy.take(scratch)) {
                    consoles.kernelText(scratch, n);
                }
            }
        });
    }

    /** Moves the port's bytes into tty, as many as it has room for (the rest wait in the port). */
    static void pumpSerial(Uart16550 port, Tty tty, PipedInput decoder, byte[] scratch) {
        int n = 0;
        int room = tty.roomForDevice();
        for (int b; room > 0 && (b = port.poll()) >= 0; ) {
            int stored = decoder == null ? store(b, scratch, n) : decoder.decode(b, scratch, n);
            n += stored;
            room -= stored;
            if (n == scratch.length) {
                tty.receive(scratch, 0, n);
                n = 0;
            }
        }
        if (n > 0) {
            tty.receive(scratch, 0, n);
        }
        if (decoder != null && decoder.ended() && !tty.isInputEnded()) {
            tty.endInput();
        }
    }

    private static int store(int b, byte[] out, int pos) {
        out[pos] = (byte) b;
        return 1;
    }

    /** Starts the thread (create queues it). */
    public void start() {
        Threads.create(arg -> loop(), null, "tty-input", KThread.PRIORITY_HIGH);
    }

    private void loop() {
        byte[] scratch = new byte[BATCH_BYTES];
        for (;;) {
            boolean on = Irq.save();
            while (!anyInput()) {
                wakeUps.sleep();
            }
            Irq.restore(on);
            for (int i = 0; i < sources.size(); i++) {
                sources.get(i).pump(scratch);
            }
        }
    }

    private boolean anyInput() {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).hasInput()) {
                return true;
            }
        }
        return false;
    }
}
