/*
 * Readiness bits, Linux's values: what poll(2) reports in revents and what epoll reports in
 * events (EPOLLIN == POLLIN and so on; the EPOLL* control bits live in Epoll). A file's poll()
 * returns a mask of these; wake-ups carry one to say what changed.
 */
package exo.kernel.fs.wait;

public final class Poll {
    private Poll() {}

    public static final int POLLIN = 0x001;
    public static final int POLLPRI = 0x002;
    public static final int POLLOUT = 0x004;
    public static final int POLLERR = 0x008;
    public static final int POLLHUP = 0x010;
    public static final int POLLNVAL = 0x020;
    public static final int POLLRDNORM = 0x040;
    public static final int POLLRDBAND = 0x080;
    public static final int POLLWRNORM = 0x100;
    public static final int POLLWRBAND = 0x200;
    public static final int POLLRDHUP = 0x2000;

    /** Readable, as files report it. */
    public static final int IN = POLLIN | POLLRDNORM;
    /** Writable, as files report it. */
    public static final int OUT = POLLOUT | POLLWRNORM;
    /** Bits reported whether asked for or not. */
    public static final int ALWAYS = POLLERR | POLLHUP | POLLNVAL;
    /** A wake-up for every kind of waiter (state changes that are not plain readiness). */
    public static final int ANY = -1;
}
