/*
 * A terminal's settings, struct termios as the kernel's TCGETS/TCSETS ioctls take it (36
 * bytes: four flag words, the line discipline, 19 control characters), read with get() and
 * applied with set(). raw() gives the settings a line editor reads keys with.
 */
package exo.sys;

public final class Termios {
    static final int TCGETS = 0x5401, TCSETS = 0x5402, TCSETSW = 0x5403, TCSETSF = 0x5404;
    static final int SIZE = 36;

    /** When set() applies: now, after output drains, after output drains and input is flushed. */
    public static final int TCSANOW = 0, TCSADRAIN = 1, TCSAFLUSH = 2;

    // c_iflag
    public static final int IGNBRK = 1, BRKINT = 2, IGNPAR = 4, PARMRK = 8, INPCK = 0x10, ISTRIP = 0x20,
            INLCR = 0x40, IGNCR = 0x80, ICRNL = 0x100, IXON = 0x400, IXOFF = 0x1000, IUTF8 = 0x4000;
    // c_oflag
    public static final int OPOST = 1, ONLCR = 4;
    // c_cflag
    public static final int CSIZE = 0x30, CS8 = 0x30, PARENB = 0x100;
    // c_lflag
    public static final int ISIG = 1, ICANON = 2, ECHO = 8, ECHOE = 0x10, ECHOK = 0x20, ECHONL = 0x40,
            NOFLSH = 0x80, TOSTOP = 0x100, ECHOCTL = 0x200, ECHOKE = 0x800, IEXTEN = 0x8000;
    // indexes of c_cc
    public static final int VINTR = 0, VQUIT = 1, VERASE = 2, VKILL = 3, VEOF = 4, VTIME = 5, VMIN = 6,
            VSTART = 8, VSTOP = 9, VSUSP = 10, VEOL = 11, VWERASE = 14, VLNEXT = 15;
    public static final int NCCS = 19;

    public int iflag, oflag, cflag, lflag, line;
    public final byte[] cc = new byte[NCCS];

    /** The settings of the terminal open on fd (ENOTTY when it is not one). */
    public static Termios get(int fd) {
        byte[] b = new byte[SIZE];
        Sys.ioctl(fd, TCGETS, b);
        Termios t = new Termios();
        t.iflag = (int) Stat.le(b, 0, 4);
        t.oflag = (int) Stat.le(b, 4, 4);
        t.cflag = (int) Stat.le(b, 8, 4);
        t.lflag = (int) Stat.le(b, 12, 4);
        t.line = b[16] & 0xFF;
        System.arraycopy(b, 17, t.cc, 0, NCCS);
        return t;
    }

    /** Applies these settings to fd; when is TCSANOW, TCSADRAIN or TCSAFLUSH. */
    public void set(int fd, int when) {
        if (when < TCSANOW || when > TCSAFLUSH) {
            throw new SysException("tcsetattr: when=" + when, Errno.EINVAL);
        }
        byte[] b = new byte[SIZE];
        put(b, 0, iflag);
        put(b, 4, oflag);
        put(b, 8, cflag);
        put(b, 12, lflag);
        b[16] = (byte) line;
        System.arraycopy(cc, 0, b, 17, NCCS);
        Sys.ioctl(fd, TCSETS + when, b);
    }

    private static void put(byte[] b, int off, int v) {
        for (int i = 0; i < 4; i++) {
            b[off + i] = (byte) (v >> (8 * i));
        }
    }

    public Termios copy() {
        Termios t = new Termios();
        t.iflag = iflag;
        t.oflag = oflag;
        t.cflag = cflag;
        t.lflag = lflag;
        t.line = line;
        System.arraycopy(cc, 0, t.cc, 0, NCCS);
        return t;
    }

    /**
     * These settings for a line editor: no canonical mode, no echo, no signal keys (Ctrl-C
     * arrives as a byte), no CR translation, reads return after one byte; output processing
     * is kept so "\n" still moves to the start of the next line.
     */
    public Termios raw() {
        Termios t = copy();
        t.iflag &= ~(ICRNL | INLCR | IGNCR | IXON | ISTRIP | BRKINT);
        t.lflag &= ~(ICANON | ECHO | ISIG | IEXTEN);
        t.cc[VMIN] = 1;
        t.cc[VTIME] = 0;
        return t;
    }
}
