/*
 * A terminal on the host for tests: a Tty whose device collects the bytes sent to it, typing
 * (receive), and reads and writes through ArrayBuffers with a caller of a given pid.
 */
package exo.kernel.tty;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Credentials;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.ScriptedWaiter;
import exo.kernel.fs.vfs.FsContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

final class TtyFixture implements TtyDriver {
    final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    final Tty tty;
    final ScriptedWaiter waiter = new ScriptedWaiter();
    int room = Integer.MAX_VALUE;

    TtyFixture() {
        this(Termios.standard(Termios.B38400, 38400));
    }

    TtyFixture(Termios t) {
        tty = new Tty("test", 0, t, new Winsize(25, 80), this);
    }

    @Override
    public int writeRoom() {
        return room;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        screen.write(b, off, len);
    }

    void type(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        tty.receive(b, 0, b.length);
    }

    /** What the device received since the last call, with control bytes shown as \r, ^X. */
    String output() {
        String s = screen.toString(StandardCharsets.ISO_8859_1);
        screen.reset();
        return s;
    }

    FsContext caller(int pid) {
        return new FsContext(Credentials.ROOT, null, null, pid, pid, waiter, FileSizeLimit.NONE);
    }

    FsContext user(int pid, int uid) {
        return new FsContext(Credentials.user(uid, uid), null, null, pid, pid, waiter, FileSizeLimit.NONE);
    }

    /** read(2) of up to max bytes, non-blocking: the text, or "errno N". */
    String read(int pid, int max, boolean nonblock) {
        byte[] b = new byte[max];
        long n = tty.read(new ArrayBuffer(b), nonblock, caller(pid));
        return n < 0 ? "errno " + -n : new String(b, 0, (int) n, StandardCharsets.ISO_8859_1);
    }

    String read(int max) {
        return read(5, max, true);
    }

    long write(int pid, String s) {
        return tty.write(ArrayBuffer.ofString(s), false, caller(pid));
    }
}
