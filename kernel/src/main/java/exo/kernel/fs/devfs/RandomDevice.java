/*
 * /dev/random and /dev/urandom (1:8 and 1:9; since Linux 5.6 both behave alike once seeded, and
 * here they are seeded at creation): a ChaCha20 keystream generator. The key comes from the
 * EntropySource, and after every read the generator replaces its key with fresh keystream
 * ("fast key erasure"), so earlier output cannot be recomputed from a later state. Writes mix
 * the written bytes into the key. Reads are never short and never block. getrandom(2) (the
 * process layer) can call fill() directly. One generator per kernel, under its monitor.
 */
package exo.kernel.fs.devfs;

import exo.kernel.fs.Errno;
import exo.kernel.fs.IoBuffer;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenResult;

public final class RandomDevice implements CharDevice {
    private final int[] key = new int[8];
    private final int[] nonce = new int[3];
    private final byte[] block = new byte[64];
    private int counter;

    public RandomDevice(EntropySource entropy) {
        for (int i = 0; i < 8; i += 2) {
            long v = entropy.next64();
            key[i] ^= (int) v;
            key[i + 1] ^= (int) (v >>> 32);
        }
        long n = entropy.next64();
        nonce[0] = (int) n;
        nonce[1] = (int) (n >>> 32);
    }

    /** Fills dst[off, off+len) with random bytes. */
    public synchronized void fill(byte[] dst, int off, int len) {
        int done = 0;
        while (done < len) {
            ChaCha20.block(key, counter++, nonce, block, 0);
            int n = Math.min(64, len - done);
            System.arraycopy(block, 0, dst, off + done, n);
            done += n;
        }
        rekey();
    }

    private void rekey() {
        ChaCha20.block(key, counter++, nonce, block, 0);
        for (int i = 0; i < 8; i++) {
            key[i] = (block[4 * i] & 0xFF) | (block[4 * i + 1] & 0xFF) << 8
                    | (block[4 * i + 2] & 0xFF) << 16 | (block[4 * i + 3] & 0xFF) << 24;
        }
        nonce[2]++;
        counter = 0;
    }

    /** Mixes bytes into the key (writes to the device). */
    public synchronized void mix(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            int w = (i / 4) % 8;
            key[w] = Integer.rotateLeft(key[w], 8) ^ (b[off + i] & 0xFF);
        }
        rekey();
    }

    @Override
    public OpenResult open(Dentry d, int flags, FsContext ctx) {
        return OpenResult.of(new File(d, flags, this));
    }

    private static final class File extends DeviceFile {
        private final RandomDevice gen;

        File(Dentry d, int flags, RandomDevice gen) {
            super(d, flags);
            this.gen = gen;
        }

        @Override
        public long read(IoBuffer buf, FsContext ctx) {
            long len = buf.length();
            byte[] chunk = new byte[(int) Math.min(len, 4096)];
            long done = 0;
            while (done < len) {
                int n = (int) Math.min(chunk.length, len - done);
                gen.fill(chunk, 0, n);
                int c = buf.fromArray(done, chunk, 0, n);
                done += c;
                if (c < n) {
                    return done > 0 ? done : -Errno.EFAULT;
                }
            }
            return done;
        }

        @Override
        public long write(IoBuffer buf, FsContext ctx) {
            long len = buf.length();
            byte[] chunk = new byte[(int) Math.min(len, 4096)];
            long done = 0;
            while (done < len) {
                int n = (int) Math.min(chunk.length, len - done);
                int c = buf.toArray(done, chunk, 0, n);
                gen.mix(chunk, 0, c);
                done += c;
                if (c < n) {
                    return done > 0 ? done : -Errno.EFAULT;
                }
            }
            return done;
        }
    }
}
