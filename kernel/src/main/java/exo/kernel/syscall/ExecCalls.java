/*
 * execve and execveat: the path, the argument and environment vectors are read from user memory
 * (each string at most 32 pages, MAX_ARG_STRLEN; their total checked by the loader against a
 * quarter of the stack limit, E2BIG), then proc.Exec loads the program. On success the call
 * does not return to the old program: the thread's registers now point at the new one.
 * Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.exec.ExecException;
import exo.kernel.fs.Errno;
import exo.kernel.proc.Exec;
import exo.kernel.proc.ProcessLimits;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.uaccess.UserStrings;
import exo.kernel.vm.AddressSpace;
import java.util.ArrayList;

final class ExecCalls {
    private ExecCalls() {}

    static final int MAX_ARG_STRLEN = 32 * 4096;
    static final int MAX_ARG_STRINGS = 0x7FFFFFFF;

    static long execve(Task t, long pathAddr, long argvAddr, long envpAddr) {
        AddressSpace mm = t.process.mm();
        int[] err = new int[1];
        String path = UserStrings.path(mm, pathAddr, err);
        if (path == null) {
            return -err[0];
        }
        String[] argv = readVector(mm, argvAddr, err);
        if (argv == null) {
            return -err[0];
        }
        if (argv.length == 0) {
            argv = new String[] {""};   // Linux 5.18 on: an empty argv gets "" as argv[0]
        }
        String[] envp = readVector(mm, envpAddr, err);
        if (envp == null) {
            return -err[0];
        }
        Exec.Image img;
        try {
            img = Exec.load(t.fsContext(), path, argv, envp, ProcessLimits.stackLimit(t.process));
        } catch (ExecException e) {
            return -e.errno();
        }
        Strace.beforeRewrite(t, t.frame());
        Exec.commit(t, img);
        return 0;
    }

    /** A NULL-terminated array of string pointers (a NULL array is empty, as Linux allows). */
    private static String[] readVector(AddressSpace mm, long addr, int[] err) {
        ArrayList<String> out = new ArrayList<>();
        if (addr == 0) {
            return new String[0];
        }
        boolean[] ok = {true};
        for (long p = addr;; p += 8) {
            long s = UserMemory.readLong(mm, p, ok);
            if (!ok[0]) {
                err[0] = Errno.EFAULT;
                return null;
            }
            if (s == 0) {
                break;
            }
            if (out.size() >= MAX_ARG_STRINGS) {
                err[0] = Errno.E2BIG;
                return null;
            }
            String str = UserStrings.read(mm, s, MAX_ARG_STRLEN, Errno.E2BIG, err);
            if (str == null) {
                return null;
            }
            out.add(str);
        }
        return out.toArray(new String[0]);
    }
}
