/*
 * The user-visible layouts of the terminal ioctls, written once: the kernel's struct termios
 * (TCGETS/TCSETS*: 36 bytes, what both glibc and musl pass to the kernel), struct termios2
 * (TCGETS2/TCSETS2*: the same plus the two speeds, 44 bytes) and struct winsize (TIOCGWINSZ/
 * TIOCSWINSZ: four unsigned shorts). The speed of a plain TCSETS comes from c_cflag's CBAUD
 * bits, as Linux derives it. TermiosLayoutTest checks every offset against gcc's headers.
 */
package exo.kernel.tty;

import exo.kernel.fs.abi.Field;
import exo.kernel.fs.abi.Le;

public final class TermiosLayout {
    private TermiosLayout() {}

    public static final int C_IFLAG = 0;
    public static final int C_OFLAG = 4;
    public static final int C_CFLAG = 8;
    public static final int C_LFLAG = 12;
    public static final int C_LINE = 16;
    public static final int C_CC = 17;
    public static final int TERMIOS_SIZE = 36;
    public static final int C_ISPEED = 36;
    public static final int C_OSPEED = 40;
    public static final int TERMIOS2_SIZE = 44;

    public static final int WS_ROW = 0;
    public static final int WS_COL = 2;
    public static final int WS_XPIXEL = 4;
    public static final int WS_YPIXEL = 6;
    public static final int WINSIZE_SIZE = 8;

    public static final Field[] TERMIOS_FIELDS = {
        new Field("c_iflag", C_IFLAG, 4), new Field("c_oflag", C_OFLAG, 4), new Field("c_cflag", C_CFLAG, 4),
        new Field("c_lflag", C_LFLAG, 4), new Field("c_line", C_LINE, 1), new Field("c_cc", C_CC, Termios.NCCS),
    };
    public static final Field[] TERMIOS2_FIELDS = {
        new Field("c_iflag", C_IFLAG, 4), new Field("c_oflag", C_OFLAG, 4), new Field("c_cflag", C_CFLAG, 4),
        new Field("c_lflag", C_LFLAG, 4), new Field("c_line", C_LINE, 1), new Field("c_cc", C_CC, Termios.NCCS),
        new Field("c_ispeed", C_ISPEED, 4), new Field("c_ospeed", C_OSPEED, 4),
    };
    public static final Field[] WINSIZE_FIELDS = {
        new Field("ws_row", WS_ROW, 2), new Field("ws_col", WS_COL, 2), new Field("ws_xpixel", WS_XPIXEL, 2),
        new Field("ws_ypixel", WS_YPIXEL, 2),
    };

    /** The CBAUD codes 0..15 and 0010001..0010017 as baud rates (asm-generic/termbits.h). */
    private static final int[] BAUD = {0, 50, 75, 110, 134, 150, 200, 300, 600, 1200, 1800, 2400, 4800, 9600,
        19200, 38400, 57600, 115200, 230400, 460800, 500000, 576000, 921600, 1000000, 1152000, 1500000,
        2000000, 2500000, 3000000, 3500000, 4000000};
    private static final int CBAUDEX = 0010000;

    /** The baud rate that cflag's CBAUD bits name (0 for an unknown code). */
    public static int baudOf(int cflag) {
        int code = cflag & Termios.CBAUD;
        int index = (code & CBAUDEX) != 0 ? 15 + (code & 017) : code;
        return index < BAUD.length ? BAUD[index] : 0;
    }

    /** termios (36 bytes) or termios2 (44) of t. */
    public static byte[] encode(Termios t, boolean termios2) {
        byte[] b = new byte[termios2 ? TERMIOS2_SIZE : TERMIOS_SIZE];
        Le.put32(b, C_IFLAG, t.iflag);
        Le.put32(b, C_OFLAG, t.oflag);
        Le.put32(b, C_CFLAG, t.cflag);
        Le.put32(b, C_LFLAG, t.lflag);
        b[C_LINE] = (byte) t.line;
        System.arraycopy(t.cc, 0, b, C_CC, Termios.NCCS);
        if (termios2) {
            Le.put32(b, C_ISPEED, t.ispeed);
            Le.put32(b, C_OSPEED, t.ospeed);
        }
        return b;
    }

    /** The settings in b (termios, or termios2 when long enough); speeds follow CBAUD for termios. */
    public static Termios decode(byte[] b, boolean termios2) {
        Termios t = new Termios();
        t.iflag = Le.get32(b, C_IFLAG);
        t.oflag = Le.get32(b, C_OFLAG);
        t.cflag = Le.get32(b, C_CFLAG);
        t.lflag = Le.get32(b, C_LFLAG);
        t.line = b[C_LINE] & 0xFF;
        System.arraycopy(b, C_CC, t.cc, 0, Termios.NCCS);
        if (termios2) {
            t.ispeed = Le.get32(b, C_ISPEED);
            t.ospeed = Le.get32(b, C_OSPEED);
        } else {
            t.ospeed = baudOf(t.cflag);
            t.ispeed = t.ospeed;
        }
        return t;
    }

    public static byte[] encode(Winsize w) {
        byte[] b = new byte[WINSIZE_SIZE];
        Le.put16(b, WS_ROW, w.rows);
        Le.put16(b, WS_COL, w.cols);
        Le.put16(b, WS_XPIXEL, w.xpixels);
        Le.put16(b, WS_YPIXEL, w.ypixels);
        return b;
    }

    public static Winsize decodeWinsize(byte[] b) {
        return new Winsize(Le.get16(b, WS_ROW) & 0xFFFF, Le.get16(b, WS_COL) & 0xFFFF,
                Le.get16(b, WS_XPIXEL) & 0xFFFF, Le.get16(b, WS_YPIXEL) & 0xFFFF);
    }
}
