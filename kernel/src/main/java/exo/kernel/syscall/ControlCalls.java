/*
 * Process control and system identity: prctl (PR_SET_NAME/PR_GET_NAME, PR_SET_PDEATHSIG/
 * PR_GET_PDEATHSIG, PR_SET_DUMPABLE/PR_GET_DUMPABLE; every other option is EINVAL),
 * personality (0xffffffff queries; PER_LINUX is 0), getrandom (from /dev/urandom's ChaCha20
 * generator, seeded at boot, so GRND_NONBLOCK never has to say EAGAIN and GRND_RANDOM reads the
 * same pool, as Linux since 5.6), sethostname and setdomainname (privileged, 64 bytes at most).
 * The state lives in proc.ProcessControl and fs.setup.SystemFacts. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.Limits;
import exo.kernel.fs.devfs.CharDevice;
import exo.kernel.fs.devfs.RandomDevice;
import exo.kernel.proc.Delivery;
import exo.kernel.proc.ProcessControl;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.signal.Signals;
import exo.kernel.uaccess.UserMemory;

final class ControlCalls {
    private ControlCalls() {}

    static final int PR_SET_PDEATHSIG = 1;
    static final int PR_GET_PDEATHSIG = 2;
    static final int PR_GET_DUMPABLE = 3;
    static final int PR_SET_DUMPABLE = 4;
    static final int PR_SET_NAME = 15;
    static final int PR_GET_NAME = 16;
    /** TASK_COMM_LEN: the name buffer of PR_GET_NAME, NUL included. */
    static final int COMM_BYTES = 16;
    static final int GRND_NONBLOCK = 1;
    static final int GRND_RANDOM = 2;
    static final int GRND_INSECURE = 4;
    /** Requests up to this size are never cut short by a signal (Linux's rule). */
    static final int GETRANDOM_UNINTERRUPTED = 256;
    static final int RANDOM_CHUNK = 4096;
    /** __NEW_UTS_LEN: the longest host or domain name. */
    static final int UTS_NAME_MAX = 64;

    static long prctl(Task t, int option, long arg2, long arg3, long arg4, long arg5) {
        switch (option) {
            case PR_SET_PDEATHSIG:
                if (arg2 < 0 || arg2 > Signals.NSIG) {
                    return -Errno.EINVAL;
                }
                ProcessControl.setParentDeathSignal(t, (int) arg2);
                return 0;
            case PR_GET_PDEATHSIG:
                return UserMemory.writeInt(t.process.mm(), arg2, ProcessControl.parentDeathSignal(t)) ? 0 : -Errno.EFAULT;
            case PR_GET_DUMPABLE:
                return ProcessControl.dumpable(t);
            case PR_SET_DUMPABLE:
                if (arg2 != 0 && arg2 != 1) {
                    return -Errno.EINVAL;
                }
                ProcessControl.setDumpable(t, (int) arg2);
                return 0;
            case PR_SET_NAME:
                return setName(t, arg2);
            case PR_GET_NAME:
                return getName(t, arg2);
            default:
                return -Errno.EINVAL;
        }
    }

    /** PR_SET_NAME: up to 15 bytes of the string at addr (a longer one is cut, as strncpy). */
    private static long setName(Task t, long addr) {
        StringBuilder sb = new StringBuilder();
        byte[] one = new byte[1];
        while (sb.length() < ProcessControl.NAME_MAX) {
            if (UserMemory.copyInArray(t.process.mm(), addr + sb.length(), one, 0, 1) != 1) {
                return -Errno.EFAULT;
            }
            if (one[0] == 0) {
                break;
            }
            sb.append((char) (one[0] & 0xFF));
        }
        ProcessControl.setName(t, sb.toString());
        return 0;
    }

    private static long getName(Task t, long addr) {
        String name = ProcessControl.name(t);
        byte[] b = new byte[COMM_BYTES];
        for (int i = 0; i < name.length() && i < COMM_BYTES - 1; i++) {
            b[i] = (byte) name.charAt(i);
        }
        return UserMemory.copyOutArray(t.process.mm(), addr, b, 0, b.length) == b.length ? 0 : -Errno.EFAULT;
    }

    static long personality(Task t, long persona) {
        return ProcessControl.personality(t, (int) persona) & 0xFFFFFFFFL;
    }

    static long getrandom(Task t, long addr, long count, int flags) {
        if ((flags & ~(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE)) != 0
                || (flags & (GRND_INSECURE | GRND_RANDOM)) == (GRND_INSECURE | GRND_RANDOM)) {
            return -Errno.EINVAL;
        }
        CharDevice dev = Processes.files().devices.find(FileMode.makeDev(1, 9));
        if (!(dev instanceof RandomDevice)) {
            return -Errno.EAGAIN;   // no generator: as an unseeded pool
        }
        RandomDevice random = (RandomDevice) dev;
        long total = Long.compareUnsigned(count, Limits.MAX_RW_COUNT) > 0 ? Limits.MAX_RW_COUNT : count;
        byte[] chunk = new byte[(int) Math.min(total, RANDOM_CHUNK)];
        long done = 0;
        while (done < total) {
            if (done > 0 && total > GETRANDOM_UNINTERRUPTED && Delivery.interrupted(t)) {
                break;   // a signal: what was produced so far
            }
            int n = (int) Math.min(chunk.length, total - done);
            random.fill(chunk, 0, n);
            int copied = UserMemory.copyOutArray(t.process.mm(), addr + done, chunk, 0, n);
            done += Math.max(0, copied);
            if (copied != n) {
                return done > 0 ? done : -Errno.EFAULT;
            }
        }
        return done;
    }

    static long sethostname(Task t, long addr, long len) {
        String name = readUtsName(t, addr, len);
        if (name == null) {
            return nameError(t, len);
        }
        Processes.facts().setHostname(name);
        return 0;
    }

    static long setdomainname(Task t, long addr, long len) {
        String name = readUtsName(t, addr, len);
        if (name == null) {
            return nameError(t, len);
        }
        Processes.facts().setDomainname(name);
        return 0;
    }

    /** The len bytes at addr for a privileged caller with a valid length, else null (see nameError). */
    private static String readUtsName(Task t, long addr, long len) {
        if (!t.process.cred().isRoot() || len < 0 || len > UTS_NAME_MAX) {
            return null;
        }
        byte[] b = new byte[(int) len];
        if (UserMemory.copyInArray(t.process.mm(), addr, b, 0, b.length) != b.length) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append((char) (x & 0xFF));
        }
        return sb.toString();
    }

    /** Why readUtsName refused: privilege first, then the length, then the copy, as Linux checks. */
    private static long nameError(Task t, long len) {
        if (!t.process.cred().isRoot()) {
            return -Errno.EPERM;
        }
        return len < 0 || len > UTS_NAME_MAX ? -Errno.EINVAL : -Errno.EFAULT;
    }
}
