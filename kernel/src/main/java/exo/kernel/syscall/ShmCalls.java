/*
 * System V shared memory (shmget 29, shmat 30, shmctl 31, shmdt 67): struct shmid64_ds,
 * struct shminfo64 and struct shm_info are laid out here, and attaching is mapping: a segment
 * (ipc.ShmSegment, in MsgCalls' ipc.Ipc) is backed by an unlinked /dev/shm tmpfs file, the
 * same backing as MAP_SHARED|MAP_ANONYMOUS (MemoryCalls.mmap), and shmat maps the segment as a
 * shared file region of the caller's address space. So fork shares the pages, and exec, exit
 * and munmap drop the attachment through the region (vm.Vma's FilePages). shmat's rules are
 * Linux's do_shmat: an address that is not SHMLBA-aligned is EINVAL unless SHM_RND rounds it
 * down, SHM_REMAP needs an address, and a given address may not overlap a mapping unless
 * SHM_REMAP says to replace it. Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Credentials;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.ipc.Ipc;
import exo.kernel.ipc.IpcObject;
import exo.kernel.ipc.ShmSegment;
import exo.kernel.mm.PhysAddr;
import exo.kernel.proc.ProcessLimits;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.util.Fmt;
import exo.kernel.util.LittleEndian;
import exo.kernel.vm.AddressSpace;
import exo.kernel.vm.MappedFile;
import exo.kernel.vm.Vma;

final class ShmCalls {
    private ShmCalls() {}

    private static final Ipc IPC = MsgCalls.IPC;

    static final int SHM_RDONLY = 010000;
    static final int SHM_RND = 020000;
    static final int SHM_REMAP = 040000;
    static final int SHM_EXEC = 0100000;
    /** x86_64's attach alignment: one page. */
    static final long SHMLBA = PhysAddr.PAGE_SIZE;

    static final int SHM_LOCK = 11;
    static final int SHM_UNLOCK = 12;
    static final int SHM_STAT = 13;
    static final int SHM_INFO = 14;
    static final int SHM_STAT_ANY = 15;

    /** struct shmid64_ds: ipc64_perm, size, three times, two pids, nattch, two unused. */
    static final int SHMID_DS_SIZE = 112;
    /** struct shminfo64: shmmax, shmmin, shmmni, shmseg, shmall, four unused (unsigned longs). */
    static final int SHMINFO_SIZE = 72;
    /** struct shm_info: used_ids (int, padded), shm_tot, shm_rss, shm_swp, two swap counters. */
    static final int SHM_INFO_SIZE = 48;

    static long shmget(Task t, int key, long size, int flags) {
        IPC.lock.lock();
        try {
            return ShmSegment.get(IPC, key, size, flags, t.process.cred(), t.process.pid, bytes -> backing(t, bytes));
        } finally {
            IPC.lock.unlock();
        }
    }

    /** A new segment's pages: an unlinked tmpfs file of sizeBytes, as MAP_SHARED|MAP_ANONYMOUS has. */
    private static MappedFile backing(Task t, long sizeBytes) {
        OpenResult r = Processes.files().vfs.openat(t.fsContext(), FsFlags.AT_FDCWD, "/dev/shm",
                OpenFlags.O_TMPFILE | OpenFlags.O_RDWR, 0600);
        if (!r.ok()) {
            return null;
        }
        if (r.file.truncate(sizeBytes, FileSizeLimit.NONE) < 0) {
            r.file.put();
            return null;
        }
        return new MappedFile(r.file, Processes.frames());
    }

    static long shmat(Task t, int id, long addr, int flags) {
        if (id < 0) {
            return -Errno.EINVAL;
        }
        if (addr != 0 && (addr & (SHMLBA - 1)) != 0) {
            if ((flags & SHM_RND) == 0) {
                return -Errno.EINVAL;
            }
            addr &= ~(SHMLBA - 1);
            if (addr == 0 && (flags & SHM_REMAP) != 0) {
                return -Errno.EINVAL;
            }
        } else if (addr == 0 && (flags & SHM_REMAP) != 0) {
            return -Errno.EINVAL;
        }
        int prot = (flags & SHM_RDONLY) != 0 ? Vma.PROT_READ : Vma.PROT_READ | Vma.PROT_WRITE;
        prot |= (flags & SHM_EXEC) != 0 ? Vma.PROT_EXEC : 0;
        ShmSegment seg;
        IPC.lock.lock();
        try {
            seg = IPC.shms.byId(id);
            if (seg == null) {
                return -Errno.EINVAL;
            }
            int access = (flags & SHM_RDONLY) != 0 ? IpcObject.READ : IpcObject.READ | IpcObject.WRITE;
            int r = seg.attach(t.process.cred(), access, t.process.pid);
            if (r < 0) {
                return r;
            }
        } finally {
            IPC.lock.unlock();
        }
        long at = map(t, seg, addr, prot, flags);
        if (at < 0) {
            seg.release();   // the attachment no region took
        }
        return at;
    }

    /** Maps seg's attachment at addr (0: anywhere); its address, or -errno. */
    private static long map(Task t, ShmSegment seg, long addr, int prot, int flags) {
        long size = PhysAddr.alignUp(seg.sizeBytes());
        AddressSpace as = t.process.mm();
        as.lock.lock();
        try {
            long at;
            if (addr != 0) {
                if (!AddressSpace.isUserRange(addr, size)) {
                    return -Errno.ENOMEM;
                }
                if (Long.compareUnsigned(addr, AddressSpace.MMAP_MIN) < 0) {
                    return -Errno.EPERM;
                }
                if ((flags & SHM_REMAP) == 0 && as.findFreeLocked(addr, size) != addr) {
                    return -Errno.EINVAL;   // it overlaps a mapping
                }
                at = addr;
            } else {
                at = as.findFreeLocked(0, size);
                if (at < 0) {
                    return -Errno.ENOMEM;
                }
            }
            int r = ProcessLimits.memoryAllowedLocked(t.process, as, at, size, -1);
            if (r < 0) {
                return r;
            }
            as.mapFixedLocked(at, size, prot, true, seg, 0, "/SYSV" + Fmt.hex(seg.key() & 0xFFFFFFFFL, 8).substring(2) + " (deleted)");
            if ((flags & SHM_RDONLY) != 0) {
                as.denyWriteLocked(at);   // mprotect may not make it writable (EACCES)
            }
            return at;
        } finally {
            as.lock.unlock();
        }
    }

    /**
     * shmdt: the attachment whose first region starts at addr goes, with every other region of
     * the same attachment (mprotect may have split it) within the segment's size from addr.
     */
    static long shmdt(Task t, long addr) {
        if ((addr & (PhysAddr.PAGE_SIZE - 1)) != 0) {
            return -Errno.EINVAL;
        }
        AddressSpace as = t.process.mm();
        ShmSegment seg = null;
        as.lock.lock();
        try {
            for (Vma v = as.firstVma(); v != null; v = as.nextVma(v)) {
                if (Long.compareUnsigned(v.end(), addr) > 0 && isAttachmentAt(v, addr)) {
                    seg = (ShmSegment) v.file();
                    break;
                }
            }
            if (seg == null) {
                return -Errno.EINVAL;
            }
            long end = addr + PhysAddr.alignUp(seg.sizeBytes());
            Vma v = as.firstVma();
            while (v != null && Long.compareUnsigned(v.start(), end) < 0) {
                Vma next = as.nextVma(v);
                if (v.file() == seg && isAttachmentAt(v, addr) && Long.compareUnsigned(v.end(), end) <= 0) {
                    as.unmapLocked(v.start(), v.end() - v.start());
                }
                v = next;
            }
        } finally {
            as.lock.unlock();
        }
        IPC.lock.lock();
        try {
            seg.detached(t.process.pid);
        } finally {
            IPC.lock.unlock();
        }
        return 0;
    }

    /** Is v part of a segment attached at addr (its offset in the segment is its distance from addr)? */
    private static boolean isAttachmentAt(Vma v, long addr) {
        return v.file() instanceof ShmSegment && v.start() - v.fileOffset() == addr;
    }

    static long shmctl(Task t, int id, int cmd, long bufAddr) {
        cmd &= ~MsgCalls.IPC_64;
        if (cmd < 0 || id < 0) {
            return -Errno.EINVAL;
        }
        if (cmd == MsgCalls.IPC_SET) {
            return set(t, id, bufAddr);
        }
        Credentials c = t.process.cred();
        IPC.lock.lock();
        try {
            if (cmd == MsgCalls.IPC_INFO || cmd == SHM_INFO) {
                return info(t, cmd, bufAddr);
            }
            boolean byIndex = cmd == SHM_STAT || cmd == SHM_STAT_ANY;
            ShmSegment s = byIndex ? IPC.shms.atIndex(id) : IPC.shms.byId(id);
            if (s == null) {
                return -Errno.EINVAL;
            }
            switch (cmd) {
                case MsgCalls.IPC_STAT:
                case SHM_STAT:
                case SHM_STAT_ANY:
                    if (cmd != SHM_STAT_ANY && !s.allows(c, IpcObject.READ)) {
                        return -Errno.EACCES;
                    }
                    return copyOutStat(t, s, bufAddr) < 0 ? -Errno.EFAULT : byIndex ? s.id() : 0;
                case MsgCalls.IPC_RMID:
                    if (!s.ownedBy(c)) {
                        return -Errno.EPERM;
                    }
                    s.remove();
                    return 0;
                case SHM_LOCK:
                case SHM_UNLOCK:
                    if (!s.ownedBy(c)) {
                        return -Errno.EPERM;
                    }
                    s.setLocked(cmd == SHM_LOCK);
                    return 0;
                default:
                    return -Errno.EINVAL;
            }
        } finally {
            IPC.lock.unlock();
        }
    }

    /** IPC_SET: the new struct is read first (EFAULT before EINVAL, as on Linux). */
    private static long set(Task t, int id, long bufAddr) {
        byte[] b = new byte[SHMID_DS_SIZE];
        if (UserMemory.copyInArray(t.process.mm(), bufAddr, b, 0, b.length) != b.length) {
            return -Errno.EFAULT;
        }
        IPC.lock.lock();
        try {
            ShmSegment s = IPC.shms.byId(id);
            if (s == null) {
                return -Errno.EINVAL;
            }
            if (!s.ownedBy(t.process.cred())) {
                return -Errno.EPERM;
            }
            s.set(IpcObject.permUid(b), IpcObject.permGid(b), IpcObject.permMode(b));
            return 0;
        } finally {
            IPC.lock.unlock();
        }
    }

    /** Writes s's struct shmid64_ds at bufAddr; 0 or -EFAULT. Lock held. */
    private static long copyOutStat(Task t, ShmSegment s, long bufAddr) {
        byte[] b = new byte[SHMID_DS_SIZE];
        s.writePerm(b);
        LittleEndian.put64(b, 48, s.sizeBytes());
        LittleEndian.put64(b, 56, s.attachSeconds());
        LittleEndian.put64(b, 64, s.detachSeconds());
        LittleEndian.put64(b, 72, s.changeSeconds());
        LittleEndian.put32(b, 80, s.creatorPid());
        LittleEndian.put32(b, 84, s.lastPid());
        LittleEndian.put64(b, 88, s.attachments());
        return UserMemory.copyOutArray(t.process.mm(), bufAddr, b, 0, b.length) == b.length ? 0 : -Errno.EFAULT;
    }

    /** IPC_INFO (struct shminfo64: the limits) or SHM_INFO (struct shm_info: what is in use). */
    private static long info(Task t, int cmd, long bufAddr) {
        byte[] b;
        if (cmd == SHM_INFO) {
            b = new byte[SHM_INFO_SIZE];
            LittleEndian.put32(b, 0, IPC.shms.inUse());
            LittleEndian.put64(b, 8, IPC.shmPages());
            LittleEndian.put64(b, 16, 0);   // shm_rss: FIXME: resident pages are not counted per segment
        } else {
            b = new byte[SHMINFO_SIZE];
            LittleEndian.put64(b, 0, IPC.shmMaxBytes);
            LittleEndian.put64(b, 8, Ipc.SHMMIN);
            LittleEndian.put64(b, 16, IPC.shms.limit());
            LittleEndian.put64(b, 24, Ipc.SHMMNI);   // shmseg: per process, unenforced as on Linux
            LittleEndian.put64(b, 32, IPC.shmAllPages);
        }
        if (UserMemory.copyOutArray(t.process.mm(), bufAddr, b, 0, b.length) != b.length) {
            return -Errno.EFAULT;
        }
        return Math.max(0, IPC.shms.highestIndex());
    }
}
