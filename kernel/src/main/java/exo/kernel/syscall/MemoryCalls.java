/*
 * The memory system calls: brk, mmap (anonymous memory, private or shared; files, private
 * (copy-on-write over the page cache) or shared (the page cache's frames)), munmap, mprotect,
 * mremap (vm.Remap: in place, moved, MREMAP_FIXED, MREMAP_DONTUNMAP),
 * madvise (MADV_DONTNEED drops pages; the other advice Linux knows is accepted and ignored). Arguments are checked as Linux
 * checks them (alignment, lengths that wrap, flags that conflict) before the address space
 * (vm.AddressSpace) changes, under its lock; RLIMIT_AS (and RLIMIT_DATA for brk) may refuse a
 * mapping (proc.ProcessLimits). Called only by Syscalls.
 */
package exo.kernel.syscall;

import exo.kernel.fs.Errno;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.mm.PhysAddr;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.fs.vfs.OpenResult;
import exo.kernel.proc.ProcessLimits;
import exo.kernel.proc.ResourceLimits;
import exo.kernel.proc.Processes;
import exo.kernel.proc.Task;
import exo.kernel.proc.ResourceLimits;
import exo.kernel.vm.MappedFile;
import exo.kernel.vm.Remap;
import exo.kernel.vm.Vma;
import exo.kernel.vm.AddressSpace;

final class MemoryCalls {
    private MemoryCalls() {}

    static final int PROT_MASK = 7;
    static final int MAP_SHARED = 0x01;
    static final int MAP_PRIVATE = 0x02;
    static final int MAP_SHARED_VALIDATE = 0x03;
    static final int MAP_FIXED = 0x10;
    static final int MAP_ANONYMOUS = 0x20;
    static final int MAP_GROWSDOWN = 0x100;
    static final int MAP_DENYWRITE = 0x800;
    static final int MAP_EXECUTABLE = 0x1000;
    static final int MAP_LOCKED = 0x2000;
    static final int MAP_NORESERVE = 0x4000;
    static final int MAP_POPULATE = 0x8000;
    static final int MAP_NONBLOCK = 0x10000;
    static final int MAP_STACK = 0x20000;
    static final int MAP_HUGETLB = 0x40000;
    static final int MAP_FIXED_NOREPLACE = 0x100000;
    static final int MADV_DONTNEED = 4;

    static long brk(Task t, long addr) {
        AddressSpace as = t.process.mm();
        as.lock.lock();
        try {
            if (Long.compareUnsigned(addr, as.brk()) > 0 && !brkAllowedLocked(t, as, addr)) {
                return as.brk();   // RLIMIT_AS or RLIMIT_DATA: the break stays
            }
            return as.setBrkLocked(addr);
        } finally {
            as.lock.unlock();
        }
    }

    static long mmap(Task t, long addr, long len, int prot, int flags, int fd, long offset) {
        int type = flags & MAP_SHARED_VALIDATE;
        if (type == 0 || len == 0 || (prot & ~PROT_MASK) != 0) {
            return -Errno.EINVAL;
        }
        long size = PhysAddr.alignUp(len);
        if (size == 0 || Long.compareUnsigned(size, AddressSpace.USER_TOP) > 0) {
            return -Errno.ENOMEM;
        }
        boolean shared = type != MAP_PRIVATE;
        boolean fixed = (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) != 0;
        if (fixed && (addr & (PhysAddr.PAGE_SIZE - 1)) != 0) {
            return -Errno.EINVAL;
        }
        MappedFile file = null;
        boolean mayWrite = true;
        if ((flags & MAP_ANONYMOUS) == 0) {
            if ((offset & (PhysAddr.PAGE_SIZE - 1)) != 0 || offset < 0) {
                return -Errno.EINVAL;
            }
            OpenFile f = t.process.fds().acquire(fd);
            if (f == null) {
                return -Errno.EBADF;
            }
            int check = checkMappable(f, prot, shared);
            if (check < 0) {
                f.put();
                return check;
            }
            mayWrite = !shared || f.canWrite();
            file = new MappedFile(f, Processes.frames());
        } else if (shared) {
            // Shared anonymous memory is a file of its own, unlinked, on /dev/shm's tmpfs.
            OpenResult r = Processes.files().vfs.openat(t.fsContext(), FsFlags.AT_FDCWD, "/dev/shm",
                    OpenFlags.O_TMPFILE | OpenFlags.O_RDWR, 0600);
            if (!r.ok()) {
                return r.error;
            }
            if (r.file.truncate(size, FileSizeLimit.NONE) < 0) {
                r.file.put();
                return -Errno.ENOMEM;
            }
            file = new MappedFile(r.file, Processes.frames());
            offset = 0;
        }
        AddressSpace as = t.process.mm();
        as.lock.lock();
        try {
            long at;
            if (fixed) {
                if (!AddressSpace.isUserRange(addr, size) || Long.compareUnsigned(addr, AddressSpace.MMAP_MIN) < 0) {
                    return -Errno.EPERM;
                }
                if ((flags & MAP_FIXED_NOREPLACE) != 0 && (flags & MAP_FIXED) == 0 && as.findLocked(addr) != null) {
                    return -Errno.EEXIST;
                }
                at = addr;
            } else {
                at = as.findFreeLocked(addr & ~(PhysAddr.PAGE_SIZE - 1), size);
                if (at < 0) {
                    return -Errno.ENOMEM;
                }
            }
            int r = ProcessLimits.memoryAllowedLocked(t.process, as, at, size, -1);
            if (r < 0) {
                return r;
            }
            String name = file != null ? file.file().describe(t.fsContext()) : (flags & MAP_STACK) != 0 ? "[stack]" : null;
            as.mapFixedLocked(at, size, prot, shared, file, offset, name);
            file = null;   // the region holds it now
            if (!mayWrite) {
                as.denyWriteLocked(at);
            }
            return at;
        } finally {
            as.lock.unlock();
            if (file != null) {
                file.release();   // an error before the region took it
            }
        }
    }

