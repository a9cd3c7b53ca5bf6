/*
 * A terminal's settings, as struct termios carries them (Linux's x86_64 values, from
 * asm-generic/termbits.h): input, output, control and local mode flags, the line discipline
 * number and the 19 control characters, plus the input and output speeds that termios2 adds.
 * The line discipline reads them on every byte; TCGETS/TCSETS copy them through TermiosLayout.
 * The defaults are Linux's for a console or serial line (ICRNL IXON, OPOST ONLCR, ISIG ICANON
 * ECHO ECHOE ECHOK ECHOCTL ECHOKE IEXTEN, ^C ^\ DEL ^U ^D ...); a PTY master starts raw.
 */
package exo.kernel.tty;

public final class Termios {
    // c_iflag
    public static final int IGNBRK = 0000001;
    public static final int BRKINT = 0000002;
    public static final int IGNPAR = 0000004;
    public static final int PARMRK = 0000010;
    public static final int INPCK = 0000020;
    public static final int ISTRIP = 0000040;
    public static final int INLCR = 0000100;
    public static final int IGNCR = 0000200;
    public static final int ICRNL = 0000400;
    public static final int IUCLC = 0001000;
    public static final int IXON = 0002000;
    public static final int IXANY = 0004000;
    public static final int IXOFF = 0010000;
    public static final int IMAXBEL = 0020000;
    public static final int IUTF8 = 0040000;
    // c_oflag
    public static final int OPOST = 0000001;
    public static final int OLCUC = 0000002;
    public static final int ONLCR = 0000004;
    public static final int OCRNL = 0000010;
    public static final int ONOCR = 0000020;
    public static final int ONLRET = 0000040;
    public static final int TABDLY = 0014000;
    /** TABDLY's value that expands tabs to spaces (XTABS). */
    public static final int TAB3 = 0014000;
    // c_cflag
    public static final int CBAUD = 0010017;
    public static final int B9600 = 0000015;
    public static final int B38400 = 0000017;
    public static final int B115200 = 0010002;
    public static final int CSIZE = 0000060;
    public static final int CS8 = 0000060;
    public static final int CSTOPB = 0000100;
    public static final int CREAD = 0000200;
    public static final int PARENB = 0000400;
    public static final int HUPCL = 0002000;
    public static final int CLOCAL = 0004000;
    // c_lflag
    public static final int ISIG = 0000001;
    public static final int ICANON = 0000002;
    public static final int ECHO = 0000010;
    public static final int ECHOE = 0000020;
    public static final int ECHOK = 0000040;
    public static final int ECHONL = 0000100;
    public static final int NOFLSH = 0000200;
    public static final int TOSTOP = 0000400;
    public static final int ECHOCTL = 0001000;
    public static final int ECHOPRT = 0002000;
    public static final int ECHOKE = 0004000;
    public static final int FLUSHO = 0010000;
    public static final int PENDIN = 0040000;
    public static final int IEXTEN = 0100000;
    // c_cc indices
    public static final int VINTR = 0;
    public static final int VQUIT = 1;
    public static final int VERASE = 2;
    public static final int VKILL = 3;
    public static final int VEOF = 4;
    public static final int VTIME = 5;
    public static final int VMIN = 6;
    public static final int VSWTC = 7;
    public static final int VSTART = 8;
    public static final int VSTOP = 9;
    public static final int VSUSP = 10;
    public static final int VEOL = 11;
    public static final int VREPRINT = 12;
    public static final int VDISCARD = 13;
    public static final int VWERASE = 14;
    public static final int VLNEXT = 15;
    public static final int VEOL2 = 16;
    public static final int NCCS = 19;
    /** A control character set to this value is disabled (_POSIX_VDISABLE). */
    public static final int DISABLED = 0;

    /** Linux's INIT_C_CC: ^C ^\ DEL ^U ^D, VTIME 0, VMIN 1, ^Q ^S ^Z, ^R ^O ^W ^V. */
    private static final byte[] DEFAULT_CC = {3, 034, 0177, 025, 4, 0, 1, 0, 021, 023, 032, 0, 022, 017, 027, 026, 0};

    public int iflag;
    public int oflag;
    public int cflag;
    public int lflag;
    public int line;
    public final byte[] cc = new byte[NCCS];
    public int ispeed;
    public int ospeed;

    /** A console or serial line's settings at boot (speedBits: B38400, B115200...). */
    public static Termios standard(int speedBits, int speedBaud) {
        Termios t = new Termios();
        t.iflag = ICRNL | IXON;
        t.oflag = OPOST | ONLCR;
        t.cflag = speedBits | CS8 | CREAD | HUPCL;
        t.lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN;
        System.arraycopy(DEFAULT_CC, 0, t.cc, 0, DEFAULT_CC.length);
        t.ispeed = speedBaud;
        t.ospeed = speedBaud;
        return t;
    }

    /** A PTY master: no input or output processing, no echo (Linux's pty driver). */
    public static Termios raw(int speedBits, int speedBaud) {
        Termios t = standard(speedBits, speedBaud);
        t.iflag = 0;
        t.oflag = 0;
        t.lflag = 0;
        t.cflag = speedBits | CS8 | CREAD;
        return t;
    }

    public Termios copy() {
        Termios t = new Termios();
        t.setFrom(this);
        return t;
    }

    public void setFrom(Termios o) {
        iflag = o.iflag;
        oflag = o.oflag;
        cflag = o.cflag;
        lflag = o.lflag;
        line = o.line;
        System.arraycopy(o.cc, 0, cc, 0, NCCS);
        ispeed = o.ispeed;
        ospeed = o.ospeed;
    }

    public boolean local(int bits) {
        return (lflag & bits) != 0;
    }

    public boolean input(int bits) {
        return (iflag & bits) != 0;
    }

    public boolean output(int bits) {
        return (oflag & bits) != 0;
    }

    public boolean canonical() {
        return (lflag & ICANON) != 0;
    }

    /** Is c the enabled control character at index v? */
    public boolean isChar(int v, int c) {
        int cv = cc[v] & 0xFF;
        return cv != DISABLED && cv == c;
    }

    public int ccValue(int v) {
        return cc[v] & 0xFF;
    }
}
