/*
 * Everything a program uses that neither its class path nor the core library has, gathered
 * over the whole reachability pass so that exoc reports it all at once: each missing class,
 * method and field with the first place that references it (and how many others do), the
 * missing superclass or interface case included. The message starts with the root cause when
 * one explains the rest (reflection), so that a reflective program is told it uses reflection
 * rather than only that some classes are missing. ClassPool and Reachability feed it; Exoc
 * throws its message.
 */
package exo.compiler.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class MissingReport {
    /** What is missing ("class java.lang.Thread", "method java.io.File.toURI()...") -> who uses it. */
    private final Map<String, List<String>> uses = new LinkedHashMap<>();
    private final Map<String, Boolean> inCoreLib = new LinkedHashMap<>();

    public void missingClass(String internalName, String referencedBy) {
        add("class " + internalName.replace('/', '.'), referencedBy, isJdkName(internalName));
    }

    public void missingMember(String what, String referencedBy, boolean ownerInCoreLib) {
        add(what, referencedBy, ownerInCoreLib);
    }

    private void add(String what, String referencedBy, boolean jdk) {
        uses.computeIfAbsent(what, k -> new ArrayList<>()).add(referencedBy);
        inCoreLib.put(what, jdk);
    }

    public boolean isEmpty() {
        return uses.isEmpty();
    }

    static boolean isJdkName(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/") || internalName.startsWith("jdk/")
                || internalName.startsWith("sun/") || internalName.startsWith("com/sun/");
    }

    /** The root cause that explains the missing classes, or null. */
    private String rootCause() {
        List<String> reflection = new ArrayList<>();
        for (String what : uses.keySet()) {
            String name = what.substring(what.indexOf(' ') + 1);
            if (isReflection(name)) {
                reflection.add(name.contains("(") ? name.substring(0, name.indexOf('(')) : name);
            }
        }
        if (!reflection.isEmpty()) {
            return "the program uses reflection (" + summary(reflection) + "), which exoc does not support";
        }
        return null;
    }

    private static boolean isReflection(String name) {
        if (name.startsWith("java.lang.reflect.") || name.startsWith("java.lang.invoke.") || name.startsWith("java.lang.ClassLoader")) {
            return true;
        }
        if (!name.startsWith("java.lang.Class.")) {
            return false;
        }
        String member = name.substring("java.lang.Class.".length());
        return member.startsWith("forName(") || member.startsWith("newInstance(") || member.startsWith("getConstructor")
                || member.startsWith("getMethod") || member.startsWith("getField") || member.startsWith("getDeclared");
    }

    private static String summary(List<String> names) {
        return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + ", ...";
    }

    public String message() {
        StringBuilder sb = new StringBuilder();
        String cause = rootCause();
        if (cause != null) {
            sb.append(cause).append('\n');
        }
        int classes = 0, members = 0;
        for (String what : uses.keySet()) {
            if (what.startsWith("class ")) {
                classes++;
            } else {
                members++;
            }
        }
        sb.append(cause != null ? "in all, " : "").append("the program uses ").append(count(classes, "class", "classes"))
                .append(members > 0 ? " and " + count(members, "member", "members") : "").append(" that exoc cannot find:");
        for (Map.Entry<String, List<String>> e : uses.entrySet()) {
            List<String> by = e.getValue();
            sb.append("\n  missing ").append(e.getKey()).append(", referenced by ").append(by.get(0));
            if (by.size() > 1) {
                sb.append(" (and ").append(by.size() - 1).append(" other place").append(by.size() > 2 ? "s" : "").append(')');
            }
            if (inCoreLib.get(e.getKey())) {
                sb.append(": the Exo-OS core library does not provide it (not supported)");
            }
        }
        return sb.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
