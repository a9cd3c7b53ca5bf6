/*
 * The system-call dispatcher: syscall.S builds the caller's trap frame and calls call with the
 * running Task, the number (rax) and the frame, where the arguments are (rdi, rsi, rdx, r10,
 * r8, r9: the Linux x86_64 convention); the result, a value or -errno, goes back in rax, and
 * exit is the slow way out. Each call is a static method of the class of its family
 * (FileCalls, MemoryCalls, ProcessCalls, ...), reached through one switch, which javac and
 * gcc turn into a jump table. An unknown number returns -ENOSYS and is logged once per
 * number; nothing a program passes can panic the kernel (a Java exception out of a call is a
 * kernel bug: it is reported and the caller killed).
 *
 * The return value is the caller's rax, which syscall.S restores with sysretq; a call that
 * rewrote the registers (execve, rt_sigreturn, a signal handler) leaves through iretq from
 * the whole frame instead (exitWork), as does a non-canonical rip (sysretq would fault in
 * ring 0 with it): the fast way out needs no rip test, since user addresses end one page
 * below 2^47 (AddressSpace.USER_TOP), so the rip after a syscall instruction is canonical.
 * With strace= on the kernel command line (1: every process; a pid: that one) every call is
 * printed on the kernel log with its arguments and result (Strace).
 */
package exo.kernel.syscall;

import exo.hw.Cpu;
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
import exo.rt.Inline;
import exo.rt.Runtime;
import exo.rt.TailCalls;

public final class Syscalls {
    private Syscalls() {}

    /** Numbers already logged as unknown. In a holder class: Syscalls itself then has no
     *  static initialiser, so the entry skips a class-initialisation check on every call. */
    private static final class Unknown {
        static final boolean[] reported = new boolean[SyscallNames.MAX];
    }

    /**
     * The slow way out, which syscall.S takes after the call when the running thread's
     * exit-work flag is set (signals, exit, stop, a full restore, strace: Task.work), when the
     * result is in the ERESTART* range (-516..-512), or when an exception came out of the call
     * (a kernel bug: bug, which syscall.S took from exo_pending; the caller is killed, Oops).
     * Returns the caller's rax for sysretq, or leaves through iretq itself (exitWork).
     */
    @Export(value = "exo_syscall_exit", fromUser = true)
    @Inline
    public static long exit(long frame, long result, Throwable bug) {
        Task t = Task.current();
        if (bug != null) {
            Runtime.caught(bug);   // what a handler here would do: its trace ends at the call
            result = oops(t, bug);
        }
        return exitWork(t, frame, result);
    }

    /**
     * The uncommon way out: the strace line, signals and restarts (Delivery), and the full
     * restore (iretq from the whole frame: execve, rt_sigreturn, a signal handler, a
     * non-canonical rip), which leaves for user mode from here through exo_enter_user; the
     * C frames below are abandoned (nothing is held, nothing pending). Otherwise returns the
     * frame's rax for syscall.S's sysretq. The result goes in the frame's rax first: Delivery
     * reads and rewrites it.
     */
    private static long exitWork(Task t, long frame, long result) {
        TrapFrame.set(frame, TrapFrame.RAX, result);
        if (Strace.on) {
            Strace.report(t, frame, result);
        }
        Delivery.afterSyscall(t, frame);
        if (Strace.on) {
            t.noteWork();   // under strace every call comes this way (Delivery cleared it)
        }
        boolean full = t.takeFullRestore();
        long rip = TrapFrame.rip(frame);
        if (full || (rip >> 47) != 0) {
            Cpu.enterUser(frame);   // returns only on the host (Sim)
        }
        return TrapFrame.get(frame, TrapFrame.RAX);
    }

    // The arguments, in the frame: rdi, rsi, rdx, r10, r8, r9 (the Linux x86_64 convention);
    // Inline, as call inlines nothing on its own (TailCalls).
    @Inline
    private static long a0(long f) {
        return TrapFrame.get(f, TrapFrame.RDI);
    }

