/*
 * test=frames: the frame allocator and the buddy pool against the machine's real memory map.
 * Every frame handed out must be whole RAM from an available region, outside the first MiB, the
 * kernel image and the multiboot info; frames must be distinct (a distinct pattern written to
 * each through the direct map reads back intact); freeing restores the free count; a double
 * free is refused; exhausting memory yields exactly the free count (the allocated frames are
 * chained through their own first word, so the test needs no heap); contiguous runs and buddy
 * blocks are aligned. Two threads allocating and freeing at full speed, preempted by the timer,
 * never get the same frame and leave the counts exact (a bitmap update lost to a preemption
 * once made one frame a page table and a user page at once).
 */
package exo.kernel.test;

import exo.hw.Memory;
import exo.kernel.Kernel;
import exo.kernel.boot.BootInfo;
import exo.kernel.mm.BuddyAllocator;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PhysAddr;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Threads;
import exo.kernel.time.Clock;

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
        concurrentAllocFree(check, fa);
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
    private static long exhaust(FrameAllocator fa) {
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

    /** Frames each racing thread holds at once: a ring whose oldest frame is checked and freed. */
    private static final int RING = 16;
    /** Long enough for ~150 timer preemptions, each of which may land inside a bitmap update. */
    private static final long RACE_MILLIS = 1500;
    private static final long[] raceErrors = new long[2];
    private static final long[] raceSteps = new long[2];

    /**
     * Two threads allocate and free frames for RACE_MILLIS; each writes its own tag into every
     * frame it holds and checks it before freeing. A frame handed to both shows as a foreign tag
     * (or a double free); a lost update of a free, as a count exhaustion does not confirm.
     */
    private static void concurrentAllocFree(Check check, FrameAllocator fa) {
        long free0 = fa.freeFrames();
        KThread a = Threads.create(arg -> race(fa, 0), null, "frames-a", KThread.PRIORITY_NORMAL);
        KThread b = Threads.create(arg -> race(fa, 1), null, "frames-b", KThread.PRIORITY_NORMAL);
        Threads.join(a);
        Threads.join(b);
        check.that(raceSteps[0] > 0 && raceSteps[1] > 0 && raceErrors[0] + raceErrors[1] == 0,
                "two preempted threads allocating and freeing never share a frame ("
                        + (raceSteps[0] + raceSteps[1]) + " steps, " + (raceErrors[0] + raceErrors[1]) + " foreign tags)");
        check.that(fa.freeFrames() == free0, "free count restored after the race");
        check.that(exhaust(fa) == free0, "after the race, exhaustion hands out exactly the free frames");
    }

    private static void race(FrameAllocator fa, int me) {
        long[] ring = new long[RING];
        long tagBase = (me + 1L) << 40;
        long n = 0;
        for (; n < RING; n++) {
            ring[(int) n] = takeTagged(fa, tagBase + n);
        }
        long end = Clock.uptimeMillis() + RACE_MILLIS;
        while (Clock.uptimeMillis() < end) {
            int slot = (int) (n % RING);
            giveBackChecked(fa, ring[slot], tagBase + n - RING, me);
            ring[slot] = takeTagged(fa, tagBase + n);
            n++;
        }
        for (long k = n - RING; k < n; k++) {
            giveBackChecked(fa, ring[(int) (k % RING)], tagBase + k, me);
        }
        raceSteps[me] = n;
    }

    private static long takeTagged(FrameAllocator fa, long tag) {
        long f = fa.alloc().value();
        if (f != PhysAddr.NONE_VALUE) {
            Memory.write64(PhysAddr.toVirt(f), tag);
        }
        return f;
    }

    private static void giveBackChecked(FrameAllocator fa, long frame, long tag, int me) {
        if (frame == PhysAddr.NONE_VALUE || Memory.read64(PhysAddr.toVirt(frame)) != tag) {
            raceErrors[me]++;
        }
        if (frame != PhysAddr.NONE_VALUE) {
            fa.free(PhysAddr.of(frame));
        }
    }
}