    /** May the break move up to newBrk within RLIMIT_AS and RLIMIT_DATA? Lock held. */
    private static boolean brkAllowedLocked(Task t, AddressSpace as, long newBrk) {
        long oldTop = PhysAddr.alignUp(as.brk());
        long newTop = PhysAddr.alignUp(newBrk);
        long heapAfter = as.heapBytes() + (newBrk - as.brk());
        return ProcessLimits.memoryAllowedLocked(t.process, as, oldTop, newTop - oldTop, heapAfter) == 0;
    }

    /** Can f be mapped with prot: read access always, write access for a shared writable map. */
    private static int checkMappable(OpenFile f, int prot, boolean shared) {
        if (!f.canRead() || shared && (prot & Vma.PROT_WRITE) != 0 && !f.canWrite()) {
            return -Errno.EACCES;
        }
        if (f.inode == null || !f.inode.isRegular()) {
            return -Errno.ENODEV;
        }
        return 0;
    }

    static long munmap(Task t, long addr, long len) {
        if ((addr & (PhysAddr.PAGE_SIZE - 1)) != 0 || len <= 0) {
            return -Errno.EINVAL;
        }
        long size = PhysAddr.alignUp(len);
        if (!AddressSpace.isUserRange(addr, size)) {
            return -Errno.EINVAL;
        }
        AddressSpace as = t.process.mm();
        as.lock.lock();
        try {
            as.unmapLocked(addr, size);
            return 0;
        } finally {
            as.lock.unlock();
        }
    }

    static long mprotect(Task t, long addr, long len, int prot) {
        if ((addr & (PhysAddr.PAGE_SIZE - 1)) != 0 || (prot & ~PROT_MASK) != 0) {
            return -Errno.EINVAL;
        }
        if (len == 0) {
            return 0;
        }
        long size = PhysAddr.alignUp(len);
        if (size == 0 || !AddressSpace.isUserRange(addr, size)) {
            return -Errno.ENOMEM;
        }
        AddressSpace as = t.process.mm();
        as.lock.lock();
        try {
            return as.protectLocked(addr, size, prot);
        } finally {
            as.lock.unlock();
        }
    }

    static long mremap(Task t, long addr, long oldLen, long newLen, int flags, long newAddr) {
        int known = Remap.MREMAP_MAYMOVE | Remap.MREMAP_FIXED | Remap.MREMAP_DONTUNMAP;
        boolean mayMove = (flags & Remap.MREMAP_MAYMOVE) != 0;
        if ((flags & ~known) != 0 || (flags & Remap.MREMAP_FIXED) != 0 && !mayMove
                || (flags & Remap.MREMAP_DONTUNMAP) != 0 && (!mayMove || oldLen != newLen)
                || (addr & (PhysAddr.PAGE_SIZE - 1)) != 0) {
            return -Errno.EINVAL;
        }
        long oldSize = PhysAddr.alignUp(oldLen);   // both wrap to 0 past 2^64 - 4096, as Linux's
        long newSize = PhysAddr.alignUp(newLen);
        if (newSize == 0) {
            return -Errno.EINVAL;
        }
        AddressSpace as = t.process.mm();
        ResourceLimits limits = t.process.limits();
        as.lock.lock();
        try {
            long mapped = as.mappedBytesAfterLocked(0, 0);
            return Remap.remapLocked(as, addr, oldSize, newSize, flags, newAddr,
                    extra -> limits.allows(ResourceLimits.RLIMIT_AS, mapped + extra));
        } finally {
            as.lock.unlock();
        }
    }

    static long madvise(Task t, long addr, long len, int advice) {
        if (!knownAdvice(advice) || (addr & (PhysAddr.PAGE_SIZE - 1)) != 0) {
            return -Errno.EINVAL;
        }
        long size = PhysAddr.alignUp(len);
        if (len != 0 && size == 0 || !AddressSpace.isUserRange(addr, size)) {
            return -Errno.EINVAL;
        }
        if (size == 0) {
            return 0;
        }
        AddressSpace as = t.process.mm();
        as.lock.lock();
        try {
            if (advice != MADV_DONTNEED) {
                // The other advice is a hint: nothing to do, but an unmapped part is ENOMEM.
                return isMappedLocked(as, addr, size) ? 0 : -Errno.ENOMEM;
            }
            return as.discardLocked(addr, size);
        } finally {
            as.lock.unlock();
        }
    }

