/*
 * Reads newc cpio archives (the format of Linux's initramfs, "070701" and "070702" headers):
 * each member is a 110-byte ASCII header of thirteen 8-digit hex fields, the NUL-terminated
 * name padded to 4 bytes, and the data padded to 4 bytes; "TRAILER!!!" ends an archive, and
 * several archives may follow one another with zero padding between them, as Linux accepts.
 * next() returns members one by one, null at the end, and stops for good at the first damage:
 * error() then says what and where (bad magic, a non-hex digit, a name or data running past the
 * end, a missing trailer). It never reads outside the archive.
 */
package exo.kernel.fs.initramfs;

import exo.kernel.fs.Limits;

public final class CpioReader {
    static final int HEADER = 110;

    private final Archive in;
    private long pos;
    private String error;
    private boolean done;
    /** The last header read was a trailer (an archive must end with one). */
    private boolean sawTrailer;

    public CpioReader(Archive in) {
        this.in = in;
    }

    /** What stopped the reader early, or null. */
    public String error() {
        return error;
    }

    /** Bytes read so far (where the damage is, after an error). */
    public long position() {
        return pos;
    }

    private CpioEntry fail(String why) {
        error = why + " at byte " + pos;
        done = true;
        return null;
    }

    /** The next member (never the trailer), or null at the end or at the first damage. */
    public CpioEntry next() {
        while (!done) {
            skipZeroPadding();
            if (pos >= in.size()) {
                if (!sawTrailer) {
                    fail(in.size() == 0 ? "empty archive" : "archive ends without TRAILER!!!");
                }
                done = true;
                return null;
            }
            CpioEntry e = header();
            if (e == null) {
                return null;
            }
            sawTrailer = e.isTrailer();
            if (!sawTrailer) {
                return e;
            }
        }
        return null;
    }

    private void skipZeroPadding() {
        while (pos < in.size() && in.byteAt(pos) == 0) {
            pos++;
        }
    }

    private CpioEntry header() {
        if (in.size() - pos < HEADER) {
            return fail("truncated header");
        }
        if (!magic()) {
            return fail("not a newc cpio header (compressed archives are not supported)");
        }
        long[] f = new long[13];
        for (int i = 0; i < 13; i++) {
            f[i] = hex(pos + 6 + 8L * i);
            if (f[i] < 0) {
                return fail("bad hex digit in header field " + i);
            }
        }
        CpioEntry e = new CpioEntry();
        e.ino = f[0];
        e.mode = (int) f[1];
        e.uid = (int) f[2];
        e.gid = (int) f[3];
        e.nlink = (int) f[4];
        e.mtime = f[5];
        e.fileSize = f[6];
        e.devMajor = (int) f[7];
        e.devMinor = (int) f[8];
        e.rdevMajor = (int) f[9];
        e.rdevMinor = (int) f[10];
        long nameSize = f[11];
        if (nameSize < 1 || nameSize > Limits.PATH_MAX) {
            return fail("bad name size " + nameSize);
        }
        long nameAt = pos + HEADER;
        if (nameAt + nameSize > in.size()) {
            return fail("truncated name");
        }
        if (in.byteAt(nameAt + nameSize - 1) != 0) {
            return fail("name not NUL-terminated");
        }
        char[] name = new char[(int) nameSize - 1];
        for (int i = 0; i < name.length; i++) {
            name[i] = (char) in.byteAt(nameAt + i);
        }
        e.name = new String(name);
        e.dataOffset = align4(nameAt + nameSize);
        if (e.dataOffset > in.size() || e.fileSize > in.size() - e.dataOffset) {
            return fail("truncated data of " + e.name);
        }
        pos = align4(e.dataOffset + e.fileSize);
        return e;
    }

    private boolean magic() {
        String m = "07070";
        for (int i = 0; i < 5; i++) {
            if (in.byteAt(pos + i) != m.charAt(i)) {
                return false;
            }
        }
        int last = in.byteAt(pos + 5);
        return last == '1' || last == '2';
    }

    private long hex(long at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            int c = in.byteAt(at + i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }

    private static long align4(long x) {
        return (x + 3) & ~3L;
    }
}
