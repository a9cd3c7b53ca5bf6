/*
 * test=frames-race: the frame allocator under preemption. Two threads allocate and free frames
 * at full speed for RACE_MILLIS while the timer preempts them; each writes its own tag into
 * every frame it holds and checks it before freeing. A frame handed to both (a bitmap update
 * lost to a preemption, which once made one frame a page table and a user page at once) shows
 * as a foreign tag or a double free, a lost free as a count that exhaustion does not confirm.
 * Needs real threads and a timer, so it runs in QEMU only (tools/boot/test frames-race).
 */
package exo.kernel.test;

import exo.hw.Memory;
import exo.kernel.Kernel;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.PhysAddr;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Threads;
import exo.kernel.time.Clock;

final class FramesRaceSuite {
    private FramesRaceSuite() {}

    static boolean run() {
        Check check = new Check();
        concurrentAllocFree(check, Kernel.frames);
        return check.passed();
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
        check.that(FramesSuite.exhaust(fa) == free0, "after the race, exhaustion hands out exactly the free frames");
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
