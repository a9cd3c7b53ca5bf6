/*
 * A minimal Locale: language and country tags only. Exo formats every number US-style (see
 * exo.rt.FormatEngine), so only locales that format that way are offered as constants;
 * getDefault() is "en", the JVM's default under the C/POSIX environment the tests run in.
 */
package java.util;

public final class Locale implements java.io.Serializable {
    public static final Locale ROOT = new Locale("", "");
    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale US = new Locale("en", "US");
    public static final Locale UK = new Locale("en", "GB");
    public static final Locale CANADA = new Locale("en", "CA");

    private final String language;
    private final String country;

    public Locale(String language) {
        this(language, "");
    }

    public Locale(String language, String country) {
        if (language == null || country == null) {
            throw new NullPointerException();
        }
        this.language = lower(language);
        this.country = upper(country);
    }

    public static Locale getDefault() {
        return ENGLISH;
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    /** "en_US", "en", or "" for ROOT. */
    @Override
    public String toString() {
        if (country.isEmpty()) {
            return language;
        }
        return language + "_" + country;
    }

    /** BCP 47 form: "en-US", "und" for ROOT. */
    public String toLanguageTag() {
        String lang = language.isEmpty() ? "und" : language;
        return country.isEmpty() ? lang : lang + "-" + country;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Locale)) {
            return false;
        }
        Locale other = (Locale) o;
        return language.equals(other.language) && country.equals(other.country);
    }

    @Override
    public int hashCode() {
        return language.hashCode() * 31 + country.hashCode();
    }

    // Tags are ASCII: plain case mapping avoids depending on locale-sensitive String methods.
    private static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] += 'a' - 'A';
            }
        }
        return new String(c);
    }

    private static String upper(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'a' && c[i] <= 'z') {
                c[i] -= 'a' - 'A';
            }
        }
        return new String(c);
    }
}
