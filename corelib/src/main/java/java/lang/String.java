/*
 * Immutable UTF-16 strings. The instance fields are fixed by docs/RUNTIME.md (exoc emits
 * literals with this layout): value holds exactly the chars, hash caches hashCode (0 = not
 * computed). Byte conversions use UTF-8; case mapping is exact for Latin-1 and per char above.
 * Regex-taking methods go through java.util.regex (exo.rt.StringRegex). Bound errors carry
 * the JDK 17's messages.
 */
package java.lang;

import exo.rt.CharSearch;
import exo.rt.StringRegex;
import exo.rt.Utf8;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;

public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    private static final char[] EMPTY = new char[0];
    private static HashMap<String, String> internTable;

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            return s1.compareToIgnoreCase(s2);
        }
    }

    // ---- constructors ----

    public String() {
        this.value = EMPTY;
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this.value = value.length == 0 ? EMPTY : copy(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        this.value = count == 0 ? EMPTY : copy(value, offset, count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
            n += Character.charCount(cp);
        }
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++) {
            j += Character.toChars(codePoints[i], v, j);
        }
        this.value = v;
    }

    /** Decodes UTF-8, the default charset; malformed input becomes U+FFFD as in the JDK. */
    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = Utf8.decode(bytes, offset, length);
    }

    public String(byte[] bytes, java.nio.charset.Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
        if (charset == null) {
            throw new NullPointerException("charset");
        }
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = exo.rt.Codecs.decode(exo.rt.Codecs.of(charset), bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length, String charsetName) throws java.io.UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = exo.rt.Codecs.decode(codec(charsetName), bytes, offset, length);
    }

    private static int codec(String charsetName) throws java.io.UnsupportedEncodingException {
        int id = exo.rt.Codecs.lookup(charsetName);
        if (id < 0) {
            throw new java.io.UnsupportedEncodingException(charsetName);
        }
        return id;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte) {
        char[] v = new char[ascii.length];
        int high = (hibyte & 0xff) << 8;
        for (int i = 0; i < v.length; i++) {
            v[i] = (char) (high | (ascii[i] & 0xff));
        }
        this.value = v;
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    public String(StringBuilder builder) {
        this(builder.getValue(), 0, builder.length());
    }

    /** Takes ownership of value without copying; callers must not change it afterwards. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    private static char[] copy(char[] src, int offset, int count) {
        char[] v = new char[count];
        System.arraycopy(src, offset, v, 0, count);
        return v;
    }

    // ---- bound checks with the JDK's messages ----

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException(
                    "offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException(
                    "begin " + begin + ", end " + end + ", length " + length);
        }
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    // ---- basic access ----

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw charAtOutOfBounds(index);
        }
        return value[index];
    }

    // The JDK words this differently for Latin-1 and UTF-16 strings; mimic both. An index out
    // of bounds is a bug, like the implicit checks, which allocation-free code may still have.
    @exo.rt.AllocOk("a failed bounds check, as for arrays")
    private StringIndexOutOfBoundsException charAtOutOfBounds(int index) {
        for (char c : value) {
            if (c > 0xFF) {
                return new StringIndexOutOfBoundsException("index " + index + ", length " + value.length);
            }
        }
        return new StringIndexOutOfBoundsException(index);
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAt(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return Character.codePointBefore(this, index);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        return Character.codePointCount(this, beginIndex, endIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /** Encodes as UTF-8, the default charset; unpaired surrogates become '?' as in the JDK. */
    public byte[] getBytes() {
        return Utf8.encode(value);
    }

    public byte[] getBytes(java.nio.charset.Charset charset) {
        if (charset == null) {
            throw new NullPointerException();
        }
        return exo.rt.Codecs.encode(exo.rt.Codecs.of(charset), value, 0, value.length);
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        return exo.rt.Codecs.encode(codec(charsetName), value, 0, value.length);
    }

    /** The lines of this string, split at \n, \r and \r\n, without a trailing empty line. */
    public java.util.stream.Stream<String> lines() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int start = 0, n = value.length;
        for (int i = 0; i < n; i++) {
            char c = value[i];
            if (c == '\n' || c == '\r') {
                out.add(new String(value, start, i - start));
                if (c == '\r' && i + 1 < n && value[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new String(value, start, n - start));
        }
        return out.stream();
    }

    public String indent(int n) {
        if (isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        lines().forEach(line -> {
            if (n > 0) {
                sb.append(" ".repeat(n)).append(line);
            } else if (n < 0) {
                int k = 0;
                while (k < -n && k < line.length() && Character.isWhitespace(line.charAt(k))) {
                    k++;
                }
                sb.append(line, k, line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    public String stripIndent() {
        int n = value.length;
        if (n == 0) {
            return "";
        }
        char last = value[n - 1];
        boolean optOut = last == '\n' || last == '\r';
        java.util.List<String> lines = lines().collect(java.util.stream.Collectors.toList());
        if (optOut) {
            lines.add("");
        }
        int outdent = Integer.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lead = 0;
            while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
                lead++;
            }
            if (lead < line.length() || i == lines.size() - 1) {
                outdent = Math.min(outdent, lead);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.length() >= outdent ? line.substring(outdent) : "";
            sb.append(t.stripTrailing());
            if (i < lines.size() - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    public char[] toCharArray() {
        return copy(value, 0, value.length);
    }

    // Package-private view for AbstractStringBuilder and friends: never modify.
    char[] value() {
        return value;
    }

    // ---- comparison ----

    @Override
    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] a = value;
        char[] b = ((String) anObject).value;
        int n = a.length;
        if (n != b.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(CharSequence cs) {
        int n = value.length;
        if (n != cs.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return this == anotherString || (anotherString != null && anotherString.value.length == value.length
                && regionMatches(true, 0, anotherString, 0, value.length));
    }

    public int compareTo(String anotherString) {
        char[] a = value;
        char[] b = anotherString.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return a.length - b.length;
    }

    public int compareToIgnoreCase(String str) {
        char[] a = value;
        char[] b = str.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            char c1 = a[i];
            char c2 = b[i];
            if (c1 != c2) {
                c1 = foldCase(c1);
                c2 = foldCase(c2);
                if (c1 != c2) {
                    return c1 - c2;
                }
            }
        }
        return a.length - b.length;
    }

    // The case folding of compareToIgnoreCase: lower case of the upper case.
    private static char foldCase(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len
                || ooffset > (long) other.value.length - len) {
            return false;
        }
        char[] a = value;
        char[] b = other.value;
        for (int i = 0; i < len; i++) {
            char c1 = a[toffset + i];
            char c2 = b[ooffset + i];
            if (c1 == c2) {
                continue;
            }
            if (!ignoreCase) {
                return false;
            }
            char u1 = Character.toUpperCase(c1);
            char u2 = Character.toUpperCase(c2);
            if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        char[] p = prefix.value;
        if (toffset < 0 || toffset > value.length - p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (value[toffset + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (char c : value) {
                h = 31 * h + c;
            }
            hash = h;
        }
        return h;
    }

    // ---- searching ----

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < v.length; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = fromIndex; i < v.length - 1; i++) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return CharSearch.indexOf(value, value.length, str.value, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return CharSearch.indexOf(value, value.length, str.value, fromIndex);
    }

    public int lastIndexOf(String str) {
        return CharSearch.lastIndexOf(value, value.length, str.value, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return CharSearch.lastIndexOf(value, value.length, str.value, fromIndex);
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- derived strings ----

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        int length = value.length;
        checkBoundsBeginEnd(beginIndex, endIndex, length);
        if (beginIndex == 0 && endIndex == length) {
            return this;
        }
        int n = endIndex - beginIndex;
        return n == 0 ? "" : new String(copy(value, beginIndex, n), true);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) {
            return this;
        }
        if (value.length == 0) {
            return new String(str);   // a new object, as in the JDK
        }
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) {
            return this;
        }
        char[] v = value;
        int i = 0;
        while (i < v.length && v[i] != oldChar) {
            i++;
        }
        if (i == v.length) {
            return this;
        }
        char[] out = copy(v, 0, v.length);
        for (; i < out.length; i++) {
            if (out[i] == oldChar) {
                out[i] = newChar;
            }
        }
        return new String(out, true);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        char[] t = target.toString().value;
        String r = replacement.toString();
        int j = CharSearch.indexOf(value, value.length, t, 0);
        if (j < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(value.length + Math.max(0, r.length() - t.length) * 4);
        int i = 0;
        do {
            sb.append(value, i, j - i).append(r);
            i = j + t.length;
            if (t.length == 0) {
                // An empty target matches between every pair of chars.
                if (j < value.length) {
                    sb.append(value[j]);
                }
                i = j + 1;
            }
            j = i > value.length ? -1 : CharSearch.indexOf(value, value.length, t, i);
        } while (j >= 0);
        if (i < value.length) {
            sb.append(value, i, value.length - i);
        }
        return sb.toString();
    }

    public String replaceAll(String regex, String replacement) {
        return StringRegex.pattern(regex).matcher(this).replaceAll(replacement);
    }

    public String replaceFirst(String regex, String replacement) {
        return StringRegex.pattern(regex).matcher(this).replaceFirst(replacement);
    }

    public boolean matches(String regex) {
        return StringRegex.pattern(regex).matcher(this).matches();
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public String[] split(String regex, int limit) {
        return StringRegex.split(this, regex, limit);
    }

    public String trim() {
        int start = 0;
        int end = value.length;
        while (start < end && value[start] <= ' ') {
            start++;
        }
        while (end > start && value[end - 1] <= ' ') {
            end--;
        }
        return substring(start, end);
    }

    public String strip() {
        int start = firstNonWhitespace();
        return substring(start, Math.max(start, lastNonWhitespace() + 1));
    }

    public String stripLeading() {
        return substring(firstNonWhitespace());
    }

    public String stripTrailing() {
        return substring(0, lastNonWhitespace() + 1);
    }

    public boolean isBlank() {
        return firstNonWhitespace() == value.length;
    }

    private int firstNonWhitespace() {
        int i = 0;
        while (i < value.length && Character.isWhitespace(value[i])) {
            i++;
        }
        return i;
    }

    private int lastNonWhitespace() {
        int i = value.length - 1;
        while (i >= 0 && Character.isWhitespace(value[i])) {
            i--;
        }
        return i;
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int len = value.length;
        if (len == 0 || count == 0) {
            return "";
        }
        if ((long) len * count > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] v = new char[len * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, v, i * len, len);
        }
        return new String(v, true);
    }

    // ---- case ----

    public String toLowerCase() {
        char[] v = value;
        int i = 0;
        while (i < v.length && Character.toLowerCase(v[i]) == v[i]) {
            i++;
        }
        if (i == v.length) {
            return this;
        }
        char[] out = copy(v, 0, v.length);
        for (; i < out.length; i++) {
            out[i] = Character.toLowerCase(out[i]);
        }
        return new String(out, true);
    }

    public String toLowerCase(Locale locale) {
        return toLowerCase();
    }

    public String toUpperCase() {
        char[] v = value;
        int i = 0;
        while (i < v.length && Character.toUpperCase(v[i]) == v[i] && v[i] != '\u00DF') {
            i++;
        }
        if (i == v.length) {
            return this;
        }
        StringBuilder sb = new StringBuilder(v.length + 4);
        sb.append(v, 0, i);
        for (; i < v.length; i++) {
            char c = v[i];
            if (c == '\u00DF') {
                sb.append("SS");   // sharp s has no single-char upper case
            } else {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    public String toUpperCase(Locale locale) {
        return toUpperCase();
    }

    @Override
    public String toString() {
        return this;
    }

    /** The canonical copy: the program's literals first, then every string interned so far. */
    public String intern() {
        if (internTable == null) {
            int n = exo.rt.VM.literalCount();
            internTable = new HashMap<>(Math.max(16, 2 * n));
            for (int i = 0; i < n; i++) {
                String literal = exo.rt.VM.literal(i);
                internTable.put(literal, literal);
            }
        }
        String s = internTable.putIfAbsent(this, this);
        return s == null ? this : s;
    }

    // ---- static factories ----

    public static String join(CharSequence delimiter, CharSequence... elements) {
        String d = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(d);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (elements == null) {
            throw new NullPointerException();
        }
        String d = delimiter.toString();
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence cs : elements) {
            if (!first) {
                sb.append(d);
            }
            sb.append(cs);
            first = false;
        }
        return sb.toString();
    }

    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public static String format(Locale l, String format, Object... args) {
        return new java.util.Formatter(l).format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }
}
