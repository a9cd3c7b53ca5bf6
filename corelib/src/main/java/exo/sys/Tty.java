/*
 * Terminal ioctls besides termios: is fd a terminal, its foreground process group
 * (tcgetpgrp/tcsetpgrp), its window size, becoming a session's controlling terminal.
 */
package exo.sys;

public final class Tty {
    private Tty() {}

    static final int TIOCSCTTY = 0x540E, TIOCGPGRP = 0x540F, TIOCSPGRP = 0x5410, TIOCGWINSZ = 0x5413,
            FIONREAD = 0x541B, TIOCNOTTY = 0x5422, TIOCGSID = 0x5429;

    /** True when fd is a terminal (TCGETS succeeds). */
    public static boolean isatty(int fd) {
        byte[] b = new byte[Termios.SIZE];
        return Sys.raw(Sys.IOCTL, fd, Termios.TCGETS, exo.rt.SysSupport.address(b, 0), 0, 0, 0) == 0;
    }

    /** The terminal's foreground process group. */
    public static int tcgetpgrp(int fd) {
        byte[] b = new byte[4];
        Sys.ioctl(fd, TIOCGPGRP, b);
        return (int) Stat.le(b, 0, 4);
    }

    /** Makes pgrp the terminal's foreground process group. */
    public static void tcsetpgrp(int fd, int pgrp) {
        byte[] b = {(byte) pgrp, (byte) (pgrp >> 8), (byte) (pgrp >> 16), (byte) (pgrp >> 24)};
        Sys.ioctl(fd, TIOCSPGRP, b);
    }

    /** The session the terminal belongs to. */
    public static int tcgetsid(int fd) {
        byte[] b = new byte[4];
        Sys.ioctl(fd, TIOCGSID, b);
        return (int) Stat.le(b, 0, 4);
    }

    /** Makes the terminal on fd the caller's controlling terminal (the caller leads a session). */
    public static void setControlling(int fd, boolean steal) {
        Sys.ioctl(fd, TIOCSCTTY, steal ? 1 : 0);
    }

    /** Gives up the controlling terminal. */
    public static void detach(int fd) {
        Sys.ioctl(fd, TIOCNOTTY, 0);
    }

    /** {rows, columns} of the terminal. */
    public static int[] windowSize(int fd) {
        byte[] b = new byte[8];
        Sys.ioctl(fd, TIOCGWINSZ, b);
        return new int[] {(int) Stat.le(b, 0, 2), (int) Stat.le(b, 2, 2)};
    }

    /** Bytes waiting to be read. */
    public static int bytesAvailable(int fd) {
        byte[] b = new byte[4];
        Sys.ioctl(fd, FIONREAD, b);
        return (int) Stat.le(b, 0, 4);
    }
}
