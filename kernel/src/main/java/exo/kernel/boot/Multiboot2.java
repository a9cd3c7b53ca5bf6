/*
 * Parser of the multiboot2 boot information structure (Multiboot2 specification, section 3.6),
 * read through the direct map. Layout: u32 total_size, u32 reserved, then tags, each starting
 * on an 8-byte boundary with u32 type and u32 size (size excludes the padding), ended by a tag
 * of type 0 and size 8. Understood tags: 1 command line, 2 boot loader name, 3 module, 4 basic
 * meminfo, 6 memory map; the others are skipped. Every size is checked against the structure's
 * end, so a truncated or garbage structure gives a MultibootException naming the fault instead
 * of reading wild memory. Called once by Boot; tests build structures in Sim memory.
 */
package exo.kernel.boot;

import exo.hw.Memory;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PhysAddr;
import exo.kernel.util.Fmt;

public final class Multiboot2 {
    private Multiboot2() {}

    /** Value of EAX at kernel entry when a multiboot2 loader started us. */
    public static final int BOOTLOADER_MAGIC = 0x36D76289;
    /** First word of the header in the kernel image (multiboot2.S), spec 3.1.1. */
    public static final int HEADER_MAGIC = 0xE85250D6;
    /** Header architecture field: 32-bit protected-mode i386 entry. */
    public static final int HEADER_ARCH_I386 = 0;
    /** Header tag asking the loader for information tags. */
    public static final int HEADER_TAG_INFO_REQUEST = 1;
    /** GRUB's info is a few KiB; anything larger than this is garbage, not a big machine. */
    public static final long MAX_INFO_SIZE = 1L << 20;

    public static final int TAG_END = 0;
    public static final int TAG_CMDLINE = 1;
    public static final int TAG_BOOT_LOADER_NAME = 2;
    public static final int TAG_MODULE = 3;
    public static final int TAG_BASIC_MEMINFO = 4;
    public static final int TAG_MEMORY_MAP = 6;
    public static final int TAG_ACPI_OLD = 14;
    public static final int TAG_ACPI_NEW = 15;

    /** Parses the structure at physical address infoPhys. */
    public static BootInfo parse(long infoPhys) {
        if ((infoPhys & 7) != 0 || infoPhys == 0) {
            throw new MultibootException("multiboot2: info address " + Fmt.hex(infoPhys)
                    + " is not a non-null 8-byte aligned address");
        }
        long base = PhysAddr.toVirt(infoPhys);
        long total = Memory.read32(base) & 0xFFFFFFFFL;
        if (total < 16 || total > MAX_INFO_SIZE) {
            throw new MultibootException("multiboot2: total size " + total
                    + " is outside [16, " + MAX_INFO_SIZE + "] (header plus end tag at least)");
        }
        BootInfo info = new BootInfo();
        info.infoPhys = infoPhys;
        info.infoSize = total;
        parseTags(base, total, info);
        if (!info.hasMemoryMapTag) {
            mapFromMeminfo(info);
        }
        return info;
    }

    private static void parseTags(long base, long total, BootInfo info) {
        long offset = 8;
        while (offset + 8 <= total) {
            int type = Memory.read32(base + offset);
            long size = Memory.read32(base + offset + 4) & 0xFFFFFFFFL;
            if (size < 8 || offset + size > total) {
                throw new MultibootException("multiboot2: tag type " + type + " at offset " + offset
                        + " has size " + size + ", outside [8, " + (total - offset)
                        + "] (structure is " + total + " bytes)");
            }
            if (type == TAG_END) {
                return;
            }
            parseTag(type, base + offset, size, offset, info);
            offset += (size + 7) & ~7L;
        }
        throw new MultibootException("multiboot2: no end tag within the " + total + "-byte structure");
    }

    private static void parseTag(int type, long tag, long size, long offset, BootInfo info) {
        if (type == TAG_CMDLINE) {
            info.commandLine = readString(tag + 8, size - 8, type, offset);
        } else if (type == TAG_BOOT_LOADER_NAME) {
            info.bootLoaderName = readString(tag + 8, size - 8, type, offset);
        } else if (type == TAG_MODULE) {
            parseModule(tag, size, offset, info);
        } else if (type == TAG_BASIC_MEMINFO) {
            requireSize(type, size, 16, offset);
            info.memLowerKiB = Memory.read32(tag + 8) & 0xFFFFFFFFL;
            info.memUpperKiB = Memory.read32(tag + 12) & 0xFFFFFFFFL;
        } else if (type == TAG_MEMORY_MAP) {
            parseMemoryMap(tag, size, offset, info);
        }
    }

    private static void parseModule(long tag, long size, long offset, BootInfo info) {
        requireSize(TAG_MODULE, size, 16, offset);
        long start = Memory.read32(tag + 8) & 0xFFFFFFFFL;
        long end = Memory.read32(tag + 12) & 0xFFFFFFFFL;
        if (end < start) {
            throw new MultibootException("multiboot2: module at offset " + offset + " ends ("
                    + Fmt.hex(end) + ") before it starts (" + Fmt.hex(start) + ")");
        }
        String cmdline = size > 16 ? readString(tag + 16, size - 16, TAG_MODULE, offset) : "";
        info.modules.add(new BootModule(start, end, cmdline));
    }

    private static void parseMemoryMap(long tag, long size, long offset, BootInfo info) {
        requireSize(TAG_MEMORY_MAP, size, 16, offset);
        long entrySize = Memory.read32(tag + 8) & 0xFFFFFFFFL;
        if (entrySize < 24 || (entrySize & 7) != 0) {
            throw new MultibootException("multiboot2: memory map at offset " + offset
                    + " has entry size " + entrySize + " (must be a multiple of 8, at least 24)");
        }
        long entries = (size - 16) / entrySize;
        for (long i = 0; i < entries; i++) {
            long e = tag + 16 + i * entrySize;
            long regionBase = Memory.read64(e);
            long length = Memory.read64(e + 8);
            int type = Memory.read32(e + 16);
            if (Long.compareUnsigned(regionBase + length, regionBase) < 0) {
                throw new MultibootException("multiboot2: memory map entry " + i + " at "
                        + Fmt.hex(regionBase) + " with length " + Fmt.hex(length) + " wraps around");
            }
            info.memoryMap.add(regionBase, length, type);
        }
        info.hasMemoryMapTag = true;
    }

    /** Builds a two-region map from tag 4 when the loader gave no memory map. */
    private static void mapFromMeminfo(BootInfo info) {
        if (info.memLowerKiB < 0) {
            throw new MultibootException("multiboot2: neither a memory map (tag 6) nor basic meminfo (tag 4)");
        }
        info.memoryMap.add(0, info.memLowerKiB * 1024, MemoryMap.AVAILABLE);
        info.memoryMap.add(0x100000, info.memUpperKiB * 1024, MemoryMap.AVAILABLE);
    }

    private static void requireSize(int type, long size, long min, long offset) {
        if (size < min) {
            throw new MultibootException("multiboot2: tag type " + type + " at offset " + offset
                    + " has size " + size + ", less than its " + min + "-byte minimum");
        }
    }

    /** A NUL-terminated string of at most maxBytes bytes (ASCII/Latin-1, one char per byte). */
    private static String readString(long addr, long maxBytes, int type, long offset) {
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < maxBytes; i++) {
            int b = Memory.read8(addr + i) & 0xFF;
            if (b == 0) {
                return sb.toString();
            }
            sb.append((char) b);
        }
        throw new MultibootException("multiboot2: string of tag type " + type + " at offset "
                + offset + " is not NUL-terminated within its tag");
    }
}
