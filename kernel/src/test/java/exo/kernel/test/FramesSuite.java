/*
 * test=frames: the frame allocator and the buddy pool against the machine's real memory map.
 * Every frame handed out must be whole RAM from an available region, outside the first MiB, the
 * kernel image and the multiboot info; frames must be distinct (a distinct pattern written to
 * each through the direct map reads back intact); freeing restores the free count; a double
 * free is refused; exhausting memory yields exactly the free count (the allocated frames are
 * chained through their own first word, so the test needs no heap); contiguous runs and buddy
 * blocks are aligned. FramesRaceSuite (test=frames-race) adds the same allocator under
 * preemption, which needs real threads (the host's BootTest runs this suite).
 */
package exo.kernel.test;

import exo.hw.Memory;
import exo.kernel.Kernel;
import exo.kernel.boot.BootInfo;
import exo.kernel.mm.BuddyAllocator;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PhysAddr;

final class FramesSuite {
    private FramesSuite() {}

    private static final int SAMPLE = 512;

    static boolean run() {
        Check check = new Check();
        FrameAllocator fa = Kernel.frames;
        long free0 = fa.freeFrames();
        check.that(free0 > SAMPLE, "more than " + SAMPLE + " free frames (" + free0 + ")");
        long[] got = new long[SAMPLE];
        boolean valid = true;
        for (int i = 0; i < SAMPLE; i++) {
            got[i] = fa.alloc().value();
            valid &= check.quiet(isGood(got[i], Kernel.bootInfo), "frame " + got[i] + " is allocatable RAM");
            Memory.write64(PhysAddr.toVirt(got[i]), 0x5EED0000L + i);
        }
        check.that(valid, SAMPLE + " frames inside available RAM, outside reserved ranges");
        boolean distinct = true;
        for (int i = 0; i < SAMPLE; i++) {
            distinct &= check.quiet(Memory.read64(PhysAddr.toVirt(got[i])) == 0x5EED0000L + i, "pattern " + i);
        }
        check.that(distinct, "frames are distinct (patterns read back)");
        for (int i = 0; i < SAMPLE; i++) {
            fa.free(PhysAddr.of(got[i]));
        }
        check.that(fa.freeFrames() == free0, "free count restored after freeing");
        check.that(doubleFreeRefused(fa), "double free is refused");
        check.that(exhaust(fa) == free0, "exhaustion hands out exactly the free frames");
        check.that(fa.freeFrames() == free0, "free count restored after exhaustion");
        long run = fa.allocRun(16, 16).value();
        check.that(run != PhysAddr.NONE_VALUE && (run & 0xFFFF) == 0, "16-frame run aligned to 64 KiB");
        fa.freeRun(PhysAddr.of(run), 16);
        checkBuddy(check, Kernel.buddy);
        return check.passed();
    }

    private static boolean isGood(long phys, BootInfo info) {
        if (phys == PhysAddr.NONE_VALUE || (phys & 0xFFF) != 0 || phys < 0x100000) {
            return false;
        }
        if (phys < Kernel.kernelEndPhys || (phys + 4096 > info.infoPhys && phys < info.infoPhys + info.infoSize)) {
            return false;
        }
        MemoryMap map = info.memoryMap;
        boolean available = false;
        for (int i = 0; i < map.count(); i++) {
            boolean overlaps = map.base(i) < phys + 4096 && phys < map.end(i);
            if (overlaps && !map.isAvailable(i)) {
                return false;
            }
            available |= map.isAvailable(i) && map.base(i) <= phys && phys + 4096 <= map.end(i);
        }
        return available;
    }

    private static boolean doubleFreeRefused(FrameAllocator fa) {
        long f = fa.alloc().value();
        fa.free(PhysAddr.of(f));
        try {
            fa.free(PhysAddr.of(f));
            return false;
        } catch (IllegalStateException expected) {
            return true;
        }
    }

    /** Allocates every free frame, chaining them through the direct map, then frees them all. */
    static long exhaust(FrameAllocator fa) {
        long head = PhysAddr.NONE_VALUE;
        long count = 0;
        for (long f = fa.alloc().value(); f != PhysAddr.NONE_VALUE; f = fa.alloc().value()) {
            Memory.write64(PhysAddr.toVirt(f), head);
            head = f;
            count++;
        }
        while (head != PhysAddr.NONE_VALUE) {
            long next = Memory.read64(PhysAddr.toVirt(head));
            fa.free(PhysAddr.of(head));
            head = next;
        }
        return count;
    }

    private static void checkBuddy(Check check, BuddyAllocator buddy) {
        if (buddy == null) {
            check.that(false, "buddy pool exists");
            return;
        }
        long free0 = buddy.freeFrames();
        long a = buddy.alloc(3);
        long b = buddy.alloc(0);
        long c = buddy.alloc(BuddyAllocator.MAX_ORDER - 1);
        check.that(a != BuddyAllocator.NONE && (a & ((8 << 12) - 1)) == 0, "order-3 block aligned to 32 KiB");
        check.that(c != BuddyAllocator.NONE && (c & ((1L << (BuddyAllocator.MAX_ORDER - 1 + 12)) - 1)) == 0,
                "order-9 block aligned to 2 MiB");
        buddy.free(b, 0);
        buddy.free(a, 3);
        buddy.free(c, BuddyAllocator.MAX_ORDER - 1);
        check.that(buddy.freeFrames() == free0 && buddy.freeBlocks(BuddyAllocator.MAX_ORDER) >= 1,
                "buddy blocks coalesce back to the largest order");
    }
}
