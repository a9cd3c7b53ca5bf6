/*
 * /dev: the nodes and links Linux has (types, numbers, modes), null/zero/full behaviour, the
 * random devices (ChaCha20 against RFC 8439's test vector, output that differs between reads and
 * changes when written to), the console stand-in, ENXIO for an unknown device number, EACCES
 * for device nodes on a nodev mount, and /dev/shm as its own tmpfs.
 */
package exo.kernel.fs.devfs;

import static exo.kernel.fs.FsFlags.AT_FDCWD;
import static exo.kernel.fs.FsFlags.AT_SYMLINK_NOFOLLOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.Names;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.vfs.Stat;
import exo.kernel.fs.vfs.StatFs;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DevFsTest {
    FsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
    }

    Stat lstat(String p) {
        Stat st = new Stat();
        assertEquals(0, fx.vfs.fstatat(fx.root, AT_FDCWD, p, AT_SYMLINK_NOFOLLOW, st), p);
        return st;
    }

    @Test
    void theNodesAndLinksLinuxHas() {
        List<String> names = fx.list("/dev");
        for (String n : new String[] {"null", "zero", "full", "random", "urandom", "tty", "console", "ttyS0", "fd",
            "stdin", "stdout", "stderr", "shm", "pts"}) {
            assertTrue(names.contains(n), n + " missing from " + names);
        }
        Stat st = lstat("/dev/null");
        assertTrue(FileMode.isCharDevice(st.mode));
        assertEquals(0666, st.mode & 07777);
        assertEquals(FileMode.makeDev(1, 3), st.rdev);
        assertEquals(FileMode.makeDev(5, 1), lstat("/dev/console").rdev);
        assertEquals(0600, lstat("/dev/console").mode & 07777);
        assertEquals(20, lstat("/dev/ttyS0").gid);
        assertEquals(FileMode.makeDev(4, 64), lstat("/dev/ttyS0").rdev);
        assertTrue(FileMode.isSymlink(lstat("/dev/stdout").mode));
        byte[] b = new byte[32];
        long n = fx.vfs.readlinkat(fx.root, AT_FDCWD, "/dev/stderr", new ArrayBuffer(b));
        assertEquals("/proc/self/fd/2", Names.fromBytes(b, 0, (int) n));
        StatFs sf = new StatFs();
        assertEquals(0, fx.vfs.statfs(fx.root, "/dev/shm", sf));
        assertEquals(StatFs.TMPFS_MAGIC, sf.type);
        assertEquals(01777, lstat("/dev/shm").mode & 07777);
        assertTrue(fx.vfs.mountsText(fx.vfs.root()).contains("devtmpfs /dev devtmpfs rw,nosuid,relatime,"));
        fx.check();
    }

    @Test
    void nullZeroAndFull() {
        int nul = fx.open("/dev/null", OpenFlags.O_RDWR);
        int zero = fx.open("/dev/zero", OpenFlags.O_RDWR);
        int full = fx.open("/dev/full", OpenFlags.O_RDWR);
        byte[] b = {1, 2, 3, 4};
        assertEquals(0, FileIo.read(fx.root, fx.fds, nul, new ArrayBuffer(b)));
        assertEquals(4, FileIo.write(fx.root, fx.fds, nul, new ArrayBuffer(b)));
        assertEquals(4, FileIo.read(fx.root, fx.fds, zero, new ArrayBuffer(b)));
        assertArrayEquals(new byte[4], b);
        assertEquals(2, FileIo.write(fx.root, fx.fds, zero, new ArrayBuffer(b, 0, 2)));
        assertEquals(-Errno.ENOSPC, FileIo.write(fx.root, fx.fds, full, new ArrayBuffer(b)));
        b[0] = 9;
        assertEquals(4, FileIo.read(fx.root, fx.fds, full, new ArrayBuffer(b)));
        assertEquals(0, b[0]);
        assertEquals(0, FileIo.lseek(fx.fds, nul, 100, exo.kernel.fs.FsFlags.SEEK_SET));
        assertEquals(4, FileIo.pread(fx.root, fx.fds, zero, new ArrayBuffer(b), 1000));
    }

    @Test
    void chacha20MatchesRfc8439() {
        // RFC 8439 section 2.3.2: key 00..1f, nonce 000000090000004a00000000, counter 1.
        int[] key = new int[8];
        for (int i = 0; i < 8; i++) {
            key[i] = (4 * i) | (4 * i + 1) << 8 | (4 * i + 2) << 16 | (4 * i + 3) << 24;
        }
        int[] nonce = {0x09000000, 0x4a000000, 0};
        byte[] out = new byte[64];
        ChaCha20.block(key, 1, nonce, out, 0);
        String expect = "10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4e"
                + "d2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e";
        StringBuilder hex = new StringBuilder();
        for (byte x : out) {
            hex.append(String.format("%02x", x & 0xFF));
        }
        assertEquals(expect, hex.toString());
    }

    @Test
    void randomDevicesGiveFreshBytesAndMixWhatIsWritten() {
        int fd = fx.open("/dev/urandom", OpenFlags.O_RDWR);
        byte[] a = new byte[256];
        byte[] b = new byte[256];
        assertEquals(256, FileIo.read(fx.root, fx.fds, fd, new ArrayBuffer(a)));
        assertEquals(256, FileIo.read(fx.root, fx.fds, fd, new ArrayBuffer(b)));
        assertFalse(java.util.Arrays.equals(a, b));
        int[] counts = new int[256];
        byte[] lots = new byte[65536];
        FileIo.read(fx.root, fx.fds, fd, new ArrayBuffer(lots));
        for (byte x : lots) {
            counts[x & 0xFF]++;
        }
        for (int c : counts) {
            assertTrue(c > 150 && c < 370, "byte frequency " + c); // expected 256 each
        }
        // Same seed, same stream; a write changes what follows.
        RandomDevice g1 = new RandomDevice(() -> 5);
        RandomDevice g2 = new RandomDevice(() -> 5);
        byte[] x1 = new byte[32];
        byte[] x2 = new byte[32];
        g1.fill(x1, 0, 32);
        g2.fill(x2, 0, 32);
        assertArrayEquals(x1, x2);
        g2.mix(new byte[] {1}, 0, 1);
        g1.fill(x1, 0, 32);
        g2.fill(x2, 0, 32);
        assertFalse(java.util.Arrays.equals(x1, x2));
        assertEquals(3, FileIo.write(fx.root, fx.fds, fd, ArrayBuffer.ofString("abc")));
    }

    @Test
    void consoleStandInWritesOutAndReadsEof() {
        StringBuilder seen = new StringBuilder();
        DeviceTable t = fx.layer.devices;
        t.register(5, 1, new ConsoleDevice((bytes, off, len) -> seen.append(Names.fromBytes(bytes, off, len))));
        int fd = fx.open("/dev/console", OpenFlags.O_RDWR);
        assertEquals(6, FileIo.write(fx.root, fx.fds, fd, ArrayBuffer.ofString("hello\n")));
        assertEquals("hello\n", seen.toString());
        assertEquals(0, FileIo.read(fx.root, fx.fds, fd, new ArrayBuffer(new byte[4])));
        assertEquals(-Errno.ENOTTY, FileIo.ioctl(fx.root, fx.fds, fd, 0x5401, 0));
    }

    @Test
    void unknownNumbersAndNodevMounts() {
        assertEquals(0, fx.vfs.mknodat(fx.root, AT_FDCWD, "/tmp/weird", FileMode.S_IFCHR | 0666, FileMode.makeDev(99, 1)));
        assertEquals(-Errno.ENXIO, fx.open("/tmp/weird", OpenFlags.O_RDONLY));
        assertEquals(0, fx.vfs.mknodat(fx.root, AT_FDCWD, "/tmp/blk", FileMode.S_IFBLK | 0666, FileMode.makeDev(8, 0)));
        assertEquals(-Errno.ENXIO, fx.open("/tmp/blk", OpenFlags.O_RDONLY));
        assertEquals(0, fx.vfs.mknodat(fx.root, AT_FDCWD, "/dev/shm/null", FileMode.S_IFCHR | 0666, FileMode.makeDev(1, 3)));
        assertEquals(-Errno.EACCES, fx.open("/dev/shm/null", OpenFlags.O_RDONLY)); // /dev/shm is nodev
        assertEquals(-Errno.EPERM, fx.vfs.mknodat(fx.user(1000, 1000), AT_FDCWD, "/tmp/mine",
                FileMode.S_IFCHR | 0666, FileMode.makeDev(1, 3)));
    }
}
