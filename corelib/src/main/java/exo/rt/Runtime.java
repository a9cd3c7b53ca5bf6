/*
 * Java half of the runtime that compiled code calls: the exceptions the JVM would raise
 * itself (with the JVM's messages), stack-trace bookkeeping as an exception unwinds,
 * multi-dimensional arrays, clone, and the program's entry and uncaught-exception exit.
 * exoc calls these by name (see exo.compiler.gen.RuntimeCalls).
 */
package exo.rt;

public final class Runtime {
    private Runtime() {}

    // ---- exceptions raised by the virtual machine --------------------------------------

    public static Throwable nullPointer() {
        return new NullPointerException();
    }

    public static Throwable arrayIndex(int index, int length) {
        return new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    public static Throwable divideByZero() {
        return new ArithmeticException("/ by zero");
    }

    public static Throwable negativeArraySize(int size) {
        return new NegativeArraySizeException(String.valueOf(size));
    }

    public static Throwable arrayStore(Object value) {
        return new ArrayStoreException(value.getClass().getName());
    }

    public static Throwable abstractMethod(Object receiver, String method) {
        return new AbstractMethodError("Receiver class " + receiver.getClass().getName()
                + " does not define or inherit an implementation of the resolved method '" + method + "'");
    }

    public static Throwable classCast(Object value, long target) {
        long from = ClassDesc.classOf(value);
        String f = ClassDesc.classObject(from).getName();
        String t = ClassDesc.classObject(target).getName();
        String fl = loader(from);
        String tl = loader(target);
        String where = fl.equals(tl)
                ? f + " and " + t + " are in " + fl
                : f + " is in " + fl + "; " + t + " is in " + tl;
        return new ClassCastException("class " + f + " cannot be cast to class " + t + " (" + where + ")");
    }

    private static String loader(long cls) {
        while ((ClassDesc.flags(cls) & ClassDesc.ARRAY) != 0) {
            cls = Mem.load64(cls + ClassDesc.COMPONENT);
        }
        return (ClassDesc.flags(cls) & (ClassDesc.CORELIB | ClassDesc.PRIMITIVE)) != 0
                ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }

    /** An exception escaping a static initializer, as the JVM reports it. */
    public static Throwable initializerFailed(Throwable t) {
        return t instanceof Error ? t : new ExceptionInInitializerError(t);
    }

    /** className's initialiser threw t: the class is erroneous; returns what to throw. */
    public static Throwable classInitFailed(String className, Throwable t) {
        InitFailures.record(className, t);
        return initializerFailed(t);
    }

    /** The initialisation of className's superclass threw t: className is erroneous too. */
    public static Throwable superInitFailed(String className, Throwable t) {
        InitFailures.record(className, t);
        return t;
    }

    /** A use of a class whose initialiser failed earlier (JVMS 5.5 step 5). */
    public static Throwable classInitFailedBefore(String className) {
        return InitFailures.errorOfLaterUse(className);
    }

    // ---- stack traces (docs/RUNTIME.md) -------------------------------------------------

    /** The exception is leaving or being handled in frame (method, line). */
    public static void frame(Throwable t, int method, int line) {
        if (t.vmTraceClosed) {
            return;
        }
        if (t.vmTraceRethrown) {
            t.vmTraceRethrown = false;
            if (t.vmTraceLen >= 2 && t.vmTrace[t.vmTraceLen - 2] == method) {
                return;   // this frame is already recorded, at the line where it caught t
            }
        }
        int[] trace = t.vmTrace;
        int n = t.vmTraceLen;
        if (t == Heap.outOfMemoryError()) {
            // Recorded without allocating (the heap is full): the buffer came with the error,
            // and as on the JVM the trace starts at the allocating frame and keeps 1024 frames.
            if (n == trace.length || VM.methodClass(method).startsWith("exo.rt.")) {
                return;
            }
        } else if (trace == null) {
            trace = new int[16];
            t.vmTrace = trace;
        } else if (n == trace.length) {
            int[] bigger = new int[2 * n];
            System.arraycopy(trace, 0, bigger, 0, n);
            trace = bigger;
            t.vmTrace = trace;
        }
        trace[n] = method;
        trace[n + 1] = line;
        t.vmTraceLen = n + 2;
    }

    /** Fills t's trace from the machine stack (see Throwable.fillInStackTrace). */
    public static void walkStack(Throwable t) {
        int[] pairs = new int[128];
        int n = VM.stackWalk(pairs);
        if (n == 0) {
            return;
        }
        int[] trace = new int[n];
        System.arraycopy(pairs, 0, trace, 0, n);
        t.vmTrace = trace;
        t.vmTraceLen = n;
        t.vmTraceClosed = true;
    }

    /** A handler in this frame caught t: its trace is complete up to here. Returns t, which
     *  the handler takes from the result (nothing to keep in a register across the call). */
    public static Throwable caught(Throwable t) {
        t.vmTraceClosed = true;
        return t;
    }

    /**
     * athrow of t in method. A rethrow from the frame that caught it (finally blocks,
     * catch-and-rethrow) goes on growing the original trace; the frame already recorded
     * itself when it caught t, so the unwinding of that frame is skipped once.
     */
    public static void thrown(Throwable t, int method) {
        if (t.vmTraceClosed && t.vmTraceLen >= 2 && t.vmTrace[t.vmTraceLen - 2] == method) {
            t.vmTraceClosed = false;
            t.vmTraceRethrown = true;
        }
    }

    // ---- objects and arrays -----------------------------------------------------------

    public static Object multiNewArray(long cls, int[] dims, int depth) {
        int length = dims[depth];
        Object array = Heap.allocArray(cls, length, Mem.load32(cls + ClassDesc.ELEM_SIZE));
        if (depth + 1 < dims.length) {
            long component = Mem.load64(cls + ClassDesc.COMPONENT);
            Object[] outer = (Object[]) array;
            for (int i = 0; i < length; i++) {
                outer[i] = multiNewArray(component, dims, depth + 1);
            }
        }
        return array;
    }

    public static Object cloneObject(Object o) throws CloneNotSupportedException {
        long cls = ClassDesc.classOf(o);
        int flags = ClassDesc.flags(cls);
        long src = Mem.addressOf(o);
        Object copy;
        long bytes;
        if ((flags & ClassDesc.ARRAY) != 0) {
            int length = Mem.load32(src + ClassDesc.ARRAY_LENGTH);
            int elemSize = Mem.load32(cls + ClassDesc.ELEM_SIZE);
            copy = Heap.allocArray(cls, length, elemSize);
            bytes = (long) length * elemSize;
            int data = ClassDesc.arrayData(elemSize);
            Mem.copy(Mem.addressOf(copy) + data, src + data, bytes);
        } else {
            if ((flags & ClassDesc.CLONEABLE) == 0) {
                throw new CloneNotSupportedException(ClassDesc.classObject(cls).getName());
            }
            int size = Mem.load32(cls + ClassDesc.INSTANCE_SIZE);
            copy = Heap.allocObject(cls, size);
            // Everything after the header: the copy's lock and hash word stays 0.
            Mem.copy(Mem.addressOf(copy) + ClassDesc.HEADER, src + ClassDesc.HEADER, size - ClassDesc.HEADER);
        }
        return copy;
    }

    /** System.arraycopy, with the JDK's checks and messages. */
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        // Fast path: same array type, indices in range (the common case in loops).
        long s0 = Mem.addressOf(src);
        long d0 = Mem.addressOf(dest);
        long cls = ClassDesc.classAt(s0);
        if (cls == ClassDesc.classAt(d0) && (ClassDesc.flags(cls) & ClassDesc.ARRAY) != 0 && (srcPos | destPos | length) >= 0
                && (long) srcPos + length <= Mem.load32(s0 + ClassDesc.ARRAY_LENGTH)
                && (long) destPos + length <= Mem.load32(d0 + ClassDesc.ARRAY_LENGTH)) {
            int size = Mem.load32(cls + ClassDesc.ELEM_SIZE);
            long es = size;
            long data = ClassDesc.arrayData(size);
            Mem.copy(d0 + data + destPos * es, s0 + data + srcPos * es, length * es);
            return;
        }
        long sc = ClassDesc.classOf(src);
        long dc = ClassDesc.classOf(dest);
        if ((ClassDesc.flags(sc) & ClassDesc.ARRAY) == 0) {
            throw new ArrayStoreException("arraycopy: source type " + ClassDesc.classObject(sc).getName() + " is not an array");
        }
        if ((ClassDesc.flags(dc) & ClassDesc.ARRAY) == 0) {
            throw new ArrayStoreException("arraycopy: destination type " + ClassDesc.classObject(dc).getName() + " is not an array");
        }
        boolean srcRefs = (ClassDesc.flags(sc) & ClassDesc.REFARRAY) != 0;
        boolean destRefs = (ClassDesc.flags(dc) & ClassDesc.REFARRAY) != 0;
        if (srcRefs != destRefs || (!srcRefs && sc != dc)) {
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + arrayKind(sc) + "[] into " + arrayKind(dc) + "[]");
        }
        long s = Mem.addressOf(src);
        long d = Mem.addressOf(dest);
        int srcLen = Mem.load32(s + ClassDesc.ARRAY_LENGTH);
        int destLen = Mem.load32(d + ClassDesc.ARRAY_LENGTH);
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        if (srcPos < 0 || (long) srcPos + length > srcLen) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: " + (srcPos < 0 ? "source index " + srcPos : "last source index " + (srcPos + length))
                    + " out of bounds for " + arrayKind(sc) + "[" + srcLen + "]");
        }
        if (destPos < 0 || (long) destPos + length > destLen) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: " + (destPos < 0 ? "destination index " + destPos : "last destination index " + (destPos + length))
                    + " out of bounds for " + arrayKind(dc) + "[" + destLen + "]");
        }
        int es = Mem.load32(sc + ClassDesc.ELEM_SIZE);
        long from = s + ClassDesc.arrayData(es) + (long) srcPos * es;
        long to = d + ClassDesc.arrayData(es) + (long) destPos * es;
        if (srcRefs && sc != dc) {
            Class<?> target = ClassDesc.classObject(Mem.load64(dc + ClassDesc.COMPONENT));
            for (int i = 0; i < length; i++) {
                Object e = Mem.objectAt(Mem.load64(from + 8L * i));
                if (e != null && !target.isInstance(e)) {
                    throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                            + ClassDesc.classObject(sc).getComponentType().getTypeName() + "[] to the type of the destination array, "
                            + target.getName());
                }
                Mem.store64(to + 8L * i, Mem.load64(from + 8L * i));
            }
            return;
        }
        Mem.copy(to, from, (long) length * es);
    }

    private static String arrayKind(long arrayCls) {
        if ((ClassDesc.flags(arrayCls) & ClassDesc.REFARRAY) != 0) {
            return "object array";
        }
        return ClassDesc.classObject(Mem.load64(arrayCls + ClassDesc.COMPONENT)).getName();
    }

    public static Object newArray(Class<?> component, int length) {
        if (length < 0) {
            throw new NegativeArraySizeException(String.valueOf(length));
        }
        long comp = classDesc(component);
        long arrayCls = Mem.load64(comp + ClassDesc.ARRAY_CLASS);
        if (arrayCls == 0) {
            throw new UnsupportedOperationException("exoc: no array class of " + component.getName()
                    + " was compiled in (array created only by reflection)");
        }
        return Heap.allocArray(arrayCls, length, Mem.load32(arrayCls + ClassDesc.ELEM_SIZE));
    }

    private static long classDesc(Class<?> c) {
        // Class's first field, vmClass, follows the header.
        return Mem.load64(Mem.addressOf(c) + ClassDesc.FIRST_FIELD);
    }

    // ---- program entry and exit -------------------------------------------------------

    /**
     * The String[] for main from a C argv. On Linux the environment follows argv's null
     * entry; the runtime reads its own options there (EXO_GC_LOG).
     */
    public static String[] args(long argv, int argc) {
        readOptions(argv + 8L * (argc + 1));
        String[] out = new String[argc];
        for (int i = 0; i < argc; i++) {
            long s = Mem.load64(argv + 8L * i);
            int n = 0;
            while (Mem.load8(s + n) != 0) {
                n++;
            }
            byte[] bytes = new byte[n];
            for (int k = 0; k < n; k++) {
                bytes[k] = Mem.load8(s + k);
            }
            out[i] = new String(bytes);
        }
        return out;
    }

    /** EXO_GC_LOG=1 (any value but empty or 0) in the environment envp: the collection log. */
    private static void readOptions(long envp) {
        for (long e = envp; Mem.load64(e) != 0; e += 8) {
            long s = Mem.load64(e);
            if (startsWith(s, "EXO_GC_LOG=")) {
                byte first = Mem.load8(s + 11);
                Heap.setLog(first != 0 && !(first == '0' && Mem.load8(s + 12) == 0));
            }
        }
    }

    /** Does the C string at s start with the ASCII text prefix? */
    private static boolean startsWith(long s, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (Mem.load8(s + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Set once a thread starts: the end of main waits for the non-daemon threads first. */
    static Runnable beforeExit;

    /** The end of a program whose main threw: the JVM's report and status 1. */
    public static void uncaught(Throwable t) {
        Streams.flushAll();
        System.err.print("Exception in thread \"main\" ");
        t.printStackTrace();
        endOfMain(1);
    }

    /** Normal end of main. */
    public static void finish() {
        endOfMain(0);
    }

    private static void endOfMain(int status) {
        Runnable wait = beforeExit;
        if (wait != null) {
            Streams.flushAll();
            wait.run();
        }
        exit(status);
    }

    /** System.exit and the ends above: shutdown hooks, flush the streams, the collector's summary, exit. */
    public static void exit(int status) {
        Shutdown.run();
        Streams.flushAll();
        Heap.printSummary();
        VM.exit(status);
    }
}
