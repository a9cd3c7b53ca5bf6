/*
 * The kernel command line: space-separated words, each either key=value or a bare flag.
 * Known keys: kbd=us|fr (keyboard layout), log=debug|info|warn|error (console log level),
 * test=NAME (run an in-kernel test suite and power off), quantum=MS (the scheduler's time
 * slice, 1-1000, default 10), count=N (number of keys the keyboard test waits for). Unknown words are kept, and
 * bad values fall back to the default with a warning that Boot prints once the log is up.
 * When a key repeats, the last value wins, as on Linux. As on Linux, the words after a bare
 * "--" are not the kernel's: they are init's arguments (initArgs), passed to init= after its path.
 */
package exo.kernel.boot;

import java.util.ArrayList;
import java.util.List;

public final class CommandLine {
    public static final int LOG_DEBUG = 0;
    public static final int LOG_INFO = 1;
    public static final int LOG_WARN = 2;
    public static final int LOG_ERROR = 3;

    private final List<String> keys = new ArrayList<>();
    private final List<String> values = new ArrayList<>(); // null for flags
    private final List<String> warnings = new ArrayList<>();
    private final List<String> initArgs = new ArrayList<>();
    private String layout = "us";
    private int logLevel = LOG_INFO;
    private String testName;
    private int quantumMs = 10;
    private int heapLimitMib;

    public static CommandLine parse(String text) {
        CommandLine cl = new CommandLine();
        int i = 0;
        int n = text.length();
        boolean forInit = false;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                continue;
            }
            String word = text.substring(start, i);
            if (forInit) {
                cl.initArgs.add(word);
            } else if (word.equals("--")) {
                forInit = true;
            } else {
                cl.addWord(word);
            }
        }
        cl.interpret();
        return cl;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void addWord(String word) {
        int eq = word.indexOf('=');
        String key = eq < 0 ? word : word.substring(0, eq);
        String value = eq < 0 ? null : word.substring(eq + 1);
        int old = keys.indexOf(key);
        if (old >= 0) {
            keys.remove(old);
            values.remove(old);
        }
        keys.add(key);
        values.add(value);
    }

    private void interpret() {
        String kbd = get("kbd");
        if (kbd != null) {
            if (kbd.equals("us") || kbd.equals("fr")) {
                layout = kbd;
            } else {
                warnings.add("kbd=" + kbd + ": unknown layout, using us (known: us, fr)");
            }
        }
        String log = get("log");
        if (log != null) {
            int level = parseLogLevel(log);
            if (level >= 0) {
                logLevel = level;
            } else {
                warnings.add("log=" + log + ": unknown level, using info (known: debug, info, warn, error)");
            }
        }
        testName = get("test");
        if (testName != null && testName.isEmpty()) {
            warnings.add("test= has no suite name: booting normally");
            testName = null;
        }
        quantumMs = intValue("quantum", 10, 1, 1000);
        heapLimitMib = intValue("kheap", 0, 8, 1022);
    }

    /** LOG_DEBUG..LOG_ERROR for a level name, or -1. */
    public static int parseLogLevel(String name) {
        if (name.equals("debug")) {
            return LOG_DEBUG;
        }
        if (name.equals("info")) {
            return LOG_INFO;
        }
        if (name.equals("warn")) {
            return LOG_WARN;
        }
        if (name.equals("error")) {
            return LOG_ERROR;
        }
        return -1;
    }

    /** Value of key=value, "" for a bare flag, null when absent. */
    public String get(String key) {
        int i = keys.indexOf(key);
        if (i < 0) {
            return null;
        }
        String v = values.get(i);
        return v == null ? "" : v;
    }

    /** True when the word appears, as a flag or with a value. */
    public boolean has(String key) {
        return keys.contains(key);
    }

    /** A decimal key in [min, max]; otherwise def, with a warning when present but bad. */
    public int intValue(String key, int def, int min, int max) {
        String v = get(key);
        if (v == null) {
            return def;
        }
        long parsed = parseDecimal(v);
        if (parsed < min || parsed > max) {
            warnings.add(key + "=" + v + ": expected a number in [" + min + ", " + max + "], using " + def);
            return def;
        }
        return (int) parsed;
    }

    /** Non-negative decimal value of s, or -1 when s is empty, not decimal or too long. */
    static long parseDecimal(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public String keyboardLayout() {
        return layout;
    }

    public int logLevel() {
        return logLevel;
    }

    /** Name of the in-kernel test suite to run, or null for a normal boot. */
    public String testName() {
        return testName;
    }

    public int quantumMs() {
        return quantumMs;
    }

    /** kheap=MIB: the most the kernel's heap may grow to; 0 when not given (Boot decides). */
    public int heapLimitMib() {
        return heapLimitMib;
    }

    /** The words after "--", in order: init's arguments after its path (empty when none). */
    public List<String> initArgs() {
        return initArgs;
    }

    /** Problems found while parsing, for Boot to log. */
    public List<String> warnings() {
        return warnings;
    }
}
