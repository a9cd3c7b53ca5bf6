/*
 * PID 1: the first program, started by the kernel itself. Its command line comes from a file
 * in the initramfs (NUL-separated words, as /proc/PID/cmdline; `./exo run -- CMD` writes it) or
 * from the kernel; a command without a slash is looked for in /bin, /usr/bin, /sbin and
 * /usr/sbin. It gets /dev/console as its three standard streams, root's credentials, / as its
 * directories and a minimal environment. Called by Boot.
 */
package exo.kernel.proc;

import exo.kernel.exec.ExecException;
import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.setup.FileLayer;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.fs.vfs.Stat;
import exo.kernel.fs.wait.Waiter;
import java.util.ArrayList;

public final class FirstProcess {
    private FirstProcess() {}

    static final String[] SEARCH_PATH = {"/bin", "/usr/bin", "/sbin", "/usr/sbin"};
    static final String[] ENVIRONMENT = {"PATH=/bin:/usr/bin:/sbin:/usr/sbin", "HOME=/", "TERM=linux"};
    /** The command file is a command line, not a program: 128 KiB is plenty. */
    static final int MAX_ARGV_BYTES = 128 * 1024;

    /** The NUL-separated words of file path in the file layer, or null when it cannot be read. */
    public static String[] readArgv(FileLayer files, String path) {
        FsContext k = files.kernelContext();
        OpenResult r = files.vfs.openat(k, FsFlags.AT_FDCWD, path, OpenFlags.O_RDONLY, 0);
        if (!r.ok()) {
            return null;
        }
        try {
            byte[] b = new byte[MAX_ARGV_BYTES];
            long n = r.file.pread(new ArrayBuffer(b), 0, k);
            if (n < 0) {
                return null;
            }
            ArrayList<String> words = new ArrayList<>();
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (b[i] == 0) {
                    words.add(w.toString());
                    w.setLength(0);
                } else {
                    w.append((char) (b[i] & 0xFF));
                }
            }
            if (w.length() > 0) {
                words.add(w.toString());
            }
            return words.toArray(new String[0]);
        } finally {
            r.file.put();
        }
    }

    /**
     * Starts argv under the kernel's own PID 1 (a run= boot, as `docker run --init`): the
     * command is PID 2, orphans are reaped by the kernel, and the command's end ends the boot.
     * Returns 0, or -errno when it cannot be found or loaded.
     */
    public static int startUnderKernelInit(FileLayer files, String[] argv) {
        String path = resolve(files, argv[0]);
        if (path == null) {
            return -Errno.ENOENT;
        }
        Process init = Processes.createKernelInit();
        return run(Processes.createChild(init, Exec.baseName(path), true), path, argv);
    }

    /** Starts argv as PID 1; returns 0, or -errno when it cannot be found or loaded. */
    public static int start(FileLayer files, String[] argv) {
        String path = resolve(files, argv[0]);
        if (path == null) {
            return -Errno.ENOENT;
        }
        return run(Processes.createInit(Exec.baseName(path)), path, argv);
    }

    private static int run(Process p, String path, String[] argv) {
        int r = Processes.openConsole(p);
        if (r < 0) {
            return r;
        }
        Exec.Image img;
        try {
            img = Exec.load(new FsContext(p.cred, p.fsState, p.fds, p.pid, Waiter.NEVER), path, argv, ENVIRONMENT);
        } catch (ExecException e) {
            return -e.errno();
        }
        Exec.commitNew(p, img);
        Processes.startFirstThread(p, img.entry, img.rsp);
        return 0;
    }

    /** The command itself when it has a slash, else the first match in SEARCH_PATH; or null. */
    static String resolve(FileLayer files, String command) {
        if (command.indexOf('/') >= 0) {
            return command;
        }
        FsContext k = files.kernelContext();
        for (String dir : SEARCH_PATH) {
            String candidate = dir + "/" + command;
            if (files.vfs.fstatat(k, FsFlags.AT_FDCWD, candidate, 0, new Stat()) == 0) {
                return candidate;
            }
        }
        return null;
    }
}
