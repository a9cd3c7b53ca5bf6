/*
 * The device side of a terminal: where its processed output goes (a UART, a virtual console's
 * screen, the master side of a pseudo-terminal) and how much it can take. Hardware lines take
 * everything at once; a PTY's slave side reports the room left in its master's buffer, and
 * Tty waits (on its own wait list) while there is none. Called with the Tty's lock held, from
 * thread context.
 */
package exo.kernel.tty;

public interface TtyDriver {
    /** Bytes the device can take now; hardware answers Integer.MAX_VALUE. */
    int writeRoom();

    /** Sends processed output (echo included); never blocks. */
    void write(byte[] b, int off, int len);

    /** A reader took input: a PTY master waiting to write more may proceed. */
    default void inputConsumed() {
    }

    /** Output written but not yet taken by the other side (TIOCOUTQ). */
    default int outputQueued() {
        return 0;
    }
}
