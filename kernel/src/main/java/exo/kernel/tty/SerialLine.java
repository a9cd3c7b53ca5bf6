/*
 * A serial port as a terminal's device: output (already processed by the line discipline, so
 * "\n" is "\r\n" only when ONLCR says so) goes out byte for byte, and the port never refuses
 * bytes (the UART driver waits for room itself). Input comes the other way: the input thread
 * (InputPump) drains the port's interrupt-filled ring into the Tty, no faster than a raw
 * reader takes it (the port holds the rest back), and is woken here when the reader has. Made by TtySetup for
 * ttyS0 (COM1) and, in run= boots, ttyS1 (COM2).
 */
package exo.kernel.tty;

import exo.kernel.dev.Uart16550;

public final class SerialLine implements TtyDriver {
    private final Uart16550 port;

    public SerialLine(Uart16550 port) {
        this.port = port;
    }

    public Uart16550 port() {
        return port;
    }

    @Override
    public int writeRoom() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        port.writeRaw(b, off, len);
    }

    /** A reader made room: the input thread may move the bytes that waited in the port. */
    @Override
    public void inputConsumed() {
        port.wakeReaders();
    }
}
