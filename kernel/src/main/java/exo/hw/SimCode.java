/*
 * The simulated code map behind exo.hw.CodeMap's host bodies: tests place methods at code
 * address ranges and line records at addresses, as exoc's tables do for the real kernel.
 * Part of the simulated machine (Sim.reset() clears it); never compiled into the kernel.
 */
package exo.hw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class SimCode {
    private SimCode() {}

    private record Method(long start, long end, String className, String name, String file) {}

    private static final List<Method> methods = new ArrayList<>();
    /** Line records: code address -> {method id, line}. */
    private static final TreeMap<Long, int[]> lines = new TreeMap<>();

    static void reset() {
        methods.clear();
        lines.clear();
    }

    /** Places a method's code at [start, end); returns its id. */
    public static int defineMethod(long start, long end, String className, String name, String file) {
        methods.add(new Method(start, end, className, name, file));
        return methods.size() - 1;
    }

    /** A line record: the code from pc on is line of method id. */
    public static void defineLine(long pc, int id, int line) {
        lines.put(pc, new int[] {id, line});
    }

    private static int containing(long pc) {
        for (int i = 0; i < methods.size(); i++) {
            Method m = methods.get(i);
            if (Long.compareUnsigned(pc, m.start) >= 0 && Long.compareUnsigned(pc, m.end) < 0) {
                return i;
            }
        }
        return -1;
    }

    /** The line record for pc within its method, or null (as exo_line_find). */
    private static int[] record(long pc) {
        int id = containing(pc);
        if (id < 0) {
            return null;
        }
        Map.Entry<Long, int[]> e = lines.floorEntry(pc);
        return e != null && Long.compareUnsigned(e.getKey(), methods.get(id).start) >= 0 ? e.getValue() : null;
    }

    static int methodAt(long pc) {
        int[] r = record(pc);
        return r != null ? r[0] : containing(pc);
    }

    static int lineAt(long pc) {
        int[] r = record(pc);
        return r != null ? r[1] : -1;
    }

    static String className(int id) {
        return id >= 0 && id < methods.size() ? methods.get(id).className : null;
    }

    static String methodName(int id) {
        return id >= 0 && id < methods.size() ? methods.get(id).name : null;
    }

    static String fileName(int id) {
        return id >= 0 && id < methods.size() ? methods.get(id).file : null;
    }
}
