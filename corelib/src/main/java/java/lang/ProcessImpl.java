/*
 * The linux target's Process: ProcessBuilder.start opens the redirections and pipes here,
 * finds the program on PATH as the JDK does, and starts it with exo.rt.Posix.spawn (fork and
 * exec, the child's side in C). The parent keeps the other ends of the pipes as the process's
 * streams. The exit status is reaped by waitFor/exitValue/isAlive (wait4), not by a reaper
 * thread; a process killed by a signal exits with 128 + the signal's number, as on the JDK.
 */
package java.lang;

import exo.rt.FdStreams;
import exo.rt.Posix;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

final class ProcessImpl extends Process {
    private final int pid;
    private final OutputStream stdin;
    private final InputStream stdout;
    private final InputStream stderr;
    private boolean hasExited;
    private int exitCode;

    private ProcessImpl(int pid, OutputStream stdin, InputStream stdout, InputStream stderr) {
        this.pid = pid;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts the process; an IOException's message is the part after "Cannot run program ...: ". */
    static Process start(String[] cmd, Map<String, String> env, String dir, ProcessBuilder.Redirect[] redirects,
                         boolean errorToOutput) throws IOException {
        if (redirects[1] == ProcessBuilder.Redirect.INHERIT || redirects[2] == ProcessBuilder.Redirect.INHERIT) {
            exo.rt.Streams.flushAll();   // what the program printed comes before what the child prints
        }
        ChildFds fds = new ChildFds();
        try {
            fds.open(redirects, errorToOutput);
            byte[][] argv = new byte[cmd.length][];
            for (int i = 0; i < cmd.length; i++) {
                argv[i] = Posix.cString(cmd[i]);
            }
            int pid = Posix.spawn(Posix.cString(findProgram(cmd[0], dir)), argv, envStrings(env),
                    fds.child, dir == null ? null : Posix.cString(dir));
            if (pid < 0) {
                throw new IOException("error=" + -pid + ", " + Posix.strerror(-pid));
            }
            fds.closeChildEnds();
            return new ProcessImpl(pid, fds.parentStdin(), fds.parentInput(0), fds.parentInput(1));
        } catch (IOException | RuntimeException e) {
            fds.closeAll();
            throw e;
        }
    }

    /**
     * The path to exec: the name itself when it contains '/', else the first executable
     * regular file of that name on this process's PATH (":/bin:/usr/bin" when unset, an empty
     * entry meaning the directory the child starts in). Not found: error=2, or error=13 when
     * a file was there but not executable.
     */
    private static String findProgram(String name, String dir) throws IOException {
        if (name.indexOf('/') >= 0) {
            return name;
        }
        String path = System.getenv("PATH");
        boolean sawNonExecutable = false;
        byte[] st = new byte[Posix.STAT_SIZE];
        for (String entry : (path == null ? ":/bin:/usr/bin" : path).split(":", -1)) {
            String candidate = entry.isEmpty() ? name : entry + "/" + name;
            String probe = dir != null && !candidate.startsWith("/") ? dir + "/" + candidate : candidate;
            if (Posix.stat(probe, st) < 0 || (Posix.statMode(st) & Posix.S_IFMT) != Posix.S_IFREG) {
                continue;
            }
            if (Posix.access(probe, 1) == 0) {   // X_OK
                return candidate.indexOf('/') >= 0 ? candidate : "./" + candidate;
            }
            sawNonExecutable = true;
        }
        int errno = sawNonExecutable ? Posix.EACCES : Posix.ENOENT;
        throw new IOException("error=" + errno + ", " + Posix.strerror(errno));
    }

    /** "NAME=value" strings for the child, or null to pass this process's environment unchanged. */
    private static byte[][] envStrings(Map<String, String> env) {
        if (env == null) {
            return null;
        }
        List<byte[]> out = new ArrayList<>();
        for (Map.Entry<String, String> e : env.entrySet()) {
            out.add(Posix.cString(e.getKey() + "=" + e.getValue()));
        }
        return out.toArray(new byte[0][]);
    }

    @Override
    public OutputStream getOutputStream() {
        return stdin;
    }

    @Override
    public InputStream getInputStream() {
        return stdout;
    }

    @Override
    public InputStream getErrorStream() {
        return stderr;
    }

    @Override
    public int waitFor() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        while (true) {
            synchronized (this) {
                if (hasExited) {
                    return exitCode;
                }
            }
            int[] status = new int[1];
            int r = Posix.wait4(pid, status, 0);   // blocks outside the monitor
            synchronized (this) {
                if (r == pid) {
                    record(status[0]);
                } else if (!hasExited) {
                    wait(10);   // another thread reaped it and is about to record the status
                }
            }
        }
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        long sleepMs = 1;
        while (!poll()) {
            long leftNanos = deadline - System.nanoTime();
            if (leftNanos <= 0) {
                return false;
            }
            Thread.sleep(Math.min(sleepMs, TimeUnit.NANOSECONDS.toMillis(leftNanos) + 1));
            sleepMs = Math.min(sleepMs * 2, 50);
        }
        return true;
    }

