/*
 * Multiboot2 parsing of hand-built structures, including truncated and garbage ones.
 */
package exo.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Memory;
import exo.hw.Sim;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PhysAddr;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Multiboot2Test {
    static final long INFO = 0x10000;

    @BeforeEach
    void reset() {
        Sim.reset();
    }

    static MultibootImage qemuLike() {
        return new MultibootImage()
                .cmdline("kbd=fr log=debug")
                .loaderName("GRUB 2.06")
                .meminfo(639, 129920)
                .mmap(0, 0x9FC00, 1,
                      0x9FC00, 0x400, 2,
                      0xF0000, 0x10000, 2,
                      0x100000, 0x7EE0000, 1,
                      0x7FE0000, 0x20000, 2,
                      0xFFFC0000L, 0x40000, 2)
                .module(0x200000, 0x201234, "initrd")
                .end();
    }

    @Test
    void parsesEveryKnownTag() {
        MultibootImage img = qemuLike();
        qemuLike().writeTo(INFO);
        BootInfo info = Multiboot2.parse(INFO);
        assertEquals(INFO, info.infoPhys);
        assertEquals(img.bytes().length, info.infoSize);
        assertEquals("kbd=fr log=debug", info.commandLine);
        assertEquals("GRUB 2.06", info.bootLoaderName);
        assertEquals(639, info.memLowerKiB);
        assertEquals(129920, info.memUpperKiB);
        assertTrue(info.hasMemoryMapTag);
        MemoryMap map = info.memoryMap;
        assertEquals(6, map.count());
        assertEquals(0x100000, map.base(3));
        assertEquals(0x7EE0000, map.length(3));
        assertEquals(MemoryMap.AVAILABLE, map.type(3));
        assertEquals(0x9FC00 + 0x7EE0000, map.usableBytes());
        assertEquals(0x7FE0000, map.usableEnd());
        assertEquals(1, info.modules.size());
        assertEquals(0x200000, info.modules.get(0).start);
        assertEquals(0x1234, info.modules.get(0).sizeBytes());
        assertEquals("initrd", info.modules.get(0).cmdline);
    }

    @Test
    void memoryTypesAreNamedAndMapIsSorted() {
        new MultibootImage().mmap(0x100000, 0x1000, 5, 0, 0x1000, 3, 0x2000, 0x1000, 4, 0x3000, 0x1000, 9).end().writeTo(INFO);
        MemoryMap map = Multiboot2.parse(INFO).memoryMap;
        assertEquals(0, map.base(0));
        assertEquals("ACPI reclaimable", MemoryMap.typeName(map.type(0)));
        assertEquals("ACPI NVS", MemoryMap.typeName(map.type(1)));
        assertEquals("reserved", MemoryMap.typeName(map.type(2)));
        assertEquals("bad RAM", MemoryMap.typeName(map.type(3)));
        assertEquals(0, map.usableBytes());
        assertEquals("[0x0000000000000000-0x0000000000000fff] ACPI reclaimable (4 KiB)", map.describe(0));
    }

    @Test
    void unknownTagsAreSkippedWithPadding() {
        ByteBuffer odd = ByteBuffer.allocate(13).order(ByteOrder.LITTLE_ENDIAN);
        odd.putInt(21).putInt(13).put(new byte[] {1, 2, 3, 4, 5}); // size 13: next tag at +16
        new MultibootImage().tag(odd.array()).cmdline("x").meminfo(640, 1024).end().writeTo(INFO);
        BootInfo info = Multiboot2.parse(INFO);
        assertEquals("x", info.commandLine);
    }

    @Test
    void basicMeminfoStandsInForAMissingMap() {
        new MultibootImage().meminfo(639, 65536).end().writeTo(INFO);
        BootInfo info = Multiboot2.parse(INFO);
        assertFalse(info.hasMemoryMapTag);
        assertEquals(2, info.memoryMap.count());
        assertEquals(0x100000 + 65536L * 1024, info.memoryMap.usableEnd());
    }

    @Test
    void truncatedStructuresGiveClearErrors() {
        byte[] full = qemuLike().bytes();
        // Claim a total size that cuts the memory map tag in half.
        byte[] cut = full.clone();
        ByteBuffer.wrap(cut).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 100);
        MultibootImage.writeRaw(INFO, cut);
        MultibootException e = assertThrows(MultibootException.class, () -> Multiboot2.parse(INFO));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void missingEndTagIsAnError() {
        byte[] noEnd = new MultibootImage().meminfo(1, 2).bytes();
        MultibootImage.writeRaw(INFO, noEnd);
        MultibootException e = assertThrows(MultibootException.class, () -> Multiboot2.parse(INFO));
        assertTrue(e.getMessage().contains("no end tag"), e.getMessage());
    }

    @Test
    void badHeaderValuesAreErrors() {
        Memory.write32(PhysAddr.toVirt(INFO), 8);
        assertThrows(MultibootException.class, () -> Multiboot2.parse(INFO));
        Memory.write32(PhysAddr.toVirt(INFO), 0x7FFFFFFF);
        assertThrows(MultibootException.class, () -> Multiboot2.parse(INFO));
        assertThrows(MultibootException.class, () -> Multiboot2.parse(INFO + 4));
        assertThrows(MultibootException.class, () -> Multiboot2.parse(0));
    }

    @Test
    void badTagContentsAreErrors() {
        ByteBuffer tiny = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(1).putInt(4);
        assertParseFails(new MultibootImage().tag(tiny.array()).end(), "size 4");
        ByteBuffer unterminated = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(1).putInt(12).put("abcd".getBytes());
        assertParseFails(new MultibootImage().tag(unterminated.array()).end(), "NUL");
        ByteBuffer badEntry = ByteBuffer.allocate(36).order(ByteOrder.LITTLE_ENDIAN).putInt(6).putInt(36).putInt(20).putInt(0);
        assertParseFails(new MultibootImage().tag(badEntry.array()).end(), "entry size 20");
        assertParseFails(new MultibootImage().module(0x3000, 0x2000, "m").end(), "before it starts");
        assertParseFails(new MultibootImage().mmap(-4096L, 0x2000, 1).end(), "wraps");
        assertParseFails(new MultibootImage().cmdline("only").end(), "neither a memory map");
    }

    private static void assertParseFails(MultibootImage img, String fragment) {
        Sim.reset();
        img.writeTo(INFO);
        MultibootException e = assertThrows(MultibootException.class, () -> Multiboot2.parse(INFO));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void garbageNeverCrashesTheParser() {
        Random random = new Random(42);
        byte[] good = qemuLike().bytes();
        for (int round = 0; round < 500; round++) {
            Sim.reset();
            byte[] bytes = good.clone();
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            MultibootImage.writeRaw(INFO, bytes);
            try {
                BootInfo info = Multiboot2.parse(INFO);
                assertTrue(info.infoSize <= Multiboot2.MAX_INFO_SIZE);
            } catch (MultibootException expected) {
                assertTrue(expected.getMessage().startsWith("multiboot2: "));
            }
        }
    }
}
