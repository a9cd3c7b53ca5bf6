/*
 * A buffer of bytes over a byte array (heap buffer): relative and absolute get/put of bytes
 * and of every primitive type in the buffer's byte order (big-endian unless set), bulk
 * transfers, slices and duplicates sharing the array, read-only views, compact, and the
 * JDK's equals/compareTo/toString. allocateDirect gives a heap buffer too.
 */
package java.nio;

import java.util.Objects;

public abstract class ByteBuffer extends Buffer implements Comparable<ByteBuffer> {
    final byte[] hb;
    final int offset;
    final boolean readOnly;

    ByteBuffer(int mark, int pos, int lim, int cap, byte[] hb, int offset, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
    }

    /** The one concrete class: over hb from offset. */
    static final class Heap extends ByteBuffer {
        Heap(int mark, int pos, int lim, int cap, byte[] hb, int offset, boolean readOnly) {
            super(mark, pos, lim, cap, hb, offset, readOnly);
        }
    }

    public static ByteBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Heap(-1, 0, capacity, capacity, new byte[capacity], 0, false);
    }

    public static ByteBuffer wrap(byte[] array, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array.length);
        return new Heap(-1, offset, offset + length, array.length, array, 0, false);
    }

    public static ByteBuffer wrap(byte[] array) {
        return wrap(array, 0, array.length);
    }

    private void writable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    @Override
    public ByteBuffer slice() {
        int pos = position(), lim = limit();
        int rem = pos <= lim ? lim - pos : 0;
        return new Heap(-1, 0, rem, rem, hb, offset + pos, readOnly);
    }

    @Override
    public ByteBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return new Heap(-1, 0, length, length, hb, offset + index, readOnly);
    }

    @Override
    public ByteBuffer duplicate() {
        return new Heap(markValue(), position(), limit(), capacity(), hb, offset, readOnly);
    }

    public ByteBuffer asReadOnlyBuffer() {
        return new Heap(markValue(), position(), limit(), capacity(), hb, offset, true);
    }

    public byte get() {
        return hb[offset + nextGetIndex(1)];
    }

    public byte get(int index) {
        return hb[offset + checkIndex(index, 1)];
    }

    public ByteBuffer get(byte[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        if (length > remaining()) {
            throw new BufferUnderflowException();
        }
        int pos = position();
        System.arraycopy(hb, offset + pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public ByteBuffer get(byte[] dst) {
        return get(dst, 0, dst.length);
    }

    public ByteBuffer get(int index, byte[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        System.arraycopy(hb, offset + index, dst, off, length);
        return this;
    }

    public ByteBuffer get(int index, byte[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public ByteBuffer put(byte x) {
        writable();
        hb[offset + nextPutIndex(1)] = x;
        return this;
    }

    public ByteBuffer put(int index, byte x) {
        writable();
        hb[offset + checkIndex(index, 1)] = x;
        return this;
    }

    public ByteBuffer put(byte[] src, int off, int length) {
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

    public final ByteBuffer put(byte[] src) {
        return put(src, 0, src.length);
    }

    public ByteBuffer put(int index, byte[] src, int off, int length) {
        writable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        System.arraycopy(src, off, hb, offset + index, length);
        return this;
    }

    public ByteBuffer put(int index, byte[] src) {
        return put(index, src, 0, src.length);
    }

    public ByteBuffer put(ByteBuffer src) {
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

    public ByteBuffer compact() {
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
    public final byte[] array() {
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

    private boolean bigEndian = true;

    public final ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public final ByteBuffer order(ByteOrder bo) {
        bigEndian = bo == ByteOrder.BIG_ENDIAN;
        return this;
    }

    public static ByteBuffer allocateDirect(int capacity) {
        return allocate(capacity);
    }

    public final int alignmentOffset(int index, int unitSize) {
        return (offset + index) % unitSize;
    }

    // ---- multi-byte values in the buffer's order --------------------------------------

    private long load(int index, int n) {
        long v = 0;
        int base = offset + index;
        if (bigEndian) {
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (hb[base + i] & 0xFF);
            }
        } else {
            for (int i = n - 1; i >= 0; i--) {
                v = (v << 8) | (hb[base + i] & 0xFF);
            }
        }
        return v;
    }

    private void store(int index, int n, long v) {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        int base = offset + index;
        for (int i = 0; i < n; i++) {
            int shift = bigEndian ? 8 * (n - 1 - i) : 8 * i;
            hb[base + i] = (byte) (v >>> shift);
        }
    }

    public char getChar() {
        return (char) load(nextGetIndex(2), 2);
    }

    public char getChar(int index) {
        return (char) load(checkIndex(index, 2), 2);
    }

    public ByteBuffer putChar(char value) {
        store(nextPutIndex(2), 2, value);
        return this;
    }

    public ByteBuffer putChar(int index, char value) {
        store(checkIndex(index, 2), 2, value);
        return this;
    }

    public short getShort() {
        return (short) load(nextGetIndex(2), 2);
    }

    public short getShort(int index) {
        return (short) load(checkIndex(index, 2), 2);
    }

    public ByteBuffer putShort(short value) {
        store(nextPutIndex(2), 2, value);
        return this;
    }

    public ByteBuffer putShort(int index, short value) {
        store(checkIndex(index, 2), 2, value);
        return this;
    }

    public int getInt() {
        return (int) load(nextGetIndex(4), 4);
    }

    public int getInt(int index) {
        return (int) load(checkIndex(index, 4), 4);
    }

    public ByteBuffer putInt(int value) {
        store(nextPutIndex(4), 4, value);
        return this;
    }

    public ByteBuffer putInt(int index, int value) {
        store(checkIndex(index, 4), 4, value);
        return this;
    }

    public long getLong() {
        return load(nextGetIndex(8), 8);
    }

    public long getLong(int index) {
        return load(checkIndex(index, 8), 8);
    }

    public ByteBuffer putLong(long value) {
        store(nextPutIndex(8), 8, value);
        return this;
    }

    public ByteBuffer putLong(int index, long value) {
        store(checkIndex(index, 8), 8, value);
        return this;
    }

    public float getFloat() {
        return Float.intBitsToFloat(getInt());
    }

    public float getFloat(int index) {
        return Float.intBitsToFloat(getInt(index));
    }

    public ByteBuffer putFloat(float value) {
        return putInt(Float.floatToRawIntBits(value));
    }

    public ByteBuffer putFloat(int index, float value) {
        return putInt(index, Float.floatToRawIntBits(value));
    }

    public double getDouble() {
        return Double.longBitsToDouble(getLong());
    }

    public double getDouble(int index) {
        return Double.longBitsToDouble(getLong(index));
    }

    public ByteBuffer putDouble(double value) {
        return putLong(Double.doubleToRawLongBits(value));
    }

    public ByteBuffer putDouble(int index, double value) {
        return putLong(index, Double.doubleToRawLongBits(value));
    }

    @Override
    public ByteBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public ByteBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public ByteBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public ByteBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public ByteBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public ByteBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public ByteBuffer rewind() {
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
        if (!(ob instanceof ByteBuffer)) {
            return false;
        }
        ByteBuffer that = (ByteBuffer) ob;
        if (this.remaining() != that.remaining()) {
            return false;
        }
        return mismatch(that) < 0;
    }

    @Override
    public int compareTo(ByteBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(remaining(), that.remaining())) {
            return Byte.compare(get(position() + i), that.get(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    public int mismatch(ByteBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        for (int i = 0; i < n; i++) {
            byte a = get(position() + i), b = that.get(that.position() + i);
            if (a != b) {
                return i;
            }
        }
        return remaining() == that.remaining() ? -1 : n;
    }

    @Override
    public String toString() {
        return "java.nio.HeapByteBuffer" + (readOnly ? "R" : "") + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
    }
}
