/*
 * A stand-in for the terminal devices (console 5:1, tty 5:0, ttyS0 4:64) until the TTY layer
 * registers the real ones: writes go to the kernel console (serial and VGA), reads report end of
 * file, and terminal ioctls are ENOTTY. It is an output path, not a terminal: no line discipline,
 * no input, no job control.
 */
package exo.kernel.fs.devfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenResult;

public final class ConsoleDevice implements CharDevice {
    /** Where the bytes go (the kernel console in the kernel; a byte collector in tests). */
    public interface Output {
        void write(byte[] b, int off, int len);
    }

    private final Output out;

    public ConsoleDevice(Output out) {
        this.out = out;
    }

    @Override
    public OpenResult open(Dentry d, int flags, FsContext ctx) {
        return OpenResult.of(new File(d, flags, out));
    }

    private static final class File extends DeviceFile {
        private final Output out;

        File(Dentry d, int flags, Output out) {
            super(d, flags);
            this.out = out;
        }

        @Override
        public long read(IoBuffer buf, FsContext ctx) {
            return 0;
        }

        @Override
        public long write(IoBuffer buf, FsContext ctx) {
            long len = buf.length();
            byte[] chunk = new byte[(int) Math.min(len, 1024)];
            long done = 0;
            while (done < len) {
                int n = (int) Math.min(chunk.length, len - done);
                int c = buf.toArray(done, chunk, 0, n);
                out.write(chunk, 0, c);
                done += c;
                if (c < n) {
                    return done > 0 ? done : -Errno.EFAULT;
                }
            }
            return done;
        }
    }
}
