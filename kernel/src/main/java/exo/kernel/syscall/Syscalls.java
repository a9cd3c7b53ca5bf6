/*
 * The system-call dispatcher: syscall.S builds the caller's trap frame and calls dispatch with
 * it; the number is in rax and the arguments in rdi, rsi, rdx, r10, r8, r9 (the Linux x86_64
 * convention), and the result, a value or -errno, goes back in rax. Each call is a static
 * method of the class of its family (FileCalls, MemoryCalls, ProcessCalls, ...), reached
 * through one switch, which javac and gcc turn into a jump table. An unknown number returns
 * -ENOSYS and is logged once per number; nothing a program passes can panic the kernel (a
 * Java exception out of a call is a kernel bug: it is reported and the caller killed).
 *
 * The return value tells syscall.S how to leave: 0 for sysretq, 1 for a full restore with
 * iretq, which a call that rewrote the registers asks for (execve, rt_sigreturn), and which a
 * non-canonical rip forces (sysretq would fault in ring 0 with it).
 * With strace= on the kernel command line (1: every process; a pid: that one) every call is
 * printed on the kernel log with its arguments and result (Strace).
 */
package exo.kernel.syscall;

import exo.hw.Export;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.console.Log;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FsFlags;
import exo.kernel.proc.Delivery;
import exo.kernel.proc.Exits;
import exo.kernel.proc.Kcmp;
import exo.kernel.proc.Task;
import exo.kernel.signal.Signals;

public final class Syscalls {
    private Syscalls() {}

    /** Numbers already logged as unknown. In a holder class: Syscalls itself then has no
     *  static initialiser, so the entry skips a class-initialisation check on every call. */
    private static final class Unknown {
        static final boolean[] reported = new boolean[SyscallNames.MAX];
    }

    @Export("exo_syscall_dispatch")
    public static long dispatch(long frame) {
        if (Strace.on) {
            return traced(frame);
        }
        Task t = Task.current();
        long nr = TrapFrame.get(frame, TrapFrame.RAX);
        t.setOrigRax(nr);
        long result;
        try {
            result = call(t, nr, TrapFrame.get(frame, TrapFrame.RDI), TrapFrame.get(frame, TrapFrame.RSI),
                    TrapFrame.get(frame, TrapFrame.RDX), TrapFrame.get(frame, TrapFrame.R10),
                    TrapFrame.get(frame, TrapFrame.R8), TrapFrame.get(frame, TrapFrame.R9));
        } catch (RuntimeException | Error bug) {
            result = oops(t, nr, bug);
        }
        TrapFrame.set(frame, TrapFrame.RAX, result);
        // One test on the common way out: the thread's exit-work flag (signals, exit, stop, a
        // full restore: Task.work) and the ERESTART* range (-516..-512).
        if (t.hasExitWork() || (result >= -Delivery.ERESTART_RESTARTBLOCK && result <= -Delivery.ERESTARTSYS)) {
            return exitWork(t, frame);
        }
        return (TrapFrame.rip(frame) >> 47) != 0 ? 1 : 0;
    }

    /** dispatch with strace on: the arguments are kept for the line printed after the call. */
    private static long traced(long frame) {
        Task t = Task.current();
        long nr = TrapFrame.get(frame, TrapFrame.RAX);
        long a0 = TrapFrame.get(frame, TrapFrame.RDI);
        long a1 = TrapFrame.get(frame, TrapFrame.RSI);
        long a2 = TrapFrame.get(frame, TrapFrame.RDX);
        long a3 = TrapFrame.get(frame, TrapFrame.R10);
        long a4 = TrapFrame.get(frame, TrapFrame.R8);
        long a5 = TrapFrame.get(frame, TrapFrame.R9);
        t.setOrigRax(nr);
        long result;
        try {
            result = call(t, nr, a0, a1, a2, a3, a4, a5);
        } catch (RuntimeException | Error bug) {
            result = oops(t, nr, bug);
        }
        Strace.report(t, nr, a0, a1, a2, a3, a4, a5, result);
        TrapFrame.set(frame, TrapFrame.RAX, result);
        return exitWork(t, frame);
    }

    /** The uncommon way out: signals and restarts (Delivery), a full restore. */
    private static long exitWork(Task t, long frame) {
        Delivery.afterSyscall(t, frame);
        boolean full = t.takeFullRestore();
        long rip = TrapFrame.rip(frame);
        return full || (rip >> 47) != 0 ? 1 : 0;
    }

