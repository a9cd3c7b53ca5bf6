/*
 * The initramfs: newc archives unpacked into the tree (every file kind, modes, owners, times,
 * hard links, concatenated archives), archives made by GNU cpio and by tools/initramfs/MkCpio
 * (when the host has cpio and java), and damaged ones: bad magic, bad hex, cuts at every few
 * bytes, random garbage, hostile names. Damage stops the unpacking with a report, keeps what was
 * read before it, and leaves the file system consistent.
 */
package exo.kernel.fs.initramfs;

import static exo.kernel.fs.FsFlags.AT_FDCWD;
import static exo.kernel.fs.FsFlags.AT_SYMLINK_NOFOLLOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.Names;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.FsState;
import exo.kernel.fs.vfs.Stat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpioTest {
    FsFixture fx;

    @TempDir
    Path tmp;

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
    }

    /** Builds newc archives member by member. */
    static final class Newc {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        long ino = 100;

        Newc member(String name, int mode, int uid, int gid, int nlink, long mtime, byte[] data, long inode, int rmaj, int rmin) {
            byte[] n = (name + "\0").getBytes(StandardCharsets.UTF_8);
            long[] f = {inode, mode, uid, gid, nlink, mtime, data.length, 0, 0, rmaj, rmin, n.length, 0};
            StringBuilder h = new StringBuilder("070701");
            for (long v : f) {
                h.append(String.format("%08x", v));
            }
            out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(n);
            pad();
            out.writeBytes(data);
            pad();
            return this;
        }

        Newc file(String name, int mode, String text) {
            return member(name, 0100000 | mode, 0, 0, 1, 1000, text.getBytes(StandardCharsets.UTF_8), ino++, 0, 0);
        }

        Newc dir(String name, int mode) {
            return member(name, 040000 | mode, 0, 0, 2, 1000, new byte[0], ino++, 0, 0);
        }

        Newc trailer() {
            return member("TRAILER!!!", 0, 0, 0, 1, 0, new byte[0], 0, 0, 0);
        }

        void pad() {
            while (out.size() % 4 != 0) {
                out.write(0);
            }
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    Unpacker.Report unpack(byte[] archive) {
        return new Unpacker(fx.vfs, fx.root).unpack(new ArrayArchive(archive));
    }

    Stat lstat(String path) {
        Stat st = new Stat();
        assertEquals(0, fx.vfs.fstatat(fx.root, AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, st), path);
        return st;
    }

    @Test
    void everyKindOfMemberWithItsAttributes() {
        Newc a = new Newc().dir(".", 0755).dir("etc", 0755).file("etc/motd", 0644, "welcome\n")
                .member("etc/secret", 0100600, 1000, 50, 1, 123456789, "s".getBytes(), 7, 0, 0)
                .member("etc/link", 0120777, 0, 0, 1, 1000, "motd".getBytes(), 8, 0, 0)
                .member("etc/fifo", 010644, 0, 0, 1, 1000, new byte[0], 9, 0, 0)
                .member("etc/tty9", 020620, 0, 5, 1, 1000, new byte[0], 10, 4, 9)
                .member("./bin/", 040711, 0, 0, 2, 1000, new byte[0], 11, 0, 0)
                .member("/bin/suid", 0104755, 0, 0, 1, 1000, "x".getBytes(), 12, 0, 0)
                .member("bin/hard1", 0100644, 0, 0, 2, 1000, new byte[0], 13, 0, 0) // GNU cpio: data on the last link
                .member("bin/hard2", 0100644, 0, 0, 2, 1000, "shared".getBytes(), 13, 0, 0)
                .trailer();
        Unpacker.Report r = unpack(a.bytes());
        assertEquals(10, r.members, r.toString());
        assertEquals(0, r.failed, r.toString());
        assertNull(r.damage);
        assertEquals("welcome\n", fx.readText("/etc/motd"));
        Stat st = lstat("/etc/secret");
        assertEquals(0600, st.mode & 07777);
        assertEquals(1000, st.uid);
        assertEquals(50, st.gid);
        assertEquals(123456789_000_000_000L, st.mtimeNs);
        assertTrue(FileMode.isSymlink(lstat("/etc/link").mode));
        assertEquals("welcome\n", fx.readText("/etc/link"));
        assertTrue(FileMode.isFifo(lstat("/etc/fifo").mode));
        st = lstat("/etc/tty9");
        assertTrue(FileMode.isCharDevice(st.mode));
        assertEquals(FileMode.makeDev(4, 9), st.rdev);
        assertEquals(0711, lstat("/bin").mode & 07777);
        assertEquals(04755, lstat("/bin/suid").mode & 07777);
        assertEquals("shared", fx.readText("/bin/hard1"));
        assertEquals(2, lstat("/bin/hard1").nlink);
        assertEquals(lstat("/bin/hard1").ino, lstat("/bin/hard2").ino);
        fx.check();
    }

    @Test
    void concatenatedArchivesWithPaddingAndRepeatedDirectories() {
        byte[] one = new Newc().dir("d", 0755).file("d/a", 0644, "A").trailer().bytes();
        byte[] two = new Newc().dir("d", 0700).file("d/b", 0644, "B").trailer().bytes();
        byte[] both = new byte[one.length + 512 + two.length];
        System.arraycopy(one, 0, both, 0, one.length);
        System.arraycopy(two, 0, both, one.length + 512, two.length);
        Unpacker.Report r = unpack(both);
        assertEquals(4, r.members);
        assertNull(r.damage);
        assertEquals("A", fx.readText("/d/a"));
        assertEquals("B", fx.readText("/d/b"));
        assertEquals(0700, lstat("/d").mode & 07777); // the later listing's attributes win
    }

    @Test
    void damageStopsTheReadingAndKeepsWhatCameBefore() {
        byte[] good = new Newc().file("first", 0644, "1").file("second", 0644, "2").file("third", 0644, "3")
                .trailer().bytes();
        int third = indexOf(good, "third") - CpioReader.HEADER;
        byte[] badMagic = good.clone();
        badMagic[third] = 'X';
        Unpacker.Report r = unpack(badMagic);
        assertEquals(2, r.members);
        assertTrue(r.damage.startsWith("not a newc cpio header"), r.damage);
        assertTrue(r.toString().contains("archive damaged"), r.toString());
        assertEquals("2", fx.readText("/second"));
        fx.check();

        setUp();
        byte[] badHex = good.clone();
        badHex[third + 6 + 8 * 6 + 3] = 'g'; // in the file size field
        r = unpack(badHex);
        assertEquals(2, r.members);
        assertTrue(r.damage.contains("bad hex digit in header field 6"), r.damage);

        setUp();
        byte[] hugeSize = good.clone();
        byte[] ff = "7fffffff".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ff, 0, hugeSize, third + 6 + 8 * 6, 8);
        r = unpack(hugeSize);
        assertEquals(2, r.members);
        assertTrue(r.damage.contains("truncated data of third"), r.damage);
    }

    @Test
    void cutsAtEveryFewBytesNeverCrashAndKeepTheWholeMembersBefore() {
        Newc n = new Newc().dir("d", 0755);
        for (int i = 0; i < 8; i++) {
            n.file("d/f" + i, 0644, "content " + i + " ".repeat(i * 50));
        }
        byte[] full = n.trailer().bytes();
        fx = new FsFixture(32L << 20); // room for every cut's copy
        for (int cut = 0; cut < full.length; cut += 11) {
            String dir = "/cut" + cut;
            assertEquals(0, fx.vfs.mkdirat(fx.root, AT_FDCWD, dir, 0755));
            FsContext jail = jailedAt(dir);
            Unpacker.Report r = new Unpacker(fx.vfs, jail).unpack(new ArrayArchive(Arrays.copyOf(full, cut)));
            assertEquals(0, r.failed);
            int complete = 0;
            for (int i = 0; i < 8; i++) {
                if (fx.vfs.fstatat(fx.root, AT_FDCWD, dir + "/d/f" + i, 0, new Stat()) == 0) {
                    assertEquals("content " + i + " ".repeat(i * 50), fx.readText(dir + "/d/f" + i));
                    complete++;
                }
            }
            assertEquals(r.members, complete + (r.members > 0 ? 1 : 0));
            assertNotNull(r.damage, "cut at " + cut); // even at a member boundary: no trailer
        }
        fx.check();
    }

    FsContext jailedAt(String dir) {
        FsState s = new FsState(fx.vfs.root(), fx.vfs.root(), 0);
        FsContext c = new FsContext(fx.root.cred, s, fx.fds, 1, fx.waiter);
        assertEquals(0, fx.vfs.chroot(c, dir));
        return c;
    }

    @Test
    void randomGarbageIsReportedNotFatal() {
        Random rnd = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] junk = new byte[rnd.nextInt(600)];
            rnd.nextBytes(junk);
            if (round % 2 == 0 && junk.length > 6) {
                System.arraycopy("070701".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 6); // a plausible start
            }
            Unpacker.Report r = unpack(junk);
            assertNotNull(r.damage, "round " + round); // junk never ends in a proper trailer
        }
        fx.check();
    }

    @Test
    void hostileNamesAreRefused() {
        byte[] a = new Newc().file("../../escape", 0644, "no").file("ok/../../x", 0644, "no")
                .file("fine", 0644, "yes").file("missing/dir/f", 0644, "no parent").trailer().bytes();
        Unpacker.Report r = unpack(a);
        assertEquals(1, r.members);
        assertEquals(3, r.failed);
        assertTrue(r.firstFailure.startsWith("../../escape"), r.firstFailure);
        assertEquals("yes", fx.readText("/fine"));
    }

    @Test
    void archivesFromGnuCpioAndMkCpioUnpackToTheSameTree() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("bin"));
        Files.writeString(src.resolve("bin/tool"), "#!/bin/sh\necho tool\n");
        src.resolve("bin/tool").toFile().setExecutable(true);
        byte[] big = new byte[70_000];
        new Random(1).nextBytes(big);
        Files.write(src.resolve("bin/blob"), big);
        Files.createSymbolicLink(src.resolve("bin/alias"), Paths.get("tool"));
        Files.createDirectories(src.resolve("empty/dir"));

        Path mk = tmp.resolve("mk.cpio");
        Path tool = Paths.get("..", "tools", "initramfs", "MkCpio.java").toAbsolutePath().normalize();
        run(tmp, Paths.get(System.getProperty("java.home"), "bin", "java").toString(), tool.toString(), mk.toString(),
                "--root", src.toString());
        checkTree(Files.readAllBytes(mk), big);

        setUp();
        Path gnu = tmp.resolve("gnu.cpio");
        Assumptions.assumeTrue(Files.isExecutable(Paths.get("/usr/bin/cpio")), "GNU cpio not installed");
        run(src, "sh", "-c", "find . | LC_ALL=C sort | cpio -o -H newc --quiet > " + gnu);
        checkTree(Files.readAllBytes(gnu), big);
        // And GNU cpio reads MkCpio's archive.
        String listing = run(tmp, "sh", "-c", "cpio -it --quiet < " + mk);
        assertEquals("bin\nbin/alias\nbin/blob\nbin/tool\nempty\nempty/dir\n", listing);
    }

    private void checkTree(byte[] archive, byte[] big) {
        Unpacker.Report r = unpack(archive);
        assertEquals(0, r.failed, r.toString());
        assertNull(r.damage, r.toString());
        assertEquals("#!/bin/sh\necho tool\n", fx.readText("/bin/tool"));
        assertTrue((lstat("/bin/tool").mode & 0100) != 0);
        assertArrayEquals(big, fx.readFile(fx.root, "/bin/blob"));
        byte[] b = new byte[16];
        assertEquals(4, fx.vfs.readlinkat(fx.root, AT_FDCWD, "/bin/alias", new ArrayBuffer(b)));
        assertEquals("tool", Names.fromBytes(b, 0, 4));
        assertTrue(FileMode.isDir(lstat("/empty/dir").mode));
        fx.check();
    }

    private static String run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static int indexOf(byte[] hay, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= hay.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (hay[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
