/*
 * exec's placement of an ELF file's PT_LOAD segments in a new address space, as Linux's ELF
 * loader does it. A segment's file pages are mapped privately from the file's page cache: the
 * read-only and executable ones share the cache's frames with every process running the
 * program (no copy, and the frames that hold code stay the same from one exec to the next,
 * which QEMU's translated-code cache rewards), and a write to a writable segment copies the
 * page first (MAP_PRIVATE). Past the file's bytes a segment is anonymous zero memory (.bss);
 * the page where the file bytes end becomes a private copy whose tail is zeroed, as Linux's
 * padzero does. A page shared with the previous segment (they may meet inside one page) gets
 * this segment's bytes copied in. Files without a page cache (Inode.pageFrame fails) are copied
 * into anonymous memory instead. Called by Exec.loadElf for the program and its interpreter.
 */
package exo.kernel.proc;

import exo.kernel.exec.ElfImage;
import exo.kernel.exec.ElfSegment;
import exo.kernel.exec.ElfSource;
import exo.kernel.exec.ExecException;
import exo.kernel.fs.Errno;
import exo.kernel.fs.vfs.OpenFile;
import exo.kernel.mm.PhysAddr;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.vm.AddressSpace;
import exo.kernel.vm.MappedFile;
import exo.kernel.vm.Vma;

final class ExecSegments {
    private ExecSegments() {}

    private static final long PAGE = PhysAddr.PAGE_SIZE;

    /**
     * Places every PT_LOAD of elf at vaddr + bias (named name in /proc/PID/maps), reading file
     * bytes through src; file is the open ELF file (its page cache is mapped when it has one).
     */
    static void load(AddressSpace mm, ElfImage elf, long bias, ElfSource src, OpenFile file, String name) {
        OpenFile cached = hasPageCache(file) ? file : null;
        for (int i = 0; i < elf.segmentCount(); i++) {
            place(mm, elf.segment(i), bias, src, cached, name);
        }
    }

    /** Can the file's pages be mapped (a file system with a page cache, such as tmpfs)? */
    private static boolean hasPageCache(OpenFile file) {
        // Page 0 holds the ELF header, so it exists; the probe takes no frame reference.
        return file != null && file.inode != null && file.inode.isRegular() && file.inode.pageFrame(0) >= 0;
    }

    /** One segment: regions first (read-write while its bytes go in), then its protection. */
    private static void place(AddressSpace mm, ElfSegment s, long bias, ElfSource src, OpenFile cached, String name) {
        long vaddr = s.vaddr + bias;
        long start = PhysAddr.alignDown(vaddr);
        long end = PhysAddr.alignUp(vaddr + s.memsz);
        long fileEnd = cached == null || s.filesz == 0 ? start : PhysAddr.alignUp(vaddr + s.filesz);
        long from = mapRegions(mm, s, start, fileEnd, end, cached, name);
        // Bytes the page cache does not give: all of them when copying, else the part of a
        // first page an earlier segment already mapped.
        long copyLen = cached == null ? s.filesz : Math.min(s.filesz, Math.max(0, from - vaddr));
        copyFileBytes(mm, src, s.offset, vaddr, copyLen);
        long fileBytesEnd = vaddr + s.filesz;
        if (cached != null && s.memsz > s.filesz && (fileBytesEnd & (PAGE - 1)) != 0) {
            // The file's following bytes share the page where .bss starts: a private zeroed tail.
            long tail = fileEnd - fileBytesEnd;
            if (UserMemory.zero(mm, fileBytesEnd, tail) != tail) {
                throw new ExecException(Errno.EFAULT, "bss start at 0x" + Long.toHexString(fileBytesEnd));
            }
        }
        mm.lock.lock();
        try {
            mm.protectLocked(start, end - start, protection(s));
        } finally {
            mm.lock.unlock();
        }
    }

    /**
     * Maps the segment's pages not mapped yet (segments may share a page at their boundary: the
     * earlier one's region keeps it): [.., fileEnd) from the file, the rest anonymous. Returns
     * the first page it mapped (end when none).
     */
    private static long mapRegions(AddressSpace mm, ElfSegment s, long start, long fileEnd, long end, OpenFile cached,
            String name) {
        int rw = Vma.PROT_READ | Vma.PROT_WRITE;
        mm.lock.lock();
        try {
            long from = start;
            while (from < end && mm.findLocked(from) != null) {
                from += PAGE;
            }
            if (from < fileEnd) {
                cached.get();   // the region's reference, released with its last region
                long offset = PhysAddr.alignDown(s.offset) + (from - start);
                mm.mapFixedLocked(from, fileEnd - from, rw, false, new MappedFile(cached, mm.frames()), offset, name);
            }
            long anonFrom = Math.max(from, fileEnd);
            if (anonFrom < end) {
                mm.mapFixedLocked(anonFrom, end - anonFrom, rw, false, null, 0, name);
            }
            return from;
        } finally {
            mm.lock.unlock();
        }
    }

    private static int protection(ElfSegment s) {
        return (s.readable() ? Vma.PROT_READ : 0) | (s.writable() ? Vma.PROT_WRITE : 0)
                | ((s.flags & ElfSegment.PF_X) != 0 ? Vma.PROT_EXEC : 0);
    }

    /** Copies len file bytes from offset to addr in mm, a page at a time. */
    private static void copyFileBytes(AddressSpace mm, ElfSource src, long offset, long addr, long len) {
        byte[] buf = new byte[(int) Math.min(PAGE, Math.max(len, 1))];
        long done = 0;
        while (done < len) {
            int n = (int) Math.min(buf.length, len - done);
            int got = src.read(offset + done, buf, 0, n);
            if (got != n) {
                throw new ExecException(Errno.EIO, "short read of a segment");
            }
            if (UserMemory.copyOutArray(mm, addr + done, buf, 0, n) != n) {
                throw new ExecException(Errno.EFAULT, "segment copy at 0x" + Long.toHexString(addr + done));
            }
            done += n;
        }
    }
}
