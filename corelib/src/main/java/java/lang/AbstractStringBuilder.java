/*
 * The growable char buffer behind StringBuilder and StringBuffer, which override each
 * mutator only to return their own type. Capacity grows as the JDK's does (2n + 2, or the
 * needed size), so capacity() reports the same numbers. Numbers are formatted straight into
 * the buffer; bound errors carry the JDK 17's messages.
 */
package java.lang;

import exo.rt.CharSearch;

abstract class AbstractStringBuilder implements Appendable, CharSequence {
    char[] value;
    int count;

    AbstractStringBuilder(int capacity) {
        value = new char[capacity];
    }

    AbstractStringBuilder(String str) {
        int length = str.length();
        value = new char[length + 16];
        appendChars(str.value(), 0, length);
    }

    AbstractStringBuilder(CharSequence seq) {
        int length = seq.length();
        value = new char[length + 16];
        append(seq);
    }

    final char[] getValue() {
        return value;
    }

    @Override
    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0) {
            ensureCapacityInternal(minimumCapacity);
        }
    }

    private void ensureCapacityInternal(int minimumCapacity) {
        if (minimumCapacity > value.length) {
            int newCapacity = Math.max(minimumCapacity, (value.length << 1) + 2);
            if (newCapacity < 0) {
                throw new OutOfMemoryError("Required length exceeds implementation limit");
            }
            char[] bigger = new char[newCapacity];
            System.arraycopy(value, 0, bigger, 0, count);
            value = bigger;
        }
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] exact = new char[count];
            System.arraycopy(value, 0, exact, 0, count);
            value = exact;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacityInternal(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = '\0';
        }
        count = newLength;
    }

    // ---- checks with the JDK's messages ----

    private void checkIndex(int index) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        }
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
        }
    }

    private static void checkRangeSIOOBE(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    private static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    // ---- reading ----

    @Override
    public char charAt(int index) {
        checkIndex(index);
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index);
        return Character.codePointAt(value, index, count);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= count) {
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
        checkRangeSIOOBE(srcBegin, srcEnd, count);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public void setCharAt(int index, char ch) {
        checkIndex(index);
        value[index] = ch;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        checkRangeSIOOBE(start, end, count);
        return new String(value, start, end - start);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public int indexOf(String str) {
        return CharSearch.indexOf(value, count, str.value(), 0);
    }

    public int indexOf(String str, int fromIndex) {
        return CharSearch.indexOf(value, count, str.value(), fromIndex);
    }

    public int lastIndexOf(String str) {
        return CharSearch.lastIndexOf(value, count, str.value(), count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return CharSearch.lastIndexOf(value, count, str.value(), fromIndex);
    }

    int compareTo(AbstractStringBuilder another) {
        if (this == another) {
            return 0;
        }
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            char a = value[i];
            char b = another.value[i];
            if (a != b) {
                return a - b;
            }
        }
        return count - another.count;
    }

    @Override
    public abstract String toString();

    // ---- appending ----

    private void appendChars(char[] src, int offset, int len) {
        int newCount = count + len;
        ensureCapacityInternal(newCount);
        System.arraycopy(src, offset, value, count, len);
        count = newCount;
    }

    private AbstractStringBuilder appendNull() {
        ensureCapacityInternal(count + 4);
        char[] v = value;
        v[count] = 'n';
        v[count + 1] = 'u';
        v[count + 2] = 'l';
        v[count + 3] = 'l';
        count += 4;
        return this;
    }

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null) {
            return appendNull();
        }
        char[] s = str.value();
        appendChars(s, 0, s.length);
        return this;
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        if (sb == null) {
            return appendNull();
        }
        appendChars(sb.value, 0, sb.count);
        return this;
    }

    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null) {
            return appendNull();
        }
        appendChars(asb.value, 0, asb.count);
        return this;
    }

    @Override
    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) {
            return appendNull();
        }
        if (s instanceof String) {
            return append((String) s);
        }
        if (s instanceof AbstractStringBuilder) {
            return append((AbstractStringBuilder) s);
        }
        return append(s, 0, s.length());
    }

    @Override
    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkRange(start, end, s.length());
        int len = end - start;
        ensureCapacityInternal(count + len);
        if (s instanceof String) {
            System.arraycopy(((String) s).value(), start, value, count, len);
        } else {
            for (int i = start; i < end; i++) {
                value[count + i - start] = s.charAt(i);
            }
        }
        count += len;
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        appendChars(str, 0, str.length);
        return this;
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        checkRange(offset, offset + len, str.length);
        appendChars(str, offset, len);
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    @Override
    public AbstractStringBuilder append(char c) {
        ensureCapacityInternal(count + 1);
        value[count++] = c;
        return this;
    }

    public AbstractStringBuilder append(int i) {
        int newCount = count + Integer.stringSize(i);
        ensureCapacityInternal(newCount);
        Integer.getChars(i, newCount, value);
        count = newCount;
        return this;
    }

    public AbstractStringBuilder append(long l) {
        int newCount = count + Long.stringSize(l);
        ensureCapacityInternal(newCount);
        Long.getChars(l, newCount, value);
        count = newCount;
        return this;
    }

    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        ensureCapacityInternal(count + 2);
        count += Character.toChars(codePoint, value, count);
        return this;
    }

    // ---- editing ----

    public AbstractStringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        checkRangeSIOOBE(start, end, count);
        int len = end - start;
        if (len > 0) {
            System.arraycopy(value, end, value, start, count - end);
            count -= len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        checkIndex(index);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count) {
            end = count;
        }
        checkRangeSIOOBE(start, end, count);
        char[] s = str.value();
        int newCount = count + s.length - (end - start);
        ensureCapacityInternal(newCount);
        System.arraycopy(value, end, value, start + s.length, count - end);
        System.arraycopy(s, 0, value, start, s.length);
        count = newCount;
        return this;
    }

    // Opens a gap of len chars at offset and returns offset.
    private int openGap(int offset, int len) {
        checkOffset(offset);
        ensureCapacityInternal(count + len);
        System.arraycopy(value, offset, value, offset + len, count - offset);
        count += len;
        return offset;
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index);
        checkRangeSIOOBE(offset, offset + len, str.length);
        int at = openGap(index, len);   // may replace value: call it before reading the field
        System.arraycopy(str, offset, value, at, len);
        return this;
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        checkOffset(offset);
        if (str == null) {
            str = "null";
        }
        char[] s = str.value();
        int at = openGap(offset, s.length);
        System.arraycopy(s, 0, value, at, s.length);
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        checkOffset(offset);
        int at = openGap(offset, str.length);
        System.arraycopy(str, 0, value, at, str.length);
        return this;
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) {
            s = "null";
        }
        return insert(dstOffset, s, 0, s.length());
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkOffset(dstOffset);
        checkRange(start, end, s.length());
        int at = openGap(dstOffset, end - start);
        for (int i = start; i < end; i++) {
            value[at++] = s.charAt(i);
        }
        return this;
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, b ? "true" : "false");
    }

    public AbstractStringBuilder insert(int offset, char c) {
        int at = openGap(offset, 1);
        value[at] = c;
        return this;
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, Integer.toString(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, Long.toString(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, Float.toString(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, Double.toString(d));
    }

    public AbstractStringBuilder reverse() {
        char[] v = value;
        boolean surrogates = false;
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char a = v[i];
            char b = v[j];
            surrogates |= Character.isSurrogate(a) || Character.isSurrogate(b);
            v[i] = b;
            v[j] = a;
        }
        if (count % 2 == 1) {
            surrogates |= Character.isSurrogate(v[count / 2]);
        }
        if (surrogates) {
            // Pairs came out as (low, high): put them back in order.
            for (int i = 0; i < count - 1; i++) {
                if (Character.isLowSurrogate(v[i]) && Character.isHighSurrogate(v[i + 1])) {
                    char t = v[i];
                    v[i] = v[i + 1];
                    v[++i] = t;
                }
            }
        }
        return this;
    }
}