    /** True once the process has ended (reaping it without blocking). */
    private synchronized boolean poll() {
        if (!hasExited) {
            int[] status = new int[1];
            if (Posix.wait4(pid, status, Posix.WNOHANG) == pid) {
                record(status[0]);
            }
        }
        return hasExited;
    }

    private void record(int status) {
        int signal = status & 0x7f;
        exitCode = signal == 0 ? (status >> 8) & 0xff : 0x80 + signal;
        hasExited = true;
        notifyAll();
    }

    @Override
    public int exitValue() {
        if (!poll()) {
            throw new IllegalThreadStateException("process hasn't exited");
        }
        return exitCode;
    }

    @Override
    public boolean isAlive() {
        return !poll();
    }

    @Override
    public void destroy() {
        destroy(false);
    }

    @Override
    public Process destroyForcibly() {
        destroy(true);
        return this;
    }

    private void destroy(boolean force) {
        synchronized (this) {
            if (!poll()) {
                Posix.kill(pid, force ? 9 : 15);
            }
        }
        closeQuietly(stdin);
        closeQuietly(stdout);
        closeQuietly(stderr);
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // as the JDK: destroy does not report a failing close
        }
    }

    @Override
    public boolean supportsNormalTermination() {
        return true;
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public synchronized String toString() {
        return "Process[pid=" + pid + ", exitValue=" + (hasExited ? String.valueOf(exitCode) : "\"not exited\"") + "]";
    }

    /** The descriptors of a start: the child's three and the parent's ends of its pipes. */
    private static final class ChildFds {
        final int[] child = {-1, -1, -1};
        final int[] parent = {-1, -1, -1};

        void open(ProcessBuilder.Redirect[] redirects, boolean errorToOutput) throws IOException {
            for (int i = 0; i < 3; i++) {
                if (i == 2 && errorToOutput) {
                    child[2] = child[1] >= 0 ? child[1] : 1;
                    continue;
                }
                ProcessBuilder.Redirect r = redirects[i];
                switch (r.type()) {
                    case PIPE: pipe(i); break;
                    case INHERIT: break;
                    case READ: child[i] = openFile(r.file().getPath(), Posix.O_RDONLY); break;
                    case WRITE: child[i] = openFile(r.file().getPath(), Posix.O_WRONLY | Posix.O_CREAT | Posix.O_TRUNC); break;
                    default: child[i] = openFile(r.file().getPath(), Posix.O_WRONLY | Posix.O_CREAT | Posix.O_APPEND); break;
                }
            }
        }

        private void pipe(int stream) throws IOException {
            int[] ends = new int[2];
            int r = Posix.pipe(ends);
            if (r < 0) {
                throw new IOException("error=" + -r + ", " + Posix.strerror(-r));
            }
            child[stream] = stream == 0 ? ends[0] : ends[1];
            parent[stream] = stream == 0 ? ends[1] : ends[0];
        }

        private static int openFile(String path, int flags) throws IOException {
            int fd = Posix.open(path, flags, 0666);
            if (fd < 0) {
                throw new FileNotFoundException(path + " (" + Posix.strerror(-fd) + ")");
            }
            return fd;
        }

        void closeChildEnds() {
            for (int i = 0; i < 3; i++) {
                if (child[i] > 2 && (i < 2 || child[2] != child[1])) {
                    Posix.close(child[i]);
                }
                child[i] = -1;
            }
        }

        void closeAll() {
            closeChildEnds();
            for (int i = 0; i < 3; i++) {
                if (parent[i] >= 0) {
                    Posix.close(parent[i]);
                }
            }
        }

        OutputStream parentStdin() {
            return parent[0] < 0 ? NullStreams.OUTPUT : new BufferedOutputStream(FdStreams.output(parent[0]), 8192);
        }

        /** The process's stdout (which 0) or stderr (which 1) for the parent. */
        InputStream parentInput(int which) {
            int fd = parent[which + 1];
            return fd < 0 ? NullStreams.INPUT : new BufferedInputStream(FdStreams.input(fd), 8192);
        }
    }
}