    static long call(Task t, long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        if (nr < 0 || nr >= SyscallNames.MAX) {
            return unknown(nr);
        }
        switch ((int) nr) {
            case 0: return FileCalls.read(t, (int) a0, a1, a2);
            case 1: return FileCalls.write(t, (int) a0, a1, a2);
            case 2: return FileCalls.openat(t, FsFlags.AT_FDCWD, a0, (int) a1, (int) a2);
            case 3: return FileCalls.close(t, (int) a0);
            case 4: return FileCalls.fstatat(t, FsFlags.AT_FDCWD, a0, a1, 0);
            case 5: return FileCalls.fstat(t, (int) a0, a1);
            case 6: return FileCalls.fstatat(t, FsFlags.AT_FDCWD, a0, a1, FileCalls.AT_SYMLINK_NOFOLLOW);
            case 7: return PollCalls.poll(t, a0, a1 & 0xFFFFFFFFL, (int) a2);
            case 8: return FileCalls.lseek(t, (int) a0, a1, (int) a2);
            case 9: return MemoryCalls.mmap(t, a0, a1, (int) a2, (int) a3, (int) a4, a5);
            case 10: return MemoryCalls.mprotect(t, a0, a1, (int) a2);
            case 11: return MemoryCalls.munmap(t, a0, a1);
            case 12: return MemoryCalls.brk(t, a0);
            case 13: return SignalCalls.rtSigaction(t, a0, a1, a2, a3);
            case 14: return SignalCalls.rtSigprocmask(t, (int) a0, a1, a2, a3);
            case 15: return SignalCalls.rtSigreturn(t);
            case 16: return FileCalls.ioctl(t, (int) a0, (int) a1, a2);
            case 17: return FileCalls.pread(t, (int) a0, a1, a2, a3);
            case 18: return FileCalls.pwrite(t, (int) a0, a1, a2, a3);
            case 19: return VectorCalls.readv(t, (int) a0, a1, a2);
            case 20: return VectorCalls.writev(t, (int) a0, a1, a2);
            case 21: return FileCalls.faccessat(t, FsFlags.AT_FDCWD, a0, (int) a1, 0);
            case 22: return FileCalls.pipe2(t, a0, 0);
            case 23: return PollCalls.select(t, (int) a0, a1, a2, a3, a4);
            case 24: return ProcessCalls.schedYield(t);
            case 25: return MemoryCalls.mremap(t, a0, a1, a2, (int) a3, a4);
            case 26: return MemoryCalls.msync(t, a0, a1, (int) a2);
            case 28: return MemoryCalls.madvise(t, a0, a1, (int) a2);
            case 29: return ShmCalls.shmget(t, (int) a0, a1, (int) a2);
            case 30: return ShmCalls.shmat(t, (int) a0, a1, (int) a2);
            case 31: return ShmCalls.shmctl(t, (int) a0, (int) a1, a2);
            case 32: return FileCalls.dup(t, (int) a0);
            case 33: return FileCalls.dup2(t, (int) a0, (int) a1);
            case 34: return SignalCalls.pause(t);
            case 35: return TimeCalls.nanosleep(t, a0, a1);
            case 36: return TimerCalls.getitimer(t, (int) a0, a1);
            case 37: return TimerCalls.alarm(t, a0);
            case 38: return TimerCalls.setitimer(t, (int) a0, a1, a2);
            case 39: return ProcessCalls.getpid(t);
            case 40: return TransferCalls.sendfile(t, (int) a0, (int) a1, a2, a3);
            case 41: return SocketCalls.socket(t, (int) a0, (int) a1, (int) a2);
            case 42: case 43: case 44: case 45: case 46: case 47: case 48: case 49: case 50: case 51: case 52:
                return SocketCalls.onSocket(t, (int) a0);   // connect .. getpeername
            case 53: return SocketCalls.socket(t, (int) a0, (int) a1, (int) a2);
            case 54: case 55: return SocketCalls.onSocket(t, (int) a0);   // setsockopt, getsockopt
            case 56: return ProcessCalls.clone(t, a0, a1, a2, a3, a4);
            case 57: return ProcessCalls.fork(t);
            case 58: return ProcessCalls.vfork(t);
            case 59: return ExecCalls.execve(t, a0, a1, a2);
            case 60: return ProcessCalls.exit(t, (int) a0);
            case 61: return ProcessCalls.wait4(t, (int) a0, a1, (int) a2, a3);
            case 62: return SignalCalls.kill(t, (int) a0, (int) a1);
            case 63: return ProcessCalls.uname(t, a0);
            case 64: return SemCalls.semget(t, (int) a0, (int) a1, (int) a2);
            case 65: return SemCalls.semtimedop(t, (int) a0, a1, a2, 0);
            case 66: return SemCalls.semctl(t, (int) a0, (int) a1, (int) a2, a3);
            case 67: return ShmCalls.shmdt(t, a0);
            case 68: return MsgCalls.msgget(t, (int) a0, (int) a1);
            case 69: return MsgCalls.msgsnd(t, (int) a0, a1, a2, (int) a3);
            case 70: return MsgCalls.msgrcv(t, (int) a0, a1, a2, a3, (int) a4);
            case 71: return MsgCalls.msgctl(t, (int) a0, (int) a1, a2);
            case 72: return FileCalls.fcntl(t, (int) a0, (int) a1, a2);
            case 73: return LockCalls.flock(t, (int) a0, (int) a1);
            case 74: return FileCalls.fsync(t, (int) a0);
            case 75: return FileCalls.fsync(t, (int) a0);
            case 76: return PathCalls.truncate(t, a0, a1);
            case 77: return FileCalls.ftruncate(t, (int) a0, a1);
            case 78: return DirCalls.getdents(t, (int) a0, a1, a2);
            case 79: return FileCalls.getcwd(t, a0, a1);
            case 80: return FileCalls.chdir(t, a0);
            case 81: return PathCalls.fchdir(t, (int) a0);
            case 82: return PathCalls.renameat2(t, FsFlags.AT_FDCWD, a0, FsFlags.AT_FDCWD, a1, 0);
            case 83: return FileCalls.mkdirat(t, FsFlags.AT_FDCWD, a0, (int) a1);
            case 84: return FileCalls.unlinkat(t, FsFlags.AT_FDCWD, a0, FileCalls.AT_REMOVEDIR);
            case 85: return FileCalls.creat(t, a0, (int) a1);
            case 86: return PathCalls.linkat(t, FsFlags.AT_FDCWD, a0, FsFlags.AT_FDCWD, a1, 0);
            case 87: return FileCalls.unlinkat(t, FsFlags.AT_FDCWD, a0, 0);
            case 88: return PathCalls.symlinkat(t, a0, FsFlags.AT_FDCWD, a1);
            case 89: return PathCalls.readlinkat(t, FsFlags.AT_FDCWD, a0, a1, (int) a2);
            case 90: return MetadataCalls.fchmodat(t, FsFlags.AT_FDCWD, a0, (int) a1, 0);
            case 91: return MetadataCalls.fchmod(t, (int) a0, (int) a1);
            case 92: return MetadataCalls.fchownat(t, FsFlags.AT_FDCWD, a0, (int) a1, (int) a2, 0);
            case 93: return MetadataCalls.fchown(t, (int) a0, (int) a1, (int) a2);
            case 94: return MetadataCalls.fchownat(t, FsFlags.AT_FDCWD, a0, (int) a1, (int) a2, FileCalls.AT_SYMLINK_NOFOLLOW);
            case 95: return FileCalls.umask(t, (int) a0);
            case 96: return TimeCalls.gettimeofday(t, a0, a1);
            case 97: return LimitCalls.getrlimit(t, (int) a0, a1);
            case 98: return ResourceCalls.getrusage(t, (int) a0, a1);
            case 99: return ResourceCalls.sysinfo(t, a0);
            case 100: return ResourceCalls.times(t, a0);
            case 102: return IdentityCalls.getuid(t);
            case 104: return IdentityCalls.getgid(t);
            case 105: return IdentityCalls.setuid(t, (int) a0);
            case 106: return IdentityCalls.setgid(t, (int) a0);
            case 107: return IdentityCalls.geteuid(t);
            case 108: return IdentityCalls.getegid(t);
            case 109: return GroupCalls.setpgid(t, (int) a0, (int) a1);
            case 110: return ProcessCalls.getppid(t);
            case 111: return GroupCalls.getpgrp(t);
            case 112: return GroupCalls.setsid(t);
            case 113: return IdentityCalls.setreuid(t, (int) a0, (int) a1);
            case 114: return IdentityCalls.setregid(t, (int) a0, (int) a1);
            case 115: return IdentityCalls.getgroups(t, (int) a0, a1);
            case 116: return IdentityCalls.setgroups(t, (int) a0, a1);
            case 117: return IdentityCalls.setresuid(t, (int) a0, (int) a1, (int) a2);
            case 118: return IdentityCalls.getresuid(t, a0, a1, a2);
            case 119: return IdentityCalls.setresgid(t, (int) a0, (int) a1, (int) a2);
            case 120: return IdentityCalls.getresgid(t, a0, a1, a2);
            case 121: return GroupCalls.getpgid(t, (int) a0);
            case 122: return IdentityCalls.setfsuid(t, (int) a0);
            case 123: return IdentityCalls.setfsgid(t, (int) a0);
            case 124: return GroupCalls.getsid(t, (int) a0);
            case 125: return CapabilityCalls.capget(t, a0, a1);
            case 126: return CapabilityCalls.capset(t, a0, a1);
            case 127: return SignalCalls.rtSigpending(t, a0, a1);
            case 128: return SignalWaitCalls.rtSigtimedwait(t, a0, a1, a2, a3);
            case 129: return SignalWaitCalls.rtSigqueueinfo(t, (int) a0, (int) a1, a2);
            case 130: return SignalCalls.rtSigsuspend(t, a0, a1);
            case 131: return SignalCalls.sigaltstack(t, a0, a1);
            case 132: return MetadataCalls.utime(t, a0, a1);
            case 133: return PathCalls.mknodat(t, FsFlags.AT_FDCWD, a0, (int) a1, (int) a2);
            case 135: return ControlCalls.personality(t, a0);
            case 137: return MetadataCalls.statfs(t, a0, a1);
            case 138: return MetadataCalls.fstatfs(t, (int) a0, a1);
            case 140: return SchedCalls.getpriority(t, (int) a0, (int) a1);
            case 141: return SchedCalls.setpriority(t, (int) a0, (int) a1, (int) a2);
            case 142: return SchedCalls.schedSetparam(t, (int) a0, a1);
            case 143: return SchedCalls.schedGetparam(t, (int) a0, a1);
            case 144: return SchedCalls.schedSetscheduler(t, (int) a0, (int) a1, a2);
            case 145: return SchedCalls.schedGetscheduler(t, (int) a0);
            case 146: return SchedCalls.schedGetPriorityMax(t, (int) a0);
            case 147: return SchedCalls.schedGetPriorityMin(t, (int) a0);
            case 148: return SchedCalls.schedRrGetInterval(t, (int) a0, a1);
            case 149: return MemoryCalls.mlock(t, a0, a1, 0, true);
            case 150: return MemoryCalls.mlock(t, a0, a1, 0, false);
            case 151: return MemoryCalls.mlockall(t, (int) a0);
            case 152: return MemoryCalls.munlockall(t);
            case 157: return ControlCalls.prctl(t, (int) a0, a1, a2, a3, a4);
            case 158: return ProcessCalls.archPrctl(t, (int) a0, a1);
            case 159: return AdjtimexCalls.adjtimex(t, a0);
            case 160: return LimitCalls.setrlimit(t, (int) a0, a1);
            case 161: return PathCalls.chroot(t, a0);
            case 162: return FileCalls.sync(t);
            case 164: return TimeCalls.settimeofday(t, a0, a1);
            case 165: return PathCalls.mount(t, a0, a1, a2, a3, a4);
            case 166: return PathCalls.umount2(t, a0, (int) a1);
            case 169: return RebootCalls.reboot(t, (int) a0, (int) a1, (int) a2, a3);
            case 170: return ControlCalls.sethostname(t, a0, (int) a1);
            case 171: return ControlCalls.setdomainname(t, a0, (int) a1);
            case 186: return ProcessCalls.gettid(t);
            case 188: return XattrCalls.set(t, false, a0, -1, true, a1, a2, a3, (int) a4);
            case 189: return XattrCalls.set(t, false, a0, -1, false, a1, a2, a3, (int) a4);
            case 190: return XattrCalls.set(t, true, 0, (int) a0, false, a1, a2, a3, (int) a4);
            case 191: return XattrCalls.get(t, false, a0, -1, true, a1, a2, a3);
            case 192: return XattrCalls.get(t, false, a0, -1, false, a1, a2, a3);
            case 193: return XattrCalls.get(t, true, 0, (int) a0, false, a1, a2, a3);
            case 194: return XattrCalls.list(t, false, a0, -1, true, a1, a2);
            case 195: return XattrCalls.list(t, false, a0, -1, false, a1, a2);
            case 196: return XattrCalls.list(t, true, 0, (int) a0, false, a1, a2);
            case 197: return XattrCalls.remove(t, false, a0, -1, true, a1);
            case 198: return XattrCalls.remove(t, false, a0, -1, false, a1);
            case 199: return XattrCalls.remove(t, true, 0, (int) a0, false, a1);
            case 200: return SignalCalls.tkill(t, (int) a0, (int) a1);
            case 201: return TimeCalls.time(t, a0);
            case 202: return ProcessCalls.futex(t, a0, (int) a1, (int) a2, a3, a4, (int) a5);
            case 203: return SchedCalls.schedSetaffinity(t, (int) a0, a1 & 0xFFFFFFFFL, a2);
            case 204: return SchedCalls.schedGetaffinity(t, (int) a0, a1 & 0xFFFFFFFFL, a2);
            case 213: return EpollCalls.epollCreate(t, (int) a0);
            case 217: return DirCalls.getdents64(t, (int) a0, a1, a2);
            case 218: return ProcessCalls.setTidAddress(t, a0);
            case 220: return SemCalls.semtimedop(t, (int) a0, a1, a2, a3);
            case 221: return FileCalls.fadvise64(t, (int) a0, a1, a2, (int) a3);
            case 227: return TimeCalls.clockSettime(t, (int) a0, a1);
            case 228: return TimeCalls.clockGettime(t, (int) a0, a1);
            case 229: return TimeCalls.clockGetres(t, (int) a0, a1);
            case 230: return TimeCalls.clockNanosleep(t, (int) a0, (int) a1, a2, a3);
            case 231: return ProcessCalls.exitGroup(t, (int) a0);
            case 232: return EpollCalls.epollWait(t, (int) a0, a1, (int) a2, (int) a3);
            case 233: return EpollCalls.epollCtl(t, (int) a0, (int) a1, (int) a2, a3);
            case 234: return SignalCalls.tgkill(t, (int) a0, (int) a1, (int) a2);
            case 235: return MetadataCalls.futimesat(t, FsFlags.AT_FDCWD, a0, a1);
            case 247: return WaitCalls.waitid(t, (int) a0, (int) a1, a2, (int) a3, a4);
            case 257: return FileCalls.openat(t, (int) a0, a1, (int) a2, (int) a3);
            case 258: return FileCalls.mkdirat(t, (int) a0, a1, (int) a2);
            case 259: return PathCalls.mknodat(t, (int) a0, a1, (int) a2, (int) a3);
            case 260: return MetadataCalls.fchownat(t, (int) a0, a1, (int) a2, (int) a3, (int) a4);
            case 261: return MetadataCalls.futimesat(t, (int) a0, a1, a2);
            case 262: return FileCalls.fstatat(t, (int) a0, a1, a2, (int) a3);
            case 263: return FileCalls.unlinkat(t, (int) a0, a1, (int) a2);
            case 264: return PathCalls.renameat2(t, (int) a0, a1, (int) a2, a3, 0);
            case 265: return PathCalls.linkat(t, (int) a0, a1, (int) a2, a3, (int) a4);
            case 266: return PathCalls.symlinkat(t, a0, (int) a1, a2);
            case 267: return PathCalls.readlinkat(t, (int) a0, a1, a2, (int) a3);
            case 268: return MetadataCalls.fchmodat(t, (int) a0, a1, (int) a2, 0);
            case 269: return MetadataCalls.faccessat(t, (int) a0, a1, (int) a2, 0);
            case 270: return PollCalls.pselect6(t, (int) a0, a1, a2, a3, a4, a5);
            case 271: return PollCalls.ppoll(t, a0, a1 & 0xFFFFFFFFL, a2, a3, a4);
            case 273: return ProcessCalls.setRobustList(t, a0, a1);
            case 274: return ProcessCalls.getRobustList(t, (int) a0, a1, a2);
            case 275: return TransferCalls.splice(t, (int) a0, a1, (int) a2, a3, a4, (int) a5);
            case 276: return TransferCalls.tee(t, (int) a0, (int) a1, a2, (int) a3);
            case 278: return TransferCalls.vmsplice(t, (int) a0, a1, a2, (int) a3);
            case 280: return MetadataCalls.utimensat(t, (int) a0, a1, a2, (int) a3);
            case 281: return EpollCalls.epollPwait(t, (int) a0, a1, (int) a2, (int) a3, a4, a5);
            case 284: return EpollCalls.eventfd2(t, (int) a0, 0);
            case 285: return FileCalls.fallocate(t, (int) a0, (int) a1, a2, a3);
            case 288: return SocketCalls.onSocket(t, (int) a0);
            case 290: return EpollCalls.eventfd2(t, (int) a0, (int) a1);
            case 291: return EpollCalls.epollCreate1(t, (int) a0);
            case 292: return FileCalls.dup3(t, (int) a0, (int) a1, (int) a2);
            case 293: return FileCalls.pipe2(t, a0, (int) a1);
            case 295: return VectorCalls.preadv(t, (int) a0, a1, a2, a3);
            case 296: return VectorCalls.pwritev(t, (int) a0, a1, a2, a3);
            case 297: return SignalWaitCalls.rtTgsigqueueinfo(t, (int) a0, (int) a1, (int) a2, a3);
            case 299: return SocketCalls.onSocket(t, (int) a0);
            case 302: return LimitCalls.prlimit64(t, (int) a0, (int) a1, a2, a3);
            case 305: return AdjtimexCalls.clockAdjtime(t, (int) a0, a1);
            case 306: return FileCalls.syncfs(t, (int) a0);
            case 307: return SocketCalls.onSocket(t, (int) a0);
            case 309: return SchedCalls.getcpu(t, a0, a1);
            case 310: return ProcessVmCalls.transfer(t, (int) a0, a1, a2, a3, a4, a5, false);
            case 311: return ProcessVmCalls.transfer(t, (int) a0, a1, a2, a3, a4, a5, true);
            case 312: return Kcmp.compare(t, (int) a0, (int) a1, (int) a2, a3, a4);
            case 315: return SchedCalls.schedGetattr(t, (int) a0, a1, (int) a2, (int) a3);
            case 316: return PathCalls.renameat2(t, (int) a0, a1, (int) a2, a3, (int) a4);
            case 318: return ControlCalls.getrandom(t, a0, a1, (int) a2);
            case 325: return MemoryCalls.mlock(t, a0, a1, (int) a2, true);
            case 326: return TransferCalls.copyFileRange(t, (int) a0, a1, (int) a2, a3, a4, (int) a5);
            case 327: return VectorCalls.preadv2(t, (int) a0, a1, a2, a3, (int) a5);
            case 328: return VectorCalls.pwritev2(t, (int) a0, a1, a2, a3, (int) a5);
            case 332: return MetadataCalls.statx(t, (int) a0, a1, (int) a2, (int) a3, a4);
            case 334: return -Errno.ENOSYS;   // rseq: libc falls back when it is missing
            case 424: return PidFdCalls.pidfdSendSignal(t, (int) a0, (int) a1, a2, (int) a3);
            case 434: return PidFdCalls.pidfdOpen(t, (int) a0, (int) a1);
            case 436: return FileCalls.closeRange(t, a0 & 0xFFFFFFFFL, a1 & 0xFFFFFFFFL, (int) a2);
            case 437: return FileCalls.openat2(t, (int) a0, a1, a2, a3);
            case 438: return PidFdCalls.pidfdGetfd(t, (int) a0, (int) a1, (int) a2);
            case 439: return MetadataCalls.faccessat(t, (int) a0, a1, (int) a2, (int) a3);
            case 441: return EpollCalls.epollPwait2(t, (int) a0, a1, (int) a2, a3, a4, a5);
            default: return unknown(nr);
        }
    }

    /**
     * A Java exception escaped a system call: a kernel bug. As Linux's oops, the report goes to
     * the kernel log and the calling process is killed (SIGKILL), but the kernel goes on.
     */
    private static long oops(Task t, long nr, Throwable bug) {
        Log.error("kernel bug in " + SyscallNames.name(nr) + " of " + t + ": " + bug);
        bug.printStackTrace();
        Exits.killedBySignal(t, Signals.SIGKILL);
        return -Errno.EFAULT;
    }

    /** -ENOSYS, and a line on the kernel log the first time a number is seen. */
    private static long unknown(long nr) {
        int i = nr >= 0 && nr < SyscallNames.MAX ? (int) nr : SyscallNames.MAX - 1;
        if (!Unknown.reported[i]) {
            Unknown.reported[i] = true;
            Task t = Task.current();
            Log.warn("unimplemented system call " + SyscallNames.name(nr) + " (" + nr + ") from "
                    + (t == null ? "?" : t.toString()) + ": -ENOSYS");
        }
        return -Errno.ENOSYS;
    }
}
