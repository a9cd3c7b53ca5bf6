// Exceptions caught in main and printed with printStackTrace() (to stderr) and inspected with
// getStackTrace() (to stdout): method names, file names and line numbers of the program's
// own frames, including a constructor, a lambda (whose proxy class's frame the JVM hides)
// and a static nested class. The program then ends normally. (Only exceptions caught in
// main: exoc records a trace while the exception unwinds, docs/RUNTIME.md.)
import java.util.function.IntSupplier;

public class Main {
    static class Gauge {
        final int level;

        Gauge(int level) {
            if (level > 10) {
                throw new IllegalStateException("level " + level + " too high");
            }
            this.level = level;
        }
    }

    static int read(IntSupplier s) {
        return s.getAsInt();
    }

    static void show(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        StringBuilder sb = new StringBuilder(t.toString());
        for (StackTraceElement e : trace) {
            if (!e.getClassName().startsWith("java.")) {
                sb.append(" <- ").append(e.getClassName()).append('.').append(e.getMethodName()).append(':').append(e.getLineNumber())
                        .append(" [").append(e.getFileName()).append(']');
            }
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        try {
            new Gauge(3);
            new Gauge(12);
        } catch (IllegalStateException e) {
            show(e);
            e.printStackTrace();
        }
        try {
            int[] data = {1, 2, 3};
            read(() -> data[data.length]);
        } catch (ArrayIndexOutOfBoundsException e) {
            show(e);
        }
        try {
            throw new UnsupportedOperationException("thrown and caught in main");
        } catch (UnsupportedOperationException e) {
            StackTraceElement el = e.getStackTrace()[0];
            System.out.println("here: " + el.getMethodName() + " line " + el.getLineNumber() + " " + el);
        }
        System.out.println("done");
    }
}