    @Inline
    private static long a1(long f) {
        return TrapFrame.get(f, TrapFrame.RSI);
    }

    @Inline
    private static long a2(long f) {
        return TrapFrame.get(f, TrapFrame.RDX);
    }

    @Inline
    private static long a3(long f) {
        return TrapFrame.get(f, TrapFrame.R10);
    }

    @Inline
    private static long a4(long f) {
        return TrapFrame.get(f, TrapFrame.R8);
    }

    @Inline
    private static long a5(long f) {
        return TrapFrame.get(f, TrapFrame.R9);
    }

    /**
     * The entry: the system call nr of the running thread t with the arguments in frame f.
     * syscall.S builds the frame, stores the number in t.origRax (Task: restarts and strace
     * read it), passes t from the per-CPU user context (never null in a thread that was in
     * user mode: argsNonNull, so no null test and no cast), and after the call tests
     * whatever sends it the slow way (exit). One switch, a jump table whose one bound test is
     * javac's: nr is rax's low 32 bits, as on Linux (syscall(0x100000027) is getpid there
     * too). Each case jumps to its family method (TailCalls: gcc inlines nothing here, and
     * syscall.S tests exo_pending after the call itself), so the way from syscall.S to the
     * family method saves no register and builds no frame. The arguments stay in the frame
     * until the case that needs them reads them (a0(f)..a5(f)).
     */
    @Export(value = "exo_syscall_call", fromUser = true, argsNonNull = true, callerTestsPending = true)
    @TailCalls
    private static long call(Task t, int nr, long f) {
        switch (nr) {
            case 0: return FileCalls.read(t, (int) a0(f), a1(f), a2(f));
            case 1: return FileCalls.write(t, (int) a0(f), a1(f), a2(f));
            case 2: return FileCalls.openat(t, FsFlags.AT_FDCWD, a0(f), (int) a1(f), (int) a2(f));
            case 3: return FileCalls.close(t, (int) a0(f));
            case 4: return FileCalls.fstatat(t, FsFlags.AT_FDCWD, a0(f), a1(f), 0);
            case 5: return FileCalls.fstat(t, (int) a0(f), a1(f));
            case 6: return FileCalls.fstatat(t, FsFlags.AT_FDCWD, a0(f), a1(f), FileCalls.AT_SYMLINK_NOFOLLOW);
            case 7: return PollCalls.poll(t, a0(f), a1(f) & 0xFFFFFFFFL, (int) a2(f));
            case 8: return FileCalls.lseek(t, (int) a0(f), a1(f), (int) a2(f));
            case 9: return mmap(t, f);
            case 10: return MemoryCalls.mprotect(t, a0(f), a1(f), (int) a2(f));
            case 11: return MemoryCalls.munmap(t, a0(f), a1(f));
            case 12: return MemoryCalls.brk(t, a0(f));
            case 13: return SignalCalls.rtSigaction(t, a0(f), a1(f), a2(f), a3(f));
            case 14: return SignalCalls.rtSigprocmask(t, (int) a0(f), a1(f), a2(f), a3(f));
            case 15: return SignalCalls.rtSigreturn(t);
            case 16: return FileCalls.ioctl(t, (int) a0(f), (int) a1(f), a2(f));
            case 17: return FileCalls.pread(t, (int) a0(f), a1(f), a2(f), a3(f));
            case 18: return FileCalls.pwrite(t, (int) a0(f), a1(f), a2(f), a3(f));
            case 19: return VectorCalls.readv(t, (int) a0(f), a1(f), a2(f));
            case 20: return VectorCalls.writev(t, (int) a0(f), a1(f), a2(f));
            case 21: return FileCalls.faccessat(t, FsFlags.AT_FDCWD, a0(f), (int) a1(f), 0);
            case 22: return FileCalls.pipe2(t, a0(f), 0);
            case 23: return PollCalls.select(t, (int) a0(f), a1(f), a2(f), a3(f), a4(f));
            case 24: return ProcessCalls.schedYield(t);
            case 25: return MemoryCalls.mremap(t, a0(f), a1(f), a2(f), (int) a3(f), a4(f));
            case 26: return MemoryCalls.msync(t, a0(f), a1(f), (int) a2(f));
            case 28: return MemoryCalls.madvise(t, a0(f), a1(f), (int) a2(f));
            case 29: return ShmCalls.shmget(t, (int) a0(f), a1(f), (int) a2(f));
            case 30: return ShmCalls.shmat(t, (int) a0(f), a1(f), (int) a2(f));
            case 31: return ShmCalls.shmctl(t, (int) a0(f), (int) a1(f), a2(f));
            case 32: return FileCalls.dup(t, (int) a0(f));
            case 33: return FileCalls.dup2(t, (int) a0(f), (int) a1(f));
            case 34: return SignalCalls.pause(t);
            case 35: return TimeCalls.nanosleep(t, a0(f), a1(f));
            case 36: return TimerCalls.getitimer(t, (int) a0(f), a1(f));
            case 37: return TimerCalls.alarm(t, a0(f));
            case 38: return TimerCalls.setitimer(t, (int) a0(f), a1(f), a2(f));
            case 39: return ProcessCalls.getpid(t);
            case 40: return TransferCalls.sendfile(t, (int) a0(f), (int) a1(f), a2(f), a3(f));
            case 41: return SocketCalls.socket(t, (int) a0(f), (int) a1(f), (int) a2(f));
            case 42: case 43: case 44: case 45: case 46: case 47: case 48: case 49: case 50: case 51: case 52:
                return SocketCalls.onSocket(t, (int) a0(f));   // connect .. getpeername
            case 53: return SocketCalls.socket(t, (int) a0(f), (int) a1(f), (int) a2(f));
            case 54: case 55: return SocketCalls.onSocket(t, (int) a0(f));   // setsockopt, getsockopt
            case 56: return ProcessCalls.clone(t, a0(f), a1(f), a2(f), a3(f), a4(f));
            case 57: return ProcessCalls.fork(t);
            case 58: return ProcessCalls.vfork(t);
            case 59: return ExecCalls.execve(t, a0(f), a1(f), a2(f));
            case 60: return ProcessCalls.exit(t, (int) a0(f));
            case 61: return ProcessCalls.wait4(t, (int) a0(f), a1(f), (int) a2(f), a3(f));
            case 62: return SignalCalls.kill(t, (int) a0(f), (int) a1(f));
            case 63: return ProcessCalls.uname(t, a0(f));
            case 64: return SemCalls.semget(t, (int) a0(f), (int) a1(f), (int) a2(f));
            case 65: return SemCalls.semtimedop(t, (int) a0(f), a1(f), a2(f), 0);
            case 66: return SemCalls.semctl(t, (int) a0(f), (int) a1(f), (int) a2(f), a3(f));
            case 67: return ShmCalls.shmdt(t, a0(f));
            case 68: return MsgCalls.msgget(t, (int) a0(f), (int) a1(f));
            case 69: return MsgCalls.msgsnd(t, (int) a0(f), a1(f), a2(f), (int) a3(f));
            case 70: return MsgCalls.msgrcv(t, (int) a0(f), a1(f), a2(f), a3(f), (int) a4(f));
            case 71: return MsgCalls.msgctl(t, (int) a0(f), (int) a1(f), a2(f));
            case 72: return FileCalls.fcntl(t, (int) a0(f), (int) a1(f), a2(f));
            case 73: return LockCalls.flock(t, (int) a0(f), (int) a1(f));
            case 74: return FileCalls.fsync(t, (int) a0(f));
            case 75: return FileCalls.fsync(t, (int) a0(f));
            case 76: return PathCalls.truncate(t, a0(f), a1(f));
            case 77: return FileCalls.ftruncate(t, (int) a0(f), a1(f));
            case 78: return DirCalls.getdents(t, (int) a0(f), a1(f), a2(f));
            case 79: return FileCalls.getcwd(t, a0(f), a1(f));
            case 80: return FileCalls.chdir(t, a0(f));
            case 81: return PathCalls.fchdir(t, (int) a0(f));
            case 82: return PathCalls.renameat2(t, FsFlags.AT_FDCWD, a0(f), FsFlags.AT_FDCWD, a1(f), 0);
            case 83: return FileCalls.mkdirat(t, FsFlags.AT_FDCWD, a0(f), (int) a1(f));
            case 84: return FileCalls.unlinkat(t, FsFlags.AT_FDCWD, a0(f), FileCalls.AT_REMOVEDIR);
            case 85: return FileCalls.creat(t, a0(f), (int) a1(f));
            case 86: return PathCalls.linkat(t, FsFlags.AT_FDCWD, a0(f), FsFlags.AT_FDCWD, a1(f), 0);
            case 87: return FileCalls.unlinkat(t, FsFlags.AT_FDCWD, a0(f), 0);
            case 88: return PathCalls.symlinkat(t, a0(f), FsFlags.AT_FDCWD, a1(f));
            case 89: return PathCalls.readlinkat(t, FsFlags.AT_FDCWD, a0(f), a1(f), (int) a2(f));
            case 90: return MetadataCalls.fchmodat(t, FsFlags.AT_FDCWD, a0(f), (int) a1(f), 0);
            case 91: return MetadataCalls.fchmod(t, (int) a0(f), (int) a1(f));
            case 92: return MetadataCalls.fchownat(t, FsFlags.AT_FDCWD, a0(f), (int) a1(f), (int) a2(f), 0);
            case 93: return MetadataCalls.fchown(t, (int) a0(f), (int) a1(f), (int) a2(f));
            case 94: return MetadataCalls.fchownat(t, FsFlags.AT_FDCWD, a0(f), (int) a1(f), (int) a2(f), FileCalls.AT_SYMLINK_NOFOLLOW);
            case 95: return FileCalls.umask(t, (int) a0(f));
            case 96: return TimeCalls.gettimeofday(t, a0(f), a1(f));
            case 97: return LimitCalls.getrlimit(t, (int) a0(f), a1(f));
            case 98: return ResourceCalls.getrusage(t, (int) a0(f), a1(f));
            case 99: return ResourceCalls.sysinfo(t, a0(f));
            case 100: return ResourceCalls.times(t, a0(f));
            case 102: return IdentityCalls.getuid(t);
            case 104: return IdentityCalls.getgid(t);
            case 105: return IdentityCalls.setuid(t, (int) a0(f));
            case 106: return IdentityCalls.setgid(t, (int) a0(f));
            case 107: return IdentityCalls.geteuid(t);
            case 108: return IdentityCalls.getegid(t);
            case 109: return GroupCalls.setpgid(t, (int) a0(f), (int) a1(f));
            case 110: return ProcessCalls.getppid(t);
            case 111: return GroupCalls.getpgrp(t);
            case 112: return GroupCalls.setsid(t);
            case 113: return IdentityCalls.setreuid(t, (int) a0(f), (int) a1(f));
            case 114: return IdentityCalls.setregid(t, (int) a0(f), (int) a1(f));
            case 115: return IdentityCalls.getgroups(t, (int) a0(f), a1(f));
            case 116: return IdentityCalls.setgroups(t, (int) a0(f), a1(f));
            case 117: return IdentityCalls.setresuid(t, (int) a0(f), (int) a1(f), (int) a2(f));
            case 118: return IdentityCalls.getresuid(t, a0(f), a1(f), a2(f));
            case 119: return IdentityCalls.setresgid(t, (int) a0(f), (int) a1(f), (int) a2(f));
            case 120: return IdentityCalls.getresgid(t, a0(f), a1(f), a2(f));
            case 121: return GroupCalls.getpgid(t, (int) a0(f));
            case 122: return IdentityCalls.setfsuid(t, (int) a0(f));
            case 123: return IdentityCalls.setfsgid(t, (int) a0(f));
            case 124: return GroupCalls.getsid(t, (int) a0(f));
            case 125: return CapabilityCalls.capget(t, a0(f), a1(f));
            case 126: return CapabilityCalls.capset(t, a0(f), a1(f));
            case 127: return SignalCalls.rtSigpending(t, a0(f), a1(f));
            case 128: return SignalWaitCalls.rtSigtimedwait(t, a0(f), a1(f), a2(f), a3(f));
            case 129: return SignalWaitCalls.rtSigqueueinfo(t, (int) a0(f), (int) a1(f), a2(f));
            case 130: return SignalCalls.rtSigsuspend(t, a0(f), a1(f));
            case 131: return SignalCalls.sigaltstack(t, a0(f), a1(f));
            case 132: return MetadataCalls.utime(t, a0(f), a1(f));
            case 133: return PathCalls.mknodat(t, FsFlags.AT_FDCWD, a0(f), (int) a1(f), (int) a2(f));
            case 135: return ControlCalls.personality(t, a0(f));
            case 137: return MetadataCalls.statfs(t, a0(f), a1(f));
            case 138: return MetadataCalls.fstatfs(t, (int) a0(f), a1(f));
            case 140: return SchedCalls.getpriority(t, (int) a0(f), (int) a1(f));
            case 141: return SchedCalls.setpriority(t, (int) a0(f), (int) a1(f), (int) a2(f));
            case 142: return SchedCalls.schedSetparam(t, (int) a0(f), a1(f));
            case 143: return SchedCalls.schedGetparam(t, (int) a0(f), a1(f));
            case 144: return SchedCalls.schedSetscheduler(t, (int) a0(f), (int) a1(f), a2(f));
            case 145: return SchedCalls.schedGetscheduler(t, (int) a0(f));
            case 146: return SchedCalls.schedGetPriorityMax(t, (int) a0(f));
            case 147: return SchedCalls.schedGetPriorityMin(t, (int) a0(f));
            case 148: return SchedCalls.schedRrGetInterval(t, (int) a0(f), a1(f));
            case 149: return MemoryCalls.mlock(t, a0(f), a1(f), 0, true);
            case 150: return MemoryCalls.mlock(t, a0(f), a1(f), 0, false);
            case 151: return MemoryCalls.mlockall(t, (int) a0(f));
            case 152: return MemoryCalls.munlockall(t);
            case 157: return ControlCalls.prctl(t, (int) a0(f), a1(f), a2(f), a3(f), a4(f));
            case 158: return ProcessCalls.archPrctl(t, (int) a0(f), a1(f));
            case 159: return AdjtimexCalls.adjtimex(t, a0(f));
            case 160: return LimitCalls.setrlimit(t, (int) a0(f), a1(f));
            case 161: return PathCalls.chroot(t, a0(f));
            case 162: return FileCalls.sync(t);
            case 164: return TimeCalls.settimeofday(t, a0(f), a1(f));
            case 165: return PathCalls.mount(t, a0(f), a1(f), a2(f), a3(f), a4(f));
            case 166: return PathCalls.umount2(t, a0(f), (int) a1(f));
            case 169: return RebootCalls.reboot(t, (int) a0(f), (int) a1(f), (int) a2(f), a3(f));
            case 170: return ControlCalls.sethostname(t, a0(f), (int) a1(f));
            case 171: return ControlCalls.setdomainname(t, a0(f), (int) a1(f));
            case 186: return ProcessCalls.gettid(t);
            case 188: return setxattr(t, f, false, true);
            case 189: return setxattr(t, f, false, false);
            case 190: return setxattr(t, f, true, false);
            case 191: return getxattr(t, f, false, true);
            case 192: return getxattr(t, f, false, false);
            case 193: return getxattr(t, f, true, false);
            case 194: return listxattr(t, f, false, true);
            case 195: return listxattr(t, f, false, false);
            case 196: return listxattr(t, f, true, false);
            case 197: return XattrCalls.remove(t, false, a0(f), -1, true, a1(f));
            case 198: return XattrCalls.remove(t, false, a0(f), -1, false, a1(f));
            case 199: return XattrCalls.remove(t, true, 0, (int) a0(f), false, a1(f));
            case 200: return SignalCalls.tkill(t, (int) a0(f), (int) a1(f));
            case 201: return TimeCalls.time(t, a0(f));
            case 202: return futex(t, f);
            case 203: return SchedCalls.schedSetaffinity(t, (int) a0(f), a1(f) & 0xFFFFFFFFL, a2(f));
            case 204: return SchedCalls.schedGetaffinity(t, (int) a0(f), a1(f) & 0xFFFFFFFFL, a2(f));
            case 213: return EpollCalls.epollCreate(t, (int) a0(f));
            case 217: return DirCalls.getdents64(t, (int) a0(f), a1(f), a2(f));
            case 218: return ProcessCalls.setTidAddress(t, a0(f));
            case 220: return SemCalls.semtimedop(t, (int) a0(f), a1(f), a2(f), a3(f));
            case 221: return FileCalls.fadvise64(t, (int) a0(f), a1(f), a2(f), (int) a3(f));
            case 227: return TimeCalls.clockSettime(t, (int) a0(f), a1(f));
            case 228: return TimeCalls.clockGettime(t, (int) a0(f), a1(f));
            case 229: return TimeCalls.clockGetres(t, (int) a0(f), a1(f));
            case 230: return TimeCalls.clockNanosleep(t, (int) a0(f), (int) a1(f), a2(f), a3(f));
            case 231: return ProcessCalls.exitGroup(t, (int) a0(f));
            case 232: return EpollCalls.epollWait(t, (int) a0(f), a1(f), (int) a2(f), (int) a3(f));
            case 233: return EpollCalls.epollCtl(t, (int) a0(f), (int) a1(f), (int) a2(f), a3(f));
            case 234: return SignalCalls.tgkill(t, (int) a0(f), (int) a1(f), (int) a2(f));
            case 235: return MetadataCalls.futimesat(t, FsFlags.AT_FDCWD, a0(f), a1(f));
            case 247: return WaitCalls.waitid(t, (int) a0(f), (int) a1(f), a2(f), (int) a3(f), a4(f));
            case 257: return FileCalls.openat(t, (int) a0(f), a1(f), (int) a2(f), (int) a3(f));
            case 258: return FileCalls.mkdirat(t, (int) a0(f), a1(f), (int) a2(f));
            case 259: return PathCalls.mknodat(t, (int) a0(f), a1(f), (int) a2(f), (int) a3(f));
            case 260: return MetadataCalls.fchownat(t, (int) a0(f), a1(f), (int) a2(f), (int) a3(f), (int) a4(f));
            case 261: return MetadataCalls.futimesat(t, (int) a0(f), a1(f), a2(f));
            case 262: return FileCalls.fstatat(t, (int) a0(f), a1(f), a2(f), (int) a3(f));
            case 263: return FileCalls.unlinkat(t, (int) a0(f), a1(f), (int) a2(f));
            case 264: return PathCalls.renameat2(t, (int) a0(f), a1(f), (int) a2(f), a3(f), 0);
            case 265: return PathCalls.linkat(t, (int) a0(f), a1(f), (int) a2(f), a3(f), (int) a4(f));
            case 266: return PathCalls.symlinkat(t, a0(f), (int) a1(f), a2(f));
            case 267: return PathCalls.readlinkat(t, (int) a0(f), a1(f), a2(f), (int) a3(f));
            case 268: return MetadataCalls.fchmodat(t, (int) a0(f), a1(f), (int) a2(f), 0);
            case 269: return MetadataCalls.faccessat(t, (int) a0(f), a1(f), (int) a2(f), 0);
            case 270: return pselect6(t, f);
            case 271: return PollCalls.ppoll(t, a0(f), a1(f) & 0xFFFFFFFFL, a2(f), a3(f), a4(f));
            case 273: return ProcessCalls.setRobustList(t, a0(f), a1(f));
            case 274: return ProcessCalls.getRobustList(t, (int) a0(f), a1(f), a2(f));
            case 275: return splice(t, f);
            case 276: return TransferCalls.tee(t, (int) a0(f), (int) a1(f), a2(f), (int) a3(f));
            case 278: return TransferCalls.vmsplice(t, (int) a0(f), a1(f), a2(f), (int) a3(f));
            case 280: return MetadataCalls.utimensat(t, (int) a0(f), a1(f), a2(f), (int) a3(f));
            case 281: return epollPwait(t, f);
            case 284: return EpollCalls.eventfd2(t, (int) a0(f), 0);
            case 285: return FileCalls.fallocate(t, (int) a0(f), (int) a1(f), a2(f), a3(f));
            case 288: return SocketCalls.onSocket(t, (int) a0(f));
            case 290: return EpollCalls.eventfd2(t, (int) a0(f), (int) a1(f));
            case 291: return EpollCalls.epollCreate1(t, (int) a0(f));
            case 292: return FileCalls.dup3(t, (int) a0(f), (int) a1(f), (int) a2(f));
            case 293: return FileCalls.pipe2(t, a0(f), (int) a1(f));
            case 295: return VectorCalls.preadv(t, (int) a0(f), a1(f), a2(f), a3(f));
            case 296: return VectorCalls.pwritev(t, (int) a0(f), a1(f), a2(f), a3(f));
            case 297: return SignalWaitCalls.rtTgsigqueueinfo(t, (int) a0(f), (int) a1(f), (int) a2(f), a3(f));
            case 299: return SocketCalls.onSocket(t, (int) a0(f));
            case 302: return LimitCalls.prlimit64(t, (int) a0(f), (int) a1(f), a2(f), a3(f));
            case 305: return AdjtimexCalls.clockAdjtime(t, (int) a0(f), a1(f));
            case 306: return FileCalls.syncfs(t, (int) a0(f));
            case 307: return SocketCalls.onSocket(t, (int) a0(f));
            case 309: return SchedCalls.getcpu(t, a0(f), a1(f));
            case 310: return processVm(t, f, false);
            case 311: return processVm(t, f, true);
            case 312: return Kcmp.compare(t, (int) a0(f), (int) a1(f), (int) a2(f), a3(f), a4(f));
            case 315: return SchedCalls.schedGetattr(t, (int) a0(f), a1(f), (int) a2(f), (int) a3(f));
            case 316: return PathCalls.renameat2(t, (int) a0(f), a1(f), (int) a2(f), a3(f), (int) a4(f));
            case 318: return ControlCalls.getrandom(t, a0(f), a1(f), (int) a2(f));
            case 325: return MemoryCalls.mlock(t, a0(f), a1(f), (int) a2(f), true);
            case 326: return copyFileRange(t, f);
            case 327: return VectorCalls.preadv2(t, (int) a0(f), a1(f), a2(f), a3(f), (int) a5(f));
            case 328: return VectorCalls.pwritev2(t, (int) a0(f), a1(f), a2(f), a3(f), (int) a5(f));
            case 332: return MetadataCalls.statx(t, (int) a0(f), a1(f), (int) a2(f), (int) a3(f), a4(f));
            case 334: return -Errno.ENOSYS;   // rseq: libc falls back when it is missing
            case 424: return PidFdCalls.pidfdSendSignal(t, (int) a0(f), (int) a1(f), a2(f), (int) a3(f));
            case 434: return PidFdCalls.pidfdOpen(t, (int) a0(f), (int) a1(f));
            case 436: return FileCalls.closeRange(t, a0(f) & 0xFFFFFFFFL, a1(f) & 0xFFFFFFFFL, (int) a2(f));
            case 437: return FileCalls.openat2(t, (int) a0(f), a1(f), a2(f), a3(f));
            case 438: return PidFdCalls.pidfdGetfd(t, (int) a0(f), (int) a1(f), (int) a2(f));
            case 439: return MetadataCalls.faccessat(t, (int) a0(f), a1(f), (int) a2(f), (int) a3(f));
            case 441: return epollPwait2(t, f);
            default: return unknown(nr);
        }
    }

