/*
 * The map ProcessBuilder.environment() returns: a modifiable copy of the environment that
 * refuses what cannot be an environment variable, with the JDK's exceptions (null names or
 * values, '=' or NUL in a name, NUL in a value). ProcessImpl turns it into "NAME=value" strings.
 */
package java.lang;

import java.util.HashMap;
import java.util.Map;

final class ProcessEnvironment extends HashMap<String, String> {
    ProcessEnvironment(Map<String, String> initial) {
        super(initial);
    }

    @Override
    public String put(String name, String value) {
        return super.put(validName(name), validValue(value));
    }

    @Override
    public void putAll(Map<? extends String, ? extends String> m) {
        for (Map.Entry<? extends String, ? extends String> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    private static String validName(String name) {
        if (name.indexOf('=') != -1 || name.indexOf('\u0000') != -1) {
            throw new IllegalArgumentException("Invalid environment variable name: \"" + name + "\"");
        }
        return name;
    }

    private static String validValue(String value) {
        if (value.indexOf('\u0000') != -1) {
            throw new IllegalArgumentException("Invalid environment variable value: \"" + value + "\"");
        }
        return value;
    }

    @Override
    public String get(Object name) {
        return super.get((String) name);
    }
}
