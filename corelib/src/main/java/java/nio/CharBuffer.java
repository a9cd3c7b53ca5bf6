/*
 * A buffer of char values over a char array (heap buffer): relative and absolute get/put, bulk
 * transfers, slices and duplicates sharing the array, read-only views, compact, and the
 * JDK's equals/compareTo/toString. As a CharSequence it is the chars between position
 * and limit; toString gives them.
 */
package java.nio;

import java.util.Objects;

public abstract class CharBuffer extends Buffer implements Comparable<CharBuffer>, Appendable, CharSequence, Readable {
    final char[] hb;
    final int offset;
    final boolean readOnly;

    CharBuffer(int mark, int pos, int lim, int cap, char[] hb, int offset, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
    }

    /** The one concrete class: over hb from offset. */
    static final class Heap extends CharBuffer {
        Heap(int mark, int pos, int lim, int cap, char[] hb, int offset, boolean readOnly) {
            super(mark, pos, lim, cap, hb, offset, readOnly);
        }
    }

    public static CharBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Heap(-1, 0, capacity, capacity, new char[capacity], 0, false);
    }

    public static CharBuffer wrap(char[] array, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array.length);
        return new Heap(-1, offset, offset + length, array.length, array, 0, false);
    }

    public static CharBuffer wrap(char[] array) {
        return wrap(array, 0, array.length);
    }

    private void writable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    @Override
    public CharBuffer slice() {
        int pos = position(), lim = limit();
        int rem = pos <= lim ? lim - pos : 0;
        return new Heap(-1, 0, rem, rem, hb, offset + pos, readOnly);
    }

    @Override
    public CharBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return new Heap(-1, 0, length, length, hb, offset + index, readOnly);
    }

    @Override
    public CharBuffer duplicate() {
        return new Heap(markValue(), position(), limit(), capacity(), hb, offset, readOnly);
    }

    public CharBuffer asReadOnlyBuffer() {
        return new Heap(markValue(), position(), limit(), capacity(), hb, offset, true);
    }

    public char get() {
        return hb[offset + nextGetIndex(1)];
    }

    public char get(int index) {
        return hb[offset + checkIndex(index, 1)];
    }

    public CharBuffer get(char[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        if (length > remaining()) {
            throw new BufferUnderflowException();
        }
        int pos = position();
        System.arraycopy(hb, offset + pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public CharBuffer get(char[] dst) {
        return get(dst, 0, dst.length);
    }

    public CharBuffer get(int index, char[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        System.arraycopy(hb, offset + index, dst, off, length);
        return this;
    }

    public CharBuffer get(int index, char[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public CharBuffer put(char x) {
        writable();
        hb[offset + nextPutIndex(1)] = x;
        return this;
    }

    public CharBuffer put(int index, char x) {
        writable();
        hb[offset + checkIndex(index, 1)] = x;
        return this;
    }

    public CharBuffer put(char[] src, int off, int length) {
        writable();
        Objects.checkFromIndexSize(off, length, src.length);
        if (length > remaining()) {
            throw new BufferOverflowException();
        }
        int pos = position();
        System.arraycopy(src, off, hb, offset + pos, length);
        position(pos + length);
        return this;
    }

    public final CharBuffer put(char[] src) {
        return put(src, 0, src.length);
    }

    public CharBuffer put(int index, char[] src, int off, int length) {
        writable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        System.arraycopy(src, off, hb, offset + index, length);
        return this;
    }

    public CharBuffer put(int index, char[] src) {
        return put(index, src, 0, src.length);
    }

    public CharBuffer put(CharBuffer src) {
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        writable();
        int n = src.remaining();
        if (n > remaining()) {
            throw new BufferOverflowException();
        }
        for (int i = 0; i < n; i++) {
            put(src.get());
        }
        return this;
    }

    public CharBuffer compact() {
        writable();
        int pos = position(), lim = limit();
        int rem = pos <= lim ? lim - pos : 0;
        System.arraycopy(hb, offset + pos, hb, offset, rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override
    public final boolean hasArray() {
        return !readOnly;
    }

    @Override
    public final char[] array() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return offset;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public boolean isDirect() {
        return false;
    }

    public ByteOrder order() {
        return ByteOrder.nativeOrder();
    }

    @Override
    public CharBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public CharBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public CharBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public CharBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public CharBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public CharBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public CharBuffer rewind() {
        super.rewind();
        return this;
    }

    @Override
    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--) {
            h = 31 * h + (int) get(i);
        }
        return h;
    }

    @Override
    public boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof CharBuffer)) {
            return false;
        }
        CharBuffer that = (CharBuffer) ob;
        if (this.remaining() != that.remaining()) {
            return false;
        }
        return mismatch(that) < 0;
    }

    @Override
    public int compareTo(CharBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(remaining(), that.remaining())) {
            return Character.compare(get(position() + i), that.get(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    public int mismatch(CharBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        for (int i = 0; i < n; i++) {
            char a = get(position() + i), b = that.get(that.position() + i);
            if (a != b) {
                return i;
            }
        }
        return remaining() == that.remaining() ? -1 : n;
    }

    public static CharBuffer wrap(CharSequence csq) {
        return wrap(csq, 0, csq.length());
    }

    public static CharBuffer wrap(CharSequence csq, int start, int end) {
        Objects.checkFromToIndex(start, end, csq.length());
        char[] chars = csq.toString().toCharArray();
        return new Heap(-1, start, end, chars.length, chars, 0, true);
    }

    public CharBuffer put(String src, int start, int end) {
        Objects.checkFromToIndex(start, end, src.length());
        writable();
        if (end - start > remaining()) {
            throw new BufferOverflowException();
        }
        for (int i = start; i < end; i++) {
            put(src.charAt(i));
        }
        return this;
    }

    public final CharBuffer put(String src) {
        return put(src, 0, src.length());
    }

    @Override
    public int read(CharBuffer target) throws java.io.IOException {
        int n = Math.min(remaining(), target.remaining());
        if (remaining() == 0) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            target.put(get());
        }
        return n;
    }

    @Override
    public final int length() {
        return remaining();
    }

    @Override
    public final boolean isEmpty() {
        return remaining() == 0;
    }

    @Override
    public final char charAt(int index) {
        return get(position() + checkIndex(index, 1));
    }

    @Override
    public CharBuffer subSequence(int start, int end) {
        int pos = position();
        Objects.checkFromToIndex(start, end, remaining());
        return new Heap(-1, pos + start, pos + end, capacity(), hb, offset, readOnly);
    }

    @Override
    public CharBuffer append(CharSequence csq) {
        return csq == null ? put("null") : put(csq.toString());
    }

    @Override
    public CharBuffer append(CharSequence csq, int start, int end) {
        CharSequence cs = (csq == null ? "null" : csq);
        return put(cs.subSequence(start, end).toString());
    }

    @Override
    public CharBuffer append(char c) {
        return put(c);
    }

    @Override
    public String toString() {
        return new String(hb, offset + position(), remaining());
    }
}