    // The calls with more than six arguments beside the Task (or constants among them),
    // which would go on the stack, where a jump cannot pass them: call jumps to these with
    // (t, frame) instead, so every case stays a jump and call needs no stack of its own.

    private static long mmap(Task t, long f) {
        return MemoryCalls.mmap(t, a0(f), a1(f), (int) a2(f), (int) a3(f), (int) a4(f), a5(f));
    }

    private static long futex(Task t, long f) {
        return ProcessCalls.futex(t, a0(f), (int) a1(f), (int) a2(f), a3(f), a4(f), (int) a5(f));
    }

    /** setxattr, lsetxattr (follow false) and fsetxattr (byFd). */
    private static long setxattr(Task t, long f, boolean byFd, boolean follow) {
        return XattrCalls.set(t, byFd, byFd ? 0 : a0(f), byFd ? (int) a0(f) : -1, follow, a1(f), a2(f), a3(f), (int) a4(f));
    }

    private static long getxattr(Task t, long f, boolean byFd, boolean follow) {
        return XattrCalls.get(t, byFd, byFd ? 0 : a0(f), byFd ? (int) a0(f) : -1, follow, a1(f), a2(f), a3(f));
    }

    private static long listxattr(Task t, long f, boolean byFd, boolean follow) {
        return XattrCalls.list(t, byFd, byFd ? 0 : a0(f), byFd ? (int) a0(f) : -1, follow, a1(f), a2(f));
    }

