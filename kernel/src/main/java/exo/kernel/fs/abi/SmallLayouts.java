/*
 * The small structures of the file calls: struct flock (fcntl record locks), struct pollfd
 * (poll) and struct epoll_event (packed on x86_64: 12 bytes, data at offset 4).
 */
package exo.kernel.fs.abi;

public final class SmallLayouts {
    private SmallLayouts() {}

    public static final int FLOCK_SIZE = 32;
    public static final int L_TYPE = 0;
    public static final int L_WHENCE = 2;
    public static final int L_START = 8;
    public static final int L_LEN = 16;
    public static final int L_PID = 24;
    public static final Field[] FLOCK_FIELDS = {
        new Field("l_type", L_TYPE, 2), new Field("l_whence", L_WHENCE, 2), new Field("l_start", L_START, 8),
        new Field("l_len", L_LEN, 8), new Field("l_pid", L_PID, 4),
    };

    public static final int POLLFD_SIZE = 8;
    public static final int PFD_FD = 0;
    public static final int PFD_EVENTS = 4;
    public static final int PFD_REVENTS = 6;
    public static final Field[] POLLFD_FIELDS = {
        new Field("fd", PFD_FD, 4), new Field("events", PFD_EVENTS, 2), new Field("revents", PFD_REVENTS, 2),
    };

    public static final int EPOLL_EVENT_SIZE = 12;
    public static final int EV_EVENTS = 0;
    public static final int EV_DATA = 4;
    public static final Field[] EPOLL_EVENT_FIELDS = {
        new Field("events", EV_EVENTS, 4), new Field("data", EV_DATA, 8),
    };
}
