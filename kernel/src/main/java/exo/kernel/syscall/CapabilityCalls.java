/*
 * capget and capset, minimal: Exo-OS has no capability sets of its own; uid 0 stands for every
 * capability (fs.Credentials). capget reports what Linux would hold for the same ids without
 * file capabilities: the permitted set is full while a real, effective or saved uid is 0; the
 * effective set is full when the effective uid is 0, with the file capabilities following the
 * file-system uid; the inheritable set is empty. capset accepts only the sets a process
 * already has (EPERM otherwise: dropping single capabilities is not supported). The header's
 * version is checked as Linux does: an unknown one is answered with the preferred version
 * written back and EINVAL. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.abi.Le;
import exo.kernel.proc.Process;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;

final class CapabilityCalls {
    private CapabilityCalls() {}

    static final int VERSION_1 = 0x19980330;
    static final int VERSION_2 = 0x20071026;
    static final int VERSION_3 = 0x20080522;
    /** CAP_LAST_CAP of Linux 6.1 (CAP_CHECKPOINT_RESTORE): capabilities 0..40. */
    static final int LAST_CAP = 40;
    static final long ALL = (1L << (LAST_CAP + 1)) - 1;
    /** CAP_CHOWN, DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER, FSETID, LINUX_IMMUTABLE, MKNOD, MAC_OVERRIDE. */
    static final long FS_MASK = 0x1FL | 1L << 9 | 1L << 27 | 1L << 32;
    /** struct __user_cap_data_struct: effective, permitted, inheritable (u32 each). */
    static final int DATA_SIZE = 12;

    static long capget(Task t, long headerAddr, long dataAddr) {
        int[] header = readHeader(t, headerAddr);
        if (header == null) {
            return -Errno.EFAULT;
        }
        int words = wordsOf(header[0]);
        if (words == 0) {
            return badVersion(t, headerAddr);
        }
        if (dataAddr == 0) {
            return 0;   // a probe of the version
        }
        int pid = header[1];
        if (pid < 0) {
            return -Errno.EINVAL;
        }
        Credentials c = pid == 0 || pid == t.process.pid ? t.process.cred() : credentialsOf(pid);
        if (c == null) {
            return -Errno.ESRCH;
        }
        long[] sets = setsOf(c);
        byte[] b = new byte[DATA_SIZE * words];
        for (int w = 0; w < words; w++) {
            Le.put32(b, DATA_SIZE * w, (int) (sets[0] >>> (32 * w)));
            Le.put32(b, DATA_SIZE * w + 4, (int) (sets[1] >>> (32 * w)));
            Le.put32(b, DATA_SIZE * w + 8, 0);
        }
        return UserMemory.copyOutArray(t.process.mm(), dataAddr, b, 0, b.length) == b.length ? 0 : -Errno.EFAULT;
    }

    static long capset(Task t, long headerAddr, long dataAddr) {
        int[] header = readHeader(t, headerAddr);
        if (header == null) {
            return -Errno.EFAULT;
        }
        int words = wordsOf(header[0]);
        if (words == 0) {
            return badVersion(t, headerAddr);
        }
        if (header[1] != 0 && header[1] != t.process.pid) {
            return -Errno.EPERM;   // only the caller's own sets may change
        }
        byte[] b = new byte[DATA_SIZE * words];
        if (UserMemory.copyInArray(t.process.mm(), dataAddr, b, 0, b.length) != b.length) {
            return -Errno.EFAULT;
        }
        long effective = 0;
        long permitted = 0;
        long inheritable = 0;
        for (int w = 0; w < words; w++) {
            effective |= (Le.get32(b, DATA_SIZE * w) & 0xFFFFFFFFL) << (32 * w);
            permitted |= (Le.get32(b, DATA_SIZE * w + 4) & 0xFFFFFFFFL) << (32 * w);
            inheritable |= (Le.get32(b, DATA_SIZE * w + 8) & 0xFFFFFFFFL) << (32 * w);
        }
        long[] now = setsOf(t.process.cred());
        long visible = words == 1 ? 0xFFFFFFFFL : -1L;
        boolean same = effective == (now[0] & visible) && permitted == (now[1] & visible) && inheritable == 0;
        return same ? 0 : -Errno.EPERM;
    }

    /** {effective, permitted} for credentials c. */
    static long[] setsOf(Credentials c) {
        long permitted = c.uid == 0 || c.euid == 0 || c.suid == 0 ? ALL : 0;
        long effective = c.euid == 0 ? ALL : 0;
        if (c.fsuid == 0) {
            effective |= permitted & FS_MASK;
        } else {
            effective &= ~FS_MASK;
        }
        return new long[] {effective, permitted};
    }

    private static Credentials credentialsOf(int pid) {
        Process p = Processes.find(pid);
        return p == null || p.isZombie() ? null : p.cred();
    }

    /** How many 32-bit words of each set a header version carries; 0 for an unknown version. */
    private static int wordsOf(int version) {
        return version == VERSION_1 ? 1 : version == VERSION_2 || version == VERSION_3 ? 2 : 0;
    }

    private static long badVersion(Task t, long headerAddr) {
        return UserMemory.writeInt(t.process.mm(), headerAddr, VERSION_3) ? -Errno.EINVAL : -Errno.EFAULT;
    }

    /** {version, pid} of the cap_user_header_t at addr, or null. */
    private static int[] readHeader(Task t, long addr) {
        byte[] b = new byte[8];
        if (UserMemory.copyInArray(t.process.mm(), addr, b, 0, 8) != 8) {
            return null;
        }
        return new int[] {Le.get32(b, 0), Le.get32(b, 4)};
    }
}