    private static long pselect6(Task t, long f) {
        return PollCalls.pselect6(t, (int) a0(f), a1(f), a2(f), a3(f), a4(f), a5(f));
    }

    private static long splice(Task t, long f) {
        return TransferCalls.splice(t, (int) a0(f), a1(f), (int) a2(f), a3(f), a4(f), (int) a5(f));
    }

    private static long epollPwait(Task t, long f) {
        return EpollCalls.epollPwait(t, (int) a0(f), a1(f), (int) a2(f), (int) a3(f), a4(f), a5(f));
    }

    private static long epollPwait2(Task t, long f) {
        return EpollCalls.epollPwait2(t, (int) a0(f), a1(f), (int) a2(f), a3(f), a4(f), a5(f));
    }

    /** process_vm_readv, process_vm_writev (write). */
    private static long processVm(Task t, long f, boolean write) {
        return ProcessVmCalls.transfer(t, (int) a0(f), a1(f), a2(f), a3(f), a4(f), a5(f), write);
    }

    private static long copyFileRange(Task t, long f) {
        return TransferCalls.copyFileRange(t, (int) a0(f), a1(f), (int) a2(f), a3(f), a4(f), (int) a5(f));
    }

    /**
     * A Java exception escaped a system call: a kernel bug. As Linux's oops, the report goes to
     * the kernel log and the calling process is killed (SIGKILL), but the kernel goes on.
     */
    private static long oops(Task t, Throwable bug) {
        long nr = t.origRax();
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
