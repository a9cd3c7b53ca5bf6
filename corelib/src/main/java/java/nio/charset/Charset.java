/*
 * A named character encoding. The core library knows UTF-8, ISO-8859-1, US-ASCII and the
 * UTF-16 family (exo.rt.Codecs converts); forName finds them by name or alias and throws the
 * JDK's exceptions for the rest. The default charset is UTF-8, as in JDK 18+ and in the tests'
 * JVM (-Dfile.encoding=UTF-8).
 */
package java.nio.charset;

import exo.rt.Codecs;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    protected Charset(String canonicalName, String[] aliases) {
        this.name = canonicalName;
        this.aliases = aliases == null ? new String[0] : aliases.clone();
    }

    static final Charset[] BUILTIN = new Charset[Codecs.NAMES.length];

    static {
        for (int i = 0; i < BUILTIN.length; i++) {
            BUILTIN[i] = new Builtin(Codecs.NAMES[i]);
        }
    }

    /** The charsets of exo.rt.Codecs. */
    private static final class Builtin extends Charset {
        Builtin(String name) {
            super(name, null);
        }

        @Override
        public boolean contains(Charset cs) {
            int mine = Codecs.lookup(name());
            int other = Codecs.lookup(cs.name());
            if (mine == Codecs.US_ASCII) {
                return other == Codecs.US_ASCII;
            }
            if (mine == Codecs.ISO_8859_1) {
                return other == Codecs.US_ASCII || other == Codecs.ISO_8859_1;
            }
            return other >= 0;
        }
    }

    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return cs;
    }

    public static Charset forName(String charsetName, Charset fallback) {
        try {
            Charset cs = lookup(charsetName);
            return cs != null ? cs : fallback;
        } catch (IllegalCharsetNameException e) {
            return fallback;
        }
    }

    private static Charset lookup(String name) {
        if (name == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        checkName(name);
        int id = Codecs.lookup(name);
        return id < 0 ? null : BUILTIN[id];
    }

    private static void checkName(String s) {
        int n = s.length();
        if (n == 0) {
            throw new IllegalCharsetNameException(s);
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.'));
            if (!ok) {
                throw new IllegalCharsetNameException(s);
            }
        }
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    public static Charset defaultCharset() {
        return BUILTIN[Codecs.UTF_8];
    }

    public static SortedMap<String, Charset> availableCharsets() {
        TreeMap<String, Charset> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Charset cs : BUILTIN) {
            m.put(cs.name(), cs);
        }
        return Collections.unmodifiableSortedMap(m);
    }

    public final String name() {
        return name;
    }

    public final Set<String> aliases() {
        Set<String> s = new HashSet<>();
        Collections.addAll(s, aliases);
        return Collections.unmodifiableSet(s);
    }

    public String displayName() {
        return name;
    }

    public String displayName(Locale locale) {
        return name;
    }

    public final boolean isRegistered() {
        return !name.startsWith("X-") && !name.startsWith("x-");
    }

    public boolean canEncode() {
        return true;
    }

    public abstract boolean contains(Charset cs);

    @Override
    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    @Override
    public final int hashCode() {
        return name().hashCode();
    }

    @Override
    public final boolean equals(Object ob) {
        return this == ob || (ob instanceof Charset && name.equals(((Charset) ob).name()));
    }

    @Override
    public final String toString() {
        return name();
    }
}
