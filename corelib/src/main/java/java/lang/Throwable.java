/*
 * Throwable with the JVM's printing format. The stack trace is filled by the runtime as the
 * exception travels (docs/RUNTIME.md): vmTrace holds (method id, line) pairs, innermost first.
 */
package java.lang;

import exo.rt.VM;

public class Throwable {
    private String detailMessage;
    private Throwable cause = this;
    private Throwable[] suppressed;
    private int suppressedCount;

    // Filled by exo.rt.Runtime as frames are unwound (docs/RUNTIME.md). Public only so that
    // exo.rt can reach them: programs are compiled against the JDK and cannot see them.
    public int[] vmTrace;
    public int vmTraceLen;
    public boolean vmTraceClosed;
    public boolean vmTraceRethrown;

    public Throwable() {}

    public Throwable(String message) {
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        detailMessage = message;
        this.cause = cause;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return cause == this ? null : cause;
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + cause, this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressed == null) {
            suppressed = new Throwable[2];
        } else if (suppressedCount == suppressed.length) {
            Throwable[] bigger = new Throwable[suppressedCount * 2];
            System.arraycopy(suppressed, 0, bigger, 0, suppressedCount);
            suppressed = bigger;
        }
        suppressed[suppressedCount++] = exception;
    }

    public final synchronized Throwable[] getSuppressed() {
        Throwable[] out = new Throwable[suppressedCount];
        if (suppressedCount > 0) {
            System.arraycopy(suppressed, 0, out, 0, suppressedCount);
        }
        return out;
    }

    /**
     * Traces normally grow as the exception unwinds (docs/RUNTIME.md). An explicit call
     * records the calling frames now, where the target keeps frame pointers (the kernel):
     * method names only, no line numbers. Elsewhere it leaves the trace as it is.
     */
    public synchronized Throwable fillInStackTrace() {
        exo.rt.Runtime.walkStack(this);
        return this;
    }

    public StackTraceElement[] getStackTrace() {
        int n = vmTraceLen / 2;
        StackTraceElement[] out = new StackTraceElement[n];
        for (int i = 0; i < n; i++) {
            int id = vmTrace[2 * i];
            out[i] = new StackTraceElement(VM.methodClass(id), VM.methodName(id), VM.methodFile(id), vmTrace[2 * i + 1]);
        }
        return out;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        // Traces are owned by the runtime; replacing them is not supported.
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(java.io.PrintStream s) {
        s.println(this);
        StackTraceElement[] trace = getStackTrace();
        for (StackTraceElement e : trace) {
            s.println("\tat " + e);
        }
        for (int i = 0; i < suppressedCount; i++) {
            suppressed[i].printEnclosed(s, trace, "Suppressed: ", "\t");
        }
        Throwable c = getCause();
        if (c != null) {
            c.printEnclosed(s, trace, "Caused by: ", "");
        }
    }

    // Prints an enclosed (cause or suppressed) trace, eliding the frames it shares with the
    // enclosing one as "... n more", as the JVM does.
    private void printEnclosed(java.io.PrintStream s, StackTraceElement[] enclosing, String caption, String prefix) {
        StackTraceElement[] trace = getStackTrace();
        int m = trace.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        for (int i = 0; i < suppressedCount; i++) {
            suppressed[i].printEnclosed(s, trace, "Suppressed: ", prefix + "\t");
        }
        Throwable c = getCause();
        if (c != null) {
            c.printEnclosed(s, trace, "Caused by: ", prefix);
        }
    }
}
