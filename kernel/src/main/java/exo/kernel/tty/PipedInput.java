/*
 * The input of a run= boot's console when the host's standard input is not a terminal (a pipe
 * or a file): the host (tools/boot/run) sends its bytes over COM2 with 0xFF escaped, so that
 * the end of the input can be told apart from data. FF FF is one 0xFF byte, FF 00 is the end
 * of input (the Tty then reads end of file: `echo hi | ./exo run -- cat` ends), any other byte
 * is itself. Other bytes after FF are taken as data (a garbled escape is not worth losing
 * input over). Used by InputPump on the input thread; host-tested.
 */
package exo.kernel.tty;

public final class PipedInput {
    public static final int ESCAPE = 0xFF;
    public static final int END = 0x00;

    private boolean escaped;
    private boolean ended;

    /**
     * Decodes one received byte into out[pos]; returns the bytes stored (0 or 1). After the end
     * marker nothing more is stored.
     */
    public int decode(int b, byte[] out, int pos) {
        b &= 0xFF;
        if (ended) {
            return 0;
        }
        if (!escaped && b == ESCAPE) {
            escaped = true;
            return 0;
        }
        if (escaped) {
            escaped = false;
            if (b == END) {
                ended = true;
                return 0;
            }
        }
        out[pos] = (byte) b;
        return 1;
    }

    /** Has the end marker arrived? */
    public boolean ended() {
        return ended;
    }
}
