/*
 * The input of a run= boot's console when the host's standard input is not a terminal (a pipe
 * or a file): the host (tools/boot/run) sends its bytes over COM2 with 0xFF escaped, so that
 * the end of the input can be told apart from data. FF FF is one 0xFF byte, FF 00 is the end
 * of input (the Tty then reads end of file: `echo hi | ./exo run -- cat` ends), any other byte
 * is itself. The host begins with FF 01, the start mark, which stands for nothing: setting up
 * the UART (Uart16550.initReceiving) may destroy the first byte sent, so a 01 received first
 * is that mark without its FF. Other bytes after FF are taken as data (a garbled escape is not
 * worth losing input over). Used by InputPump on the input thread; host-tested.
 */
package exo.kernel.tty;

public final class PipedInput {
    public static final int ESCAPE = 0xFF;
    public static final int END = 0x00;
    public static final int START = 0x01;

    private boolean escaped;
    private boolean ended;
    private boolean first = true;

    /**
     * Decodes one received byte into out[pos]; returns the bytes stored (0 or 1). After the end
     * marker nothing more is stored.
     */
    public int decode(int b, byte[] out, int pos) {
        b &= 0xFF;
        boolean wasFirst = first;
        first = false;
        if (ended || wasFirst && b == START) {
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
            if (b == START) {
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
