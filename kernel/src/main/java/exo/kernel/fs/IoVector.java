/*
 * Several caller buffers seen as one (readv, writev, preadv, pwritev): offsets run across the
 * segments in order, and each copy is split at segment boundaries. The syscall layer builds one
 * from the iovec array (one IoBuffer per iovec, after checking the count against IOV_MAX and the
 * total against overflow); the file layer never knows the difference. A segment that faults
 * ends the copy there, like a fault inside one buffer.
 */
package exo.kernel.fs;

public final class IoVector implements IoBuffer {
    /** Most iovecs one call may pass (Linux's UIO_MAXIOV). */
    public static final int IOV_MAX = 1024;

    private final IoBuffer[] segs;
    /** starts[i]: offset of segment i in the whole; starts[n] is the total length. */
    private final long[] starts;

    public IoVector(IoBuffer[] segments) {
        this.segs = segments.clone();
        this.starts = new long[segs.length + 1];
        for (int i = 0; i < segs.length; i++) {
            starts[i + 1] = starts[i] + segs[i].length();
        }
    }

    @Override
    public long length() {
        return starts[segs.length];
    }

    /** The segment holding offset (binary search over the starts). */
    private int segment(long offset) {
        int lo = 0;
        int hi = segs.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        while (lo < segs.length - 1 && starts[lo + 1] <= offset) {
            lo++; // skip empty segments
        }
        return lo;
    }

    private interface Copy {
        int apply(IoBuffer seg, long segOffset, int done, int n);
    }

    private int each(long offset, int len, Copy c) {
        if (offset < 0 || len < 0 || offset + len > length()) {
            throw new IndexOutOfBoundsException("offset " + offset + "+" + len + " in a vector of " + length());
        }
        int done = 0;
        int s = len == 0 ? 0 : segment(offset);
        while (done < len) {
            long at = offset + done - starts[s];
            int n = (int) Math.min(len - done, segs[s].length() - at);
            int c2 = n == 0 ? 0 : c.apply(segs[s], at, done, n);
            done += c2;
            if (c2 < n) {
                break;
            }
            s++;
        }
        return done;
    }

    @Override
    public int fromKernel(long offset, long srcAddr, int len) {
        return each(offset, len, (seg, at, done, n) -> seg.fromKernel(at, srcAddr + done, n));
    }

    @Override
    public int toKernel(long offset, long dstAddr, int len) {
        return each(offset, len, (seg, at, done, n) -> seg.toKernel(at, dstAddr + done, n));
    }

    @Override
    public int fromArray(long offset, byte[] src, int srcOff, int len) {
        return each(offset, len, (seg, at, done, n) -> seg.fromArray(at, src, srcOff + done, n));
    }

    @Override
    public int toArray(long offset, byte[] dst, int dstOff, int len) {
        return each(offset, len, (seg, at, done, n) -> seg.toArray(at, dst, dstOff + done, n));
    }

    @Override
    public int zero(long offset, int len) {
        return each(offset, len, (seg, at, done, n) -> seg.zero(at, n));
    }
}
