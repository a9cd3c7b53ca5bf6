/*
 * The file layer as Boot will use it: the standard tree, boot modules unpacked from (simulated)
 * physical memory, and execve's open of a program with its permission rules.
 */
package exo.kernel.fs.setup;

import static exo.kernel.fs.FsFlags.AT_FDCWD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Memory;
import exo.kernel.boot.BootInfo;
import exo.kernel.boot.BootModule;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.fs.vfs.Vfs;
import exo.kernel.fs.tmpfs.TmpFs;
import exo.kernel.mm.PhysAddr;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileLayerTest {
    static byte[] archive() {
        StringBuilder a = new StringBuilder();
        String[][] members = {{"040755", "bin", ""}, {"0100755", "bin/init", "\u007fELF..."}, {"0", "TRAILER!!!", ""}};
        for (String[] m : members) {
            a.append("070701");
            long[] f = {1, Long.parseLong(m[0], 8), 0, 0, 1, 0, m[2].length(), 0, 0, 0, 0, m[1].length() + 1, 0};
            for (long v : f) {
                a.append(String.format("%08x", v));
            }
            a.append(m[1]).append('\0');
            while (a.length() % 4 != 0) {
                a.append('\0');
            }
            a.append(m[2]);
            while (a.length() % 4 != 0) {
                a.append('\0');
            }
        }
        return a.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void bootModulesAreUnpackedIntoTheTree() {
        FsFixture fx = new FsFixture();
        byte[] a = archive();
        long phys = 0x3000000;
        for (int i = 0; i < a.length; i++) {
            Memory.write8(PhysAddr.toVirt(phys) + i, a[i]);
        }
        BootInfo info = new BootInfo();
        info.modules.add(new BootModule(phys, phys + a.length, "initramfs"));
        fx.layer.unpackModules(info);
        assertEquals("\u007fELF...", fx.readText("/bin/init"));
        assertTrue(fx.list("/").containsAll(java.util.List.of("bin", "dev", "proc", "tmp")));
        fx.check();
    }

    @Test
    void openExecChecksTheProgram() {
        FsFixture fx = new FsFixture();
        Vfs vfs = fx.vfs;
        fx.writeFile("/prog", "x");
        assertEquals(-Errno.EACCES, vfs.openExec(fx.root, AT_FDCWD, "/prog", 0).error); // no x bit, even for root
        assertEquals(0, vfs.fchmodat(fx.root, AT_FDCWD, "/prog", 0711, 0));
        OpenResult r = vfs.openExec(fx.user(1000, 1000), AT_FDCWD, "/prog", 0);
        assertTrue(r.ok()); // x without r is enough
        r.file.put();
        assertEquals(0, vfs.fchmodat(fx.root, AT_FDCWD, "/prog", 0700, 0));
        assertEquals(-Errno.EACCES, vfs.openExec(fx.user(1000, 1000), AT_FDCWD, "/prog", 0).error);
        assertEquals(-Errno.EACCES, vfs.openExec(fx.root, AT_FDCWD, "/tmp", 0).error);
        assertEquals(-Errno.EACCES, vfs.openExec(fx.root, AT_FDCWD, "/dev/null", 0).error);
        assertEquals(-Errno.ENOENT, vfs.openExec(fx.root, AT_FDCWD, "/nope", 0).error);
        assertEquals(0, vfs.symlinkat(fx.root, "prog", AT_FDCWD, "/link"));
        r = vfs.openExec(fx.root, AT_FDCWD, "/link", 0);
        assertTrue(r.ok());
        r.file.put();
        assertEquals(-Errno.ELOOP, vfs.openExec(fx.root, AT_FDCWD, "/link", FsFlags.AT_SYMLINK_NOFOLLOW).error);
        assertEquals(0, vfs.mkdirat(fx.root, AT_FDCWD, "/noexec", 0755));
        TmpFs t = new TmpFs(fx.clock, fx.frames, 1 << 20, 10, 0755, 0, 0);
        assertEquals(0, vfs.mountAt(fx.root, "/noexec", t, FsFlags.MS_NOEXEC));
        fx.writeFile("/noexec/p", "x");
        assertEquals(0, vfs.fchmodat(fx.root, AT_FDCWD, "/noexec/p", 0755, 0));
        assertEquals(-Errno.EACCES, vfs.openExec(fx.root, AT_FDCWD, "/noexec/p", 0).error);
    }
}
