/*
 * String key/value pairs with defaults, and the .properties file format (load: comments,
 * "=", ":" or blank separators, backslash continuations and escapes; store: escaped
 * key=value lines after a comment and a date line). Unlike the JDK 9+, entries are kept in
 * Hashtable order, so iterating or printing a Properties object may list them differently.
 */
package java.util;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

public class Properties extends Hashtable<Object, Object> {
    private static final long serialVersionUID = 4112578634029874840L;

    protected volatile Properties defaults;

    public Properties() {
        this(null, 8);
    }

    public Properties(int initialCapacity) {
        this(null, initialCapacity);
    }

    public Properties(Properties defaults) {
        this(defaults, 8);
    }

    private Properties(Properties defaults, int initialCapacity) {
        super(Math.max(initialCapacity, 1));
        this.defaults = defaults;
    }

    public synchronized Object setProperty(String key, String value) {
        return put(key, value);
    }

    public String getProperty(String key) {
        Object oval = get(key);
        String sval = (oval instanceof String) ? (String) oval : null;
        return ((sval == null) && (defaults != null)) ? defaults.getProperty(key) : sval;
    }

    public String getProperty(String key, String defaultValue) {
        String val = getProperty(key);
        return (val == null) ? defaultValue : val;
    }

    public Enumeration<?> propertyNames() {
        return Collections.enumeration(new ArrayList<>(allNames(false)));
    }

    public Set<String> stringPropertyNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Object k : allNames(true)) {
            names.add((String) k);
        }
        return Collections.unmodifiableSet(names);
    }

    private Set<Object> allNames(boolean stringsOnly) {
        Set<Object> out = defaults == null ? new LinkedHashSet<>() : defaults.allNames(stringsOnly);
        for (Map.Entry<Object, Object> e : entrySet()) {
            if (!stringsOnly || (e.getKey() instanceof String && e.getValue() instanceof String)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    public synchronized void load(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader parameter is null");
        BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        String line;
        StringBuilder logical = null;
        while ((line = in.readLine()) != null) {
            String t = stripLeading(line);
            if (logical == null) {
                if (t.isEmpty() || t.charAt(0) == '#' || t.charAt(0) == '!') {
                    continue;
                }
                logical = new StringBuilder();
            }
            if (endsWithOddBackslashes(t)) {
                logical.append(t, 0, t.length() - 1);
                continue;
            }
            logical.append(t);
            entry(logical.toString());
            logical = null;
        }
        if (logical != null) {
            entry(logical.toString());
        }
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }

    private static boolean endsWithOddBackslashes(String s) {
        int n = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** One logical line: key, separator, value, with escapes. */
    private void entry(String s) {
        int i = 0, n = s.length();
        StringBuilder key = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i = unescape(s, i + 1, key);
                continue;
            }
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            }
            key.append(c);
            i++;
        }
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        if (i < n && (s.charAt(i) == '=' || s.charAt(i) == ':')) {
            i++;
        }
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        StringBuilder value = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i = unescape(s, i + 1, value);
            } else {
                value.append(c);
                i++;
            }
        }
        put(key.toString(), value.toString());
    }

    private static int unescape(String s, int i, StringBuilder out) {
        char c = s.charAt(i++);
        switch (c) {
            case 't': out.append('\t'); break;
            case 'n': out.append('\n'); break;
            case 'r': out.append('\r'); break;
            case 'f': out.append('\f'); break;
            case 'u': {
                if (i + 4 > s.length()) {
                    throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                }
                int v = 0;
                for (int k = 0; k < 4; k++) {
                    int d = Character.digit(s.charAt(i + k), 16);
                    if (d < 0) {
                        throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                    }
                    v = v * 16 + d;
                }
                out.append((char) v);
                return i + 4;
            }
            default: out.append(c); break;
        }
        return i;
    }

    public synchronized void load(InputStream inStream) throws IOException {
        Objects.requireNonNull(inStream, "inStream parameter is null");
        load(new InputStreamReader(inStream, StandardCharsets.ISO_8859_1));
    }

    public void store(Writer writer, String comments) throws IOException {
        store0(writer instanceof BufferedWriter ? (BufferedWriter) writer : new BufferedWriter(writer), comments, false);
    }

    public void store(OutputStream out, String comments) throws IOException {
        store0(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.ISO_8859_1)), comments, true);
    }

    private void store0(BufferedWriter bw, String comments, boolean escUnicode) throws IOException {
        if (comments != null) {
            bw.write("#" + comments);
            bw.newLine();
        }
        bw.write("#" + new Date().toString());
        bw.newLine();
        synchronized (this) {
            for (Map.Entry<Object, Object> e : entrySet()) {
                bw.write(escape((String) e.getKey(), true, escUnicode) + "=" + escape((String) e.getValue(), false, escUnicode));
                bw.newLine();
            }
        }
        bw.flush();
    }

    private static String escape(String s, boolean isKey, boolean escUnicode) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ':
                    if (i == 0 || isKey) {
                        out.append('\\');
                    }
                    out.append(' ');
                    break;
                case '\t': out.append("\\t"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\f': out.append("\\f"); break;
                case '=': case ':': case '#': case '!': case '\\':
                    out.append('\\').append(c);
                    break;
                default:
                    if ((c < 0x20 || c > 0x7e) && escUnicode) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    public void list(PrintStream out) {
        out.println("-- listing properties --");
        for (Object k : allNames(true)) {
            String val = getProperty((String) k);
            if (val.length() > 40) {
                val = val.substring(0, 37) + "...";
            }
            out.println(k + "=" + val);
        }
    }

    public void list(PrintWriter out) {
        out.println("-- listing properties --");
        for (Object k : allNames(true)) {
            String val = getProperty((String) k);
            if (val.length() > 40) {
                val = val.substring(0, 37) + "...";
            }
            out.println(k + "=" + val);
        }
    }
}
