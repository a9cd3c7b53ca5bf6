/*
 * The file systems init needs before anything else runs: /proc, /dev and /dev/pts, each
 * mounted only when it is not a mount point already (the kernel or an earlier init may have
 * done it; on a Linux host all three are there). A failure is reported and init goes on: a
 * shell without /dev/pts is still a shell.
 */
package exo.userland.init;

import exo.sys.Errno;
import exo.sys.Machine;
import exo.sys.Stat;
import exo.sys.Sys;
import exo.sys.SysException;

final class Mounts {
    private Mounts() {}

    /** {source, directory, type}, in order: /dev/pts lives on /dev. */
    private static final String[][] NEEDED = {
        {"proc", "/proc", "proc"},
        {"devtmpfs", "/dev", "devtmpfs"},
        {"devpts", "/dev/pts", "devpts"},
    };

    static void ensure(Log log) {
        for (String[] m : NEEDED) {
            if (isMountPoint(m[1])) {
                continue;
            }
            try {
                makeDirectory(m[1]);
                Machine.mount(m[0], m[1], m[2], 0);
                log.detail("mounted " + m[2] + " on " + m[1]);
            } catch (SysException e) {
                log.say(e.getMessage());
            }
        }
    }

    /** True when dir is on another file system than its parent (or is the root). */
    static boolean isMountPoint(String dir) {
        int slash = dir.lastIndexOf('/');
        String parent = slash <= 0 ? "/" : dir.substring(0, slash);
        try {
            Stat here = Sys.stat(dir);
            Stat above = Sys.stat(parent);
            return here.dev != above.dev || here.ino == above.ino;
        } catch (SysException e) {
            return false;
        }
    }

    private static void makeDirectory(String dir) {
        try {
            Sys.mkdir(dir, 0755);
        } catch (SysException e) {
            if (e.errno() != Errno.EEXIST) {
                throw e;
            }
        }
    }
}