    private static boolean isMappedLocked(AddressSpace as, long addr, long size) {
        long a = addr;
        while (Long.compareUnsigned(a, addr + size) < 0) {
            Vma v = as.findLocked(a);
            if (v == null) {
                return false;
            }
            a = v.end();
        }
        return true;
    }

    /**
     * The advice values Linux 6.1 (with KSM and transparent huge pages, as Debian builds it)
     * accepts: MADV_NORMAL..MADV_DONTNEED (0-4) and MADV_FREE..MADV_DONTNEED_LOCKED (8-24).
     * MADV_HWPOISON and MADV_SOFT_OFFLINE (100, 101) poison memory: refused as unknown.
     */
    private static boolean knownAdvice(int advice) {
        return advice >= 0 && advice <= MADV_DONTNEED || advice >= 8 && advice <= 24;
    }

    static final int MS_ASYNC = 1;
    static final int MS_INVALIDATE = 2;
    static final int MS_SYNC = 4;

    /**
     * msync: shared file mappings write straight into the page cache, which is the file (every
     * file system is in memory), so there is nothing to write back; the arguments are checked
     * as Linux does: EINVAL for an unaligned address, unknown flags or MS_ASYNC with MS_SYNC,
     * ENOMEM when part of the range is not mapped.
     */
    static long msync(Task t, long addr, long len, int flags) {
        if ((addr & (PhysAddr.PAGE_SIZE - 1)) != 0 || (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)) != 0
                || (flags & (MS_ASYNC | MS_SYNC)) == (MS_ASYNC | MS_SYNC)) {
            return -Errno.EINVAL;
        }
        long size = PhysAddr.alignUp(len);
        if (len < 0 || size < len) {
            return -Errno.ENOMEM;
        }
        if (size == 0) {
            return 0;
        }
        if (!AddressSpace.isUserRange(addr, size)) {
            return -Errno.ENOMEM;
        }
        return mapped(t.process.mm(), addr, size) ? 0 : -Errno.ENOMEM;
    }

    /** Whether every page of [addr, addr + size) lies in a region. */
    private static boolean mapped(AddressSpace as, long addr, long size) {
        as.lock.lock();
        try {
            return isMappedLocked(as, addr, size);
        } finally {
            as.lock.unlock();
        }
    }

    static final int MCL_CURRENT = 1;
    static final int MCL_FUTURE = 2;
    static final int MCL_ONFAULT = 4;
    static final int MLOCK_ONFAULT = 1;

    /**
     * mlock, mlock2, munlock: nothing is ever paged out (no swap), so locking only checks what
     * Linux checks: the range must be mapped (ENOMEM), and a process without CAP_IPC_LOCK may
     * lock no more than RLIMIT_MEMLOCK (EPERM when that is 0, else ENOMEM). Locked amounts are
     * not counted across calls (FIXME: VmLck in /proc/PID/status, mmap's MAP_LOCKED).
     */
    static long mlock(Task t, long addr, long len, int flags, boolean lock) {
        if ((flags & ~MLOCK_ONFAULT) != 0) {
            return -Errno.EINVAL;
        }
        long start = addr & ~(PhysAddr.PAGE_SIZE - 1);
        long end = PhysAddr.alignUp(addr + len);
        if (len < 0 || end < start) {
            return -Errno.EINVAL;
        }
        if (lock) {
            long r = memlockAllowed(t, end - start);
            if (r < 0) {
                return r;
            }
        }
        if (end == start) {
            return 0;
        }
        return AddressSpace.isUserRange(start, end - start) && mapped(t.process.mm(), start, end - start)
                ? 0 : -Errno.ENOMEM;
    }

    /** mlockall: flags are MCL_CURRENT and/or MCL_FUTURE, with MCL_ONFAULT beside one of them. */
    static long mlockall(Task t, int flags) {
        if (flags == 0 || (flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)) != 0
                || (flags & (MCL_CURRENT | MCL_FUTURE)) == 0) {
            return -Errno.EINVAL;
        }
        long mappedBytes = 0;
        AddressSpace as = t.process.mm();
        as.lock.lock();
        try {
            for (Vma v = as.firstVma(); v != null; v = as.nextVma(v)) {
                mappedBytes += v.end() - v.start();
            }
        } finally {
            as.lock.unlock();
        }
        return memlockAllowed(t, (flags & MCL_CURRENT) != 0 ? mappedBytes : 0);
    }

    static long munlockall(Task t) {
        return 0;
    }

    /** RLIMIT_MEMLOCK's check for an unprivileged caller locking bytes. */
    private static long memlockAllowed(Task t, long bytes) {
        if (t.process.cred().isRoot()) {
            return 0;
        }
        long limit = ProcessLimits.get(t.process, ResourceLimits.RLIMIT_MEMLOCK)[0];
        if (limit == 0) {
            return -Errno.EPERM;
        }
        return Long.compareUnsigned(bytes, limit) > 0 ? -Errno.ENOMEM : 0;
    }
}
