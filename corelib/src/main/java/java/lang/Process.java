/*
 * java.lang.Process: a child process started by ProcessBuilder.start or Runtime.exec. This
 * abstract class holds what the JDK defines on top of the abstract methods (readers and
 * writers over the pipes, the timed waitFor, isAlive, onExit); ProcessImpl is the linux
 * target's implementation. ProcessHandle, info() and children() are not provided.
 */
package java.lang;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

public abstract class Process {
    private BufferedReader inputReader;
    private BufferedReader errorReader;
    private BufferedWriter outputWriter;
    private Charset inputCharset;
    private Charset errorCharset;
    private Charset outputCharset;

    public Process() {}

    public abstract OutputStream getOutputStream();

    public abstract InputStream getInputStream();

    public abstract InputStream getErrorStream();

    public abstract int waitFor() throws InterruptedException;

    public abstract int exitValue();

    public abstract void destroy();

    public final BufferedReader inputReader() {
        return inputReader(Charset.defaultCharset());
    }

    public final synchronized BufferedReader inputReader(Charset charset) {
        Objects.requireNonNull(charset, "charset");
        if (inputReader == null) {
            inputCharset = charset;
            inputReader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        } else if (!inputCharset.equals(charset)) {
            throw new IllegalStateException("BufferedReader was created with charset: " + inputCharset);
        }
        return inputReader;
    }

    public final BufferedReader errorReader() {
        return errorReader(Charset.defaultCharset());
    }

    public final synchronized BufferedReader errorReader(Charset charset) {
        Objects.requireNonNull(charset, "charset");
        if (errorReader == null) {
            errorCharset = charset;
            errorReader = new BufferedReader(new InputStreamReader(getErrorStream(), charset));
        } else if (!errorCharset.equals(charset)) {
            throw new IllegalStateException("BufferedReader was created with charset: " + errorCharset);
        }
        return errorReader;
    }

    public final BufferedWriter outputWriter() {
        return outputWriter(Charset.defaultCharset());
    }

    public final synchronized BufferedWriter outputWriter(Charset charset) {
        Objects.requireNonNull(charset, "charset");
        if (outputWriter == null) {
            outputCharset = charset;
            outputWriter = new BufferedWriter(new OutputStreamWriter(getOutputStream(), charset));
        } else if (!outputCharset.equals(charset)) {
            throw new IllegalStateException("BufferedWriter was created with charset: " + outputCharset);
        }
        return outputWriter;
    }

    /** Polls exitValue until the process ends or the timeout passes, as the JDK's default does. */
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        long remainingNanos = unit.toNanos(timeout);
        if (hasExited()) {
            return true;
        }
        if (timeout <= 0) {
            return false;
        }
        long deadline = System.nanoTime() + remainingNanos;
        do {
            Thread.sleep(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(remainingNanos) + 1, 100)));
            if (hasExited()) {
                return true;
            }
            remainingNanos = deadline - System.nanoTime();
        } while (remainingNanos > 0);
        return false;
    }

    private boolean hasExited() {
        try {
            exitValue();
            return true;
        } catch (IllegalThreadStateException e) {
            return false;
        }
    }

    public Process destroyForcibly() {
        destroy();
        return this;
    }

    public boolean supportsNormalTermination() {
        throw new UnsupportedOperationException(getClass() + ".supportsNormalTermination() not supported");
    }

    public boolean isAlive() {
        return !hasExited();
    }

    public long pid() {
        throw new UnsupportedOperationException(getClass() + ".pid() not supported");
    }

    /** A future completed with this process when it ends, from a daemon thread that waits for it. */
    public CompletableFuture<Process> onExit() {
        CompletableFuture<Process> done = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            boolean interrupted = false;
            while (true) {
                try {
                    waitFor();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            done.complete(this);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }, "process reaper");
        waiter.setDaemon(true);
        waiter.start();
        return done;
    }
}
