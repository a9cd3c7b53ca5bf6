/*
 * PanicTrace on a simulated stack and code map: the faulting method and line come first, the
 * callers follow with the lines of their calls, non-Java frames are skipped, and a walk that
 * cannot finish says why.
 */
package exo.kernel.trap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import exo.hw.Memory;
import exo.hw.Sim;
import exo.hw.SimCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PanicTraceTest {
    private static final long CODE = 0xFFFFFFFF80100000L;
    private static final long STACK_LOW = 0xFFFF800000200000L;
    private static final long STACK_TOP = STACK_LOW + 0x4000;

    private int faulting;
    private int caller;
    private int outer;

    @BeforeEach
    void setUp() {
        Sim.reset();
        faulting = SimCode.defineMethod(CODE, CODE + 0x100, "exo.kernel.mm.PageTable", "walk", "PageTable.java");
        caller = SimCode.defineMethod(CODE + 0x100, CODE + 0x200, "exo.kernel.mm.PageTable", "map", "PageTable.java");
        outer = SimCode.defineMethod(CODE + 0x200, CODE + 0x300, "exo.kernel.Boot", "boot", null);
        SimCode.defineLine(CODE + 0x10, faulting, 40);
        SimCode.defineLine(CODE + 0x40, faulting, 44);
        SimCode.defineLine(CODE + 0x120, caller, 71);
        // code at CODE + 0x300 and above is not Java (a C entry point)
    }

    /** A frame at fp: saved frame pointer, then the return address. */
    private static void frame(long fp, long savedFp, long returnAddress) {
        Memory.write64(fp, savedFp);
        Memory.write64(fp + 8, returnAddress);
    }

    private static List<String> trace(long rip, long rbp, long low) {
        List<String> out = new ArrayList<>();
        PanicTrace.print(rip, rbp, low, STACK_TOP, out::add);
        return out;
    }

    @Test
    void faultingMethodAndLineFirstThenCallers() {
        long fp1 = STACK_LOW + 0x100;
        long fp2 = STACK_LOW + 0x180;
        long fp3 = STACK_LOW + 0x200;
        frame(fp1, fp2, CODE + 0x130);        // walk was called from map, line 71
        frame(fp2, fp3, CODE + 0x310);        // map called from C: skipped
        frame(fp3, 0, CODE + 0x250);          // ... called from Boot.boot, no line record
        assertEquals(List.of(
                "\tat exo.kernel.mm.PageTable.walk(PageTable.java:44)",
                "\tat exo.kernel.mm.PageTable.map(PageTable.java:71)",
                "\tat exo.kernel.Boot.boot(Unknown Source)"),
                trace(CODE + 0x48, fp1, STACK_LOW + 0x80));
    }

    @Test
    void aFaultBeforeTheFirstLineRecordHasTheMethodWithoutLine() {
        assertEquals(List.of("\tat exo.kernel.mm.PageTable.walk(PageTable.java)"), trace(CODE + 0x4, 0, STACK_LOW));
    }

    @Test
    void codeOutsideJavaIsNamedByAddress() {
        assertEquals(List.of("\tat <no Java code at 0xffffffff80100400>"), trace(CODE + 0x400, 0, STACK_LOW));
    }

    @Test
    void aFramePointerBelowTheStackStopsTheWalkVisibly() {
        long fp1 = STACK_LOW + 0x100;
        frame(fp1, STACK_LOW + 0x200, CODE + 0x130);
        List<String> out = trace(CODE + 0x48, fp1, STACK_LOW + 0x120);   // fp1 is below the interrupted rsp
        assertEquals(2, out.size());
        assertEquals("\tat exo.kernel.mm.PageTable.walk(PageTable.java:44)", out.get(0));
        assertEquals("\t... (walk stopped: frame pointer 0xffff800000200100 is not in the stack)", out.get(1));
    }

    @Test
    void aFramePointerGoingDownStopsTheWalkVisibly() {
        long fp1 = STACK_LOW + 0x100;
        frame(fp1, STACK_LOW + 0x80, CODE + 0x130);
        assertEquals(List.of(
                "\tat exo.kernel.mm.PageTable.walk(PageTable.java:44)",
                "\tat exo.kernel.mm.PageTable.map(PageTable.java:71)",
                "\t... (walk stopped: frame pointer 0xffff800000200080 does not go up the stack)"),
                trace(CODE + 0x48, fp1, STACK_LOW));
    }

    @Test
    void aLoopOfFramesStopsAfterMaxFrames() {
        long fp = STACK_LOW + 0x100;
        for (int i = 0; i < PanicTrace.MAX_FRAMES + 5; i++) {
            frame(fp + 16L * i, fp + 16L * (i + 1), CODE + 0x130);
        }
        List<String> out = trace(CODE + 0x48, fp, STACK_LOW);
        assertEquals(PanicTrace.MAX_FRAMES + 1, out.size());
        assertEquals("\t... (walk stopped after " + PanicTrace.MAX_FRAMES + " frames)", out.get(out.size() - 1));
    }

    @Test
    void theWalkEndsQuietlyAtTheTopOfTheStack() {
        long fp1 = STACK_TOP - 0x40;
        frame(fp1, STACK_TOP + 0x1000, CODE + 0x130);   // boot.S's frame above the stack: the end
        assertEquals(List.of(
                "\tat exo.kernel.mm.PageTable.walk(PageTable.java:44)",
                "\tat exo.kernel.mm.PageTable.map(PageTable.java:71)"),
                trace(CODE + 0x48, fp1, STACK_LOW));
    }
}
