/*
 * Classes whose static initialiser failed (JVMS 5.5 step 11: the class is then erroneous).
 * The generated initialisation functions (exo.compiler.gen.CProgram) record each failure
 * through Runtime.classInitFailed/superInitFailed and ask Runtime.classInitFailedBefore for
 * the error of every later use: NoClassDefFoundError "Could not initialize class X" whose
 * cause, as in JDK 17.0.15, is an ExceptionInInitializerError naming the original exception
 * and the thread it was thrown in, with the original's stack trace.
 */
package exo.rt;

final class InitFailures {
    private static String[] classNames = new String[4];
    private static Throwable[] thrown = new Throwable[4];
    private static String[] threadNames = new String[4];
    private static int count;

    private InitFailures() {}

    /** Class className became erroneous because its initialisation threw t. */
    static synchronized void record(String className, Throwable t) {
        if (count == classNames.length) {
            classNames = java.util.Arrays.copyOf(classNames, 2 * count);
            thrown = java.util.Arrays.copyOf(thrown, 2 * count);
            threadNames = java.util.Arrays.copyOf(threadNames, 2 * count);
        }
        classNames[count] = className;
        thrown[count] = t;
        threadNames[count] = VM.threadsEnabled() ? Thread.currentThread().getName() : "main";
        count++;
    }

    /** The error of a use of className after its initialisation failed. */
    static synchronized Throwable errorOfLaterUse(String className) {
        NoClassDefFoundError e = new NoClassDefFoundError("Could not initialize class " + className);
        for (int i = 0; i < count; i++) {
            if (classNames[i].equals(className)) {
                Throwable t = thrown[i];
                ExceptionInInitializerError cause = new ExceptionInInitializerError(
                        "Exception " + t + " [in thread \"" + threadNames[i] + "\"]");
                // The original's frames, as far as they were recorded: from the throw to the
                // frame that caught it (docs/RUNTIME.md, "Exceptions and stack traces").
                if (t.vmTrace != null) {
                    cause.vmTrace = java.util.Arrays.copyOf(t.vmTrace, t.vmTraceLen);
                    cause.vmTraceLen = t.vmTraceLen;
                }
                cause.vmTraceClosed = true;
                e.initCause(cause);
                break;
            }
        }
        return e;
    }
}
