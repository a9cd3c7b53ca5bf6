/*
 * What the boot assembly (kernel/arch/x86_64/boot.S) maps before the first Java call, all with
 * 2 MiB pages over one set of page directories: physical 0..IDENTITY_MAP_GIB at virtual 0 (for
 * the switch to long mode), 0..DIRECT_MAP_GIB at the direct map, 0..KERNEL_MAP_GIB at the
 * kernel's -2 GiB base; and its boot stack with the unused page below it. The entry words it
 * writes are composed from PageEntry's bits. The Java kernel extends the direct map to all of
 * RAM once it runs (mm.DirectMap); the assembly gets these numbers from the generated layout.h.
 */
package exo.kernel.arch.x86_64.mm;

public final class BootMaps {
    private BootMaps() {}

    public static final int IDENTITY_MAP_GIB = 1;
    public static final int DIRECT_MAP_GIB = 4;
    public static final int KERNEL_MAP_GIB = 1;

    public static final long BOOT_STACK_BYTES = 64 * 1024;
    public static final long BOOT_STACK_GUARD_BYTES = 4096;

    /** A page-table entry pointing at the next level: present, writable. */
    public static final long PTE_TABLE = PageEntry.PRESENT | PageEntry.WRITABLE;
    /** A 2 MiB page: present, writable, page size. */
    public static final long PTE_2MIB = PageEntry.PRESENT | PageEntry.WRITABLE | PageEntry.HUGE;
    public static final long PAGE_2MIB = 2L << 20;

    /**
     * The runtime heap's window of virtual addresses: the top GiB, above the kernel image's
     * map (exoc --heap-at; tools/boot/build-kernel reads it from layout.h). Its pages are
     * backed as the heap first touches them: by early_heap.S from a pool in .bss until the
     * kernel's IDT is loaded, then by mm.KernelHeap from the frame allocator.
     */
    public static final long HEAP_WINDOW_BASE = 0xFFFFFFFFC0000000L;
    /** The most the window can hold (the top 2 MiB stay unmapped: end addresses never wrap). */
    public static final long HEAP_WINDOW_MAX_BYTES = (1L << 30) - PAGE_2MIB;
    /** early_heap.S's pool: what the heap and its page tables use before the frame allocator. */
    public static final long EARLY_HEAP_POOL_BYTES = 4L << 20;
}
