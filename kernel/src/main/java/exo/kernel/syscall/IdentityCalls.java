/*
 * The identity system calls: the user and group id getters (getuid ... getresgid), the
 * setters with their saved set-user-ID rules (setuid, setreuid, setresuid, setfsuid and the gid
 * twins: proc.CredentialRules decides, proc.ProcessCredentials applies), and the supplementary
 * groups (getgroups, setgroups, which needs privilege). An id of -1 means "unchanged" to the
 * re/res calls; to setuid and setgid it is not a valid id (EINVAL), and setfsuid takes it as a
 * query. capget/capset are CapabilityCalls'. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.proc.CredentialRules;
import exo.kernel.proc.ProcessCredentials;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;

final class IdentityCalls {
    private IdentityCalls() {}

    /** NGROUPS_MAX: the most supplementary groups a process may have. */
    static final int NGROUPS_MAX = 65536;
    static final int INVALID_ID = -1;

    static long getuid(Task t) {
        return t.process.cred().uid;
    }

    static long geteuid(Task t) {
        return t.process.cred().euid;
    }

    static long getgid(Task t) {
        return t.process.cred().gid;
    }

    static long getegid(Task t) {
        return t.process.cred().egid;
    }

    static long getresuid(Task t, long ruidAddr, long euidAddr, long suidAddr) {
        Credentials c = t.process.cred();
        return writeIds(t, new long[] {ruidAddr, euidAddr, suidAddr}, new int[] {c.uid, c.euid, c.suid});
    }

    static long getresgid(Task t, long rgidAddr, long egidAddr, long sgidAddr) {
        Credentials c = t.process.cred();
        return writeIds(t, new long[] {rgidAddr, egidAddr, sgidAddr}, new int[] {c.gid, c.egid, c.sgid});
    }

    static long setuid(Task t, int uid) {
        return uid == INVALID_ID ? -Errno.EINVAL : ProcessCredentials.change(t, c -> CredentialRules.setuid(c, uid));
    }

    static long setgid(Task t, int gid) {
        return gid == INVALID_ID ? -Errno.EINVAL : ProcessCredentials.change(t, c -> CredentialRules.setgid(c, gid));
    }

    static long setreuid(Task t, int ruid, int euid) {
        return ProcessCredentials.change(t, c -> CredentialRules.setreuid(c, ruid, euid));
    }

    static long setregid(Task t, int rgid, int egid) {
        return ProcessCredentials.change(t, c -> CredentialRules.setregid(c, rgid, egid));
    }

    static long setresuid(Task t, int ruid, int euid, int suid) {
        return ProcessCredentials.change(t, c -> CredentialRules.setresuid(c, ruid, euid, suid));
    }

    static long setresgid(Task t, int rgid, int egid, int sgid) {
        return ProcessCredentials.change(t, c -> CredentialRules.setresgid(c, rgid, egid, sgid));
    }

    /** setfsuid: always the previous fsuid; the change happens only when allowed. */
    static long setfsuid(Task t, int fsuid) {
        return ProcessCredentials.exchange(t, c -> CredentialRules.setfsuid(c, fsuid)).fsuid;
    }

    static long setfsgid(Task t, int fsgid) {
        return ProcessCredentials.exchange(t, c -> CredentialRules.setfsgid(c, fsgid)).fsgid;
    }

    /** getgroups(size, list): the count when size is 0, else the groups (EINVAL if they do not fit). */
    static long getgroups(Task t, int size, long listAddr) {
        if (size < 0) {
            return -Errno.EINVAL;
        }
        Credentials c = t.process.cred();
        int n = c.groupCount();
        if (size == 0) {
            return n;
        }
        if (size < n) {
            return -Errno.EINVAL;
        }
        byte[] b = new byte[4 * n];
        for (int i = 0; i < n; i++) {
            Le.put32(b, 4 * i, c.group(i));
        }
        return UserMemory.copyOutArray(t.process.mm(), listAddr, b, 0, b.length) == b.length ? n : -Errno.EFAULT;
    }

    static long setgroups(Task t, long size, long listAddr) {
        if (!t.process.cred().isRoot()) {
            return -Errno.EPERM;   // Linux checks the privilege before anything else
        }
        if (size < 0 || size > NGROUPS_MAX) {
            return -Errno.EINVAL;
        }
        int n = (int) size;
        byte[] b = new byte[4 * n];
        if (UserMemory.copyInArray(t.process.mm(), listAddr, b, 0, b.length) != b.length) {
            return -Errno.EFAULT;
        }
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
            groups[i] = Le.get32(b, 4 * i);
            if (groups[i] == INVALID_ID) {
                return -Errno.EINVAL;
            }
        }
        return ProcessCredentials.change(t, c -> CredentialRules.setgroups(c, groups));
    }

    /** Writes ids[i] at addrs[i] (getresuid/getresgid); EFAULT when one cannot be written. */
    private static long writeIds(Task t, long[] addrs, int[] ids) {
        for (int i = 0; i < addrs.length; i++) {
            if (!UserMemory.writeInt(t.process.mm(), addrs[i], ids[i])) {
                return -Errno.EFAULT;
            }
        }
        return 0;
    }
}
