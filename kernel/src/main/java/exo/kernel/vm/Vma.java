/*
 * One mapped region of a user address space, [start, end) page-aligned: its protection
 * (PROT_*), whether it is shared (MAP_SHARED: writes reach the backing store and other mappers)
 * or private (copy-on-write), what backs it (nothing: anonymous zero pages; or a file's pages,
 * from fileOffset), and what it is for (/proc/PID/maps names the heap and the stack). Owned by
 * an AddressSpace, which splits and joins regions as mmap, munmap and mprotect cut them.
 */
package exo.kernel.vm;

public final class Vma {
    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int PROT_EXEC = 4;

    public static final int KIND_ANON = 0;
    public static final int KIND_FILE = 1;

    long start;
    long end;
    int prot;
    boolean shared;
    /** Grows down on faults just below it (the main thread's stack). */
    boolean growsDown;
    /**
     * May mprotect make it writable (Linux's VM_MAYWRITE)? Not for a shared mapping of a file
     * opened without write access, nor for a SHM_RDONLY attachment: writes there would reach
     * the file or segment that the mapper may not write.
     */
    boolean mayWrite = true;
    final int kind;
    /** The file's pages, for KIND_FILE. */
    final FilePages file;
    /** Offset in the file of the byte at start. */
    long fileOffset;
    /** "[heap]", "[stack]", a file's path, or null. */
    String name;

    Vma(long start, long end, int prot, boolean shared, int kind, FilePages file, long fileOffset, String name) {
        this.start = start;
        this.end = end;
        this.prot = prot;
        this.shared = shared;
        this.kind = kind;
        this.file = file;
        this.fileOffset = fileOffset;
        this.name = name;
    }

    /** The part of this region from addr up, as a new region (this one keeps [start, addr)). */
    Vma splitAt(long addr) {
        if (file != null) {
            file.retain();
        }
        Vma upper = new Vma(addr, end, prot, shared, kind, file, fileOffset + (addr - start), name);
        upper.growsDown = growsDown;
        upper.mayWrite = mayWrite;
        end = addr;
        return upper;
    }

    /** A copy for another address space (fork), holding the file too. */
    Vma copy() {
        if (file != null) {
            file.retain();
        }
        Vma c = new Vma(start, end, prot, shared, kind, file, fileOffset, name);
        c.growsDown = growsDown;
        c.mayWrite = mayWrite;
        return c;
    }

    /** This region's attributes from addr on, as a new region [to, to + len) holding the file too (mremap). */
    Vma copyPart(long addr, long to, long len) {
        if (file != null) {
            file.retain();
        }
        Vma c = new Vma(to, to + len, prot, shared, kind, file, fileOffset + (addr - start), name);
        c.growsDown = growsDown;
        c.mayWrite = mayWrite;
        return c;
    }

    /**
     * Can next, which starts at this region's end, become part of this one? Linux keeps such
     * neighbours as one region (same protection, sharing and backing, file offsets continuing);
     * mremap needs that view, because its old range must lie inside one region.
     */
    boolean canJoin(Vma next) {
        return next.start == end && next.prot == prot && next.shared == shared && next.kind == kind
                && next.growsDown == growsDown && next.mayWrite == mayWrite && next.file == file
                && (file == null || next.fileOffset == fileOffset + (end - start))
                && (name == null ? next.name == null : name.equals(next.name));
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }

    public int prot() {
        return prot;
    }

    public boolean isShared() {
        return shared;
    }

    public String name() {
        return name;
    }

    /** What backs a file region (a file, or a System V shared memory segment), else null. */
    public FilePages file() {
        return file;
    }

    /** Offset in the backing of the byte at start (shmdt finds an attachment's first region by it). */
    public long fileOffset() {
        return fileOffset;
    }

    /** The region is gone: let go of its file. */
    void dropped() {
        if (file != null) {
            file.release();
        }
    }

    public boolean contains(long addr) {
        return Long.compareUnsigned(addr, start) >= 0 && Long.compareUnsigned(addr, end) < 0;
    }
}
