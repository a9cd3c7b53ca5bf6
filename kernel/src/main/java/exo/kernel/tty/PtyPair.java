/*
 * A pseudo-terminal: a slave Tty (/dev/pts/N, with the full line discipline) whose device is
 * a byte queue the master (/dev/ptmx's open file) reads, and whose typed input is whatever the
 * master writes. What a program writes on the slave is processed (ONLCR...) and queued here
 * until the master reads it; writers on the slave wait (on the slave's wait list) while the
 * queue is full. Master writes go into the slave's input as long as its queue has room.
 *
 * Life cycle, as on Linux: the slave opens only once unlocked (TIOCSPTLCK 0, what unlockpt
 * does); when every slave descriptor is closed, master reads drain the queue then fail with
 * EIO (until the slave is opened again); when the master closes, the slave hangs up (reads
 * end of file, writes fail EIO, the foreground group gets SIGHUP) and DevPts forgets the pair.
 * Lock order: the slave Tty's monitor, then this pair's.
 */
package exo.kernel.tty;

import exo.kernel.fs.wait.Poll;
import exo.kernel.fs.wait.WaitList;

public final class PtyPair implements TtyDriver {
    /** Bytes the slave may write before the master reads them. */
    public static final int OUTPUT_CAPACITY = 8192;

    public final int index;
    public final Tty slave;
    /** Where the master's readers and writers wait. */
    public final WaitList masterWaiters = new WaitList();
    /** The master's own settings (TCGETS on the master): raw, and not used for anything. */
    final Termios masterTermios = Termios.raw(Termios.B38400, 38400);
    private final byte[] queue = new byte[OUTPUT_CAPACITY];
    private int head;
    private int count;
    private int slaveOpens;
    private boolean slaveClosed;
    private volatile boolean locked = true;
    private volatile boolean masterClosed;

    public PtyPair(int index, long slaveRdev) {
        this.index = index;
        this.slave = new Tty("pts/" + index, slaveRdev, Termios.standard(Termios.B38400, 38400), new Winsize(0, 0), this);
    }

    // ---- the slave's device side (called with the slave Tty's monitor held) --------------

    @Override
    public synchronized int writeRoom() {
        return OUTPUT_CAPACITY - count;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        synchronized (this) {
            int n = Math.min(len, OUTPUT_CAPACITY - count); // kernel echo beyond the room is lost
            for (int i = 0; i < n; i++) {
                queue[(head + count + i) % OUTPUT_CAPACITY] = b[off + i];
            }
            count += n;
        }
        masterWaiters.wake(Poll.IN);
    }

    @Override
    public void inputConsumed() {
        masterWaiters.wake(Poll.OUT);
    }

    @Override
    public synchronized int outputQueued() {
        return count;
    }

    // ---- the master's side ---------------------------------------------------------------

    /** Takes up to len queued bytes into out; returns how many. */
    public int take(byte[] out, int off, int len) {
        int n;
        synchronized (this) {
            n = Math.min(len, count);
            for (int i = 0; i < n; i++) {
                out[off + i] = queue[(head + i) % OUTPUT_CAPACITY];
            }
            head = (head + n) % OUTPUT_CAPACITY;
            count -= n;
        }
        if (n > 0) {
            slave.waiters.wake(Poll.OUT); // slave writers waiting for room
        }
        return n;
    }

    public synchronized int queued() {
        return count;
    }

    /** All slave descriptors closed since the last open (master reads then fail with EIO). */
    public synchronized boolean slaveClosed() {
        return slaveClosed;
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean lock) {
        locked = lock;
    }

    public boolean isMasterClosed() {
        return masterClosed;
    }

    synchronized void slaveOpened() {
        slaveOpens++;
        slaveClosed = false;
    }

    void slaveReleased() {
        synchronized (this) {
            if (--slaveOpens > 0) {
                return;
            }
            slaveClosed = true;
        }
        masterWaiters.wake(Poll.ANY);
    }

    /** The master's last descriptor closed: the slave hangs up. */
    void masterReleased() {
        masterClosed = true;
        slave.hangUp();
        slave.destroy();
    }
}
