/*
 * What all stages of one stream pipeline share: the close handlers (run once, in order, by
 * close(); the first exception is rethrown with the others suppressed) and the parallel flag.
 * Each stage also refuses to be used twice, with the JDK's message.
 */
package java.util.stream;

import java.util.ArrayList;

final class PipelineState {
    private ArrayList<Runnable> closeHandlers;
    private boolean closed;
    boolean parallel;

    void onClose(Runnable r) {
        java.util.Objects.requireNonNull(r);
        if (closed) {
            throw new IllegalStateException("stream has already been operated upon or closed");
        }
        if (closeHandlers == null) {
            closeHandlers = new ArrayList<>();
        }
        closeHandlers.add(r);
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (closeHandlers == null) {
            return;
        }
        Throwable first = null;
        for (Runnable r : closeHandlers) {
            try {
                r.run();
            } catch (Throwable t) {
                if (first == null) {
                    first = t;
                } else if (first != t) {
                    first.addSuppressed(t);
                }
            }
        }
        closeHandlers = null;
        if (first instanceof RuntimeException) {
            throw (RuntimeException) first;
        }
        if (first instanceof Error) {
            throw (Error) first;
        }
    }

    static IllegalStateException used() {
        return new IllegalStateException("stream has already been operated upon or closed");
    }
}
