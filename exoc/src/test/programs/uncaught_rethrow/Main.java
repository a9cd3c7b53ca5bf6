// An uncaught exception that was caught and rethrown on its way up: a middle frame catches
// it, logs it and rethrows the same object, another frame only has a finally block. The JVM
// keeps the trace recorded when the exception was created, so every frame from the throw
// point to main is printed, with the lines of the calls (not of the rethrow).
public class Main {
    static int depth;

    static void validate(int[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException("negative value " + values[i] + " at " + i);
            }
        }
    }

    static void load(int[] values) {
        try {
            validate(values);
        } catch (IllegalArgumentException e) {
            System.out.println("load: logging and rethrowing: " + e.getMessage());
            throw e;
        }
    }

    static void process(int[] values) {
        depth++;
        try {
            load(values);
            System.out.println("processed " + values.length);
        } finally {
            depth--;
            System.out.println("process: finally, depth " + depth);
        }
    }

    public static void main(String[] args) {
        process(new int[] {1, 2, 3});
        process(new int[] {4, -5, 6});
        System.out.println("not reached");
    }
}
