/*
 * A buffer of int values over a int array (heap buffer): relative and absolute get/put, bulk
 * transfers, slices and duplicates sharing the array, read-only views, compact, and the
 * JDK's equals/compareTo/toString. 
 */
package java.nio;

import java.util.Objects;

public abstract class IntBuffer extends Buffer implements Comparable<IntBuffer> {
    final int[] hb;
    final int offset;
    final boolean readOnly;

    IntBuffer(int mark, int pos, int lim, int cap, int[] hb, int offset, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
    }

    /** The one concrete class: over hb from offset. */
    static final class Heap extends IntBuffer {
        Heap(int mark, int pos, int lim, int cap, int[] hb, int offset, boolean readOnly) {
            super(mark, pos, lim, cap, hb, offset, readOnly);
        }
    }

    public static IntBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Heap(-1, 0, capacity, capacity, new int[capacity], 0, false);
    }

    public static IntBuffer wrap(int[] array, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array.length);
        return new Heap(-1, offset, offset + length, array.length, array, 0, false);
    }

    public static IntBuffer wrap(int[] array) {
        return wrap(array, 0, array.length);
    }

    private void writable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    @Override
    public IntBuffer slice() {
        int pos = position(), lim = limit();
        int rem = pos <= lim ? lim - pos : 0;
        return new Heap(-1, 0, rem, rem, hb, offset + pos, readOnly);
    }

    @Override
    public IntBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return new Heap(-1, 0, length, length, hb, offset + index, readOnly);
    }

    @Override
    public IntBuffer duplicate() {
        return new Heap(markValue(), position(), limit(), capacity(), hb, offset, readOnly);
    }

    public IntBuffer asReadOnlyBuffer() {
        return new Heap(markValue(), position(), limit(), capacity(), hb, offset, true);
    }

    public int get() {
        return hb[offset + nextGetIndex(1)];
    }

    public int get(int index) {
        return hb[offset + checkIndex(index, 1)];
    }

    public IntBuffer get(int[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        if (length > remaining()) {
            throw new BufferUnderflowException();
        }
        int pos = position();
        System.arraycopy(hb, offset + pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public IntBuffer get(int[] dst) {
        return get(dst, 0, dst.length);
    }

    public IntBuffer get(int index, int[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        System.arraycopy(hb, offset + index, dst, off, length);
        return this;
    }

    public IntBuffer get(int index, int[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public IntBuffer put(int x) {
        writable();
        hb[offset + nextPutIndex(1)] = x;
        return this;
    }

    public IntBuffer put(int index, int x) {
        writable();
        hb[offset + checkIndex(index, 1)] = x;
        return this;
    }

    public IntBuffer put(int[] src, int off, int length) {
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

    public final IntBuffer put(int[] src) {
        return put(src, 0, src.length);
    }

    public IntBuffer put(int index, int[] src, int off, int length) {
        writable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        System.arraycopy(src, off, hb, offset + index, length);
        return this;
    }

    public IntBuffer put(int index, int[] src) {
        return put(index, src, 0, src.length);
    }

    public IntBuffer put(IntBuffer src) {
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

    public IntBuffer compact() {
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
    public final int[] array() {
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
    public IntBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public IntBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public IntBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public IntBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public IntBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public IntBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public IntBuffer rewind() {
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
        if (!(ob instanceof IntBuffer)) {
            return false;
        }
        IntBuffer that = (IntBuffer) ob;
        if (this.remaining() != that.remaining()) {
            return false;
        }
        return mismatch(that) < 0;
    }

    @Override
    public int compareTo(IntBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(remaining(), that.remaining())) {
            return Integer.compare(get(position() + i), that.get(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    public int mismatch(IntBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        for (int i = 0; i < n; i++) {
            int a = get(position() + i), b = that.get(that.position() + i);
            if (a != b) {
                return i;
            }
        }
        return remaining() == that.remaining() ? -1 : n;
    }

    @Override
    public String toString() {
        return "java.nio.HeapIntBuffer" + (readOnly ? "R" : "") + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
    }
}
