/*
 * Thread stack geometry: slots of stack pages above one guard page, in the reserved window.
 */
package exo.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThreadStackTest {
    @Test
    void slotsHaveAGuardPageBelowTheStack() {
        assertEquals(ThreadStack.STACKS_BASE, ThreadStack.guard(0));
        assertEquals(ThreadStack.STACKS_BASE + 4096, ThreadStack.low(0));
        assertEquals(ThreadStack.low(0) + ThreadStack.STACK_BYTES - ThreadStack.SIGNAL_FPU_BYTES, ThreadStack.top(0));
        assertEquals(ThreadStack.top(0) + ThreadStack.SIGNAL_FPU_BYTES, ThreadStack.guard(1));
        assertEquals(0, ThreadStack.top(5) & 15);
        assertTrue(ThreadStack.STACKS_BASE < 0 && (ThreadStack.STACKS_BASE >> 47) == -1, "kernel half, canonical");
    }

    @Test
    void guardSlotFindsOnlyGuardPages() {
        assertEquals(3, ThreadStack.guardSlot(ThreadStack.guard(3), 64));
        assertEquals(3, ThreadStack.guardSlot(ThreadStack.low(3) - 1, 64));
        assertEquals(-1, ThreadStack.guardSlot(ThreadStack.low(3), 64));
        assertEquals(-1, ThreadStack.guardSlot(ThreadStack.guard(64), 64));
        assertEquals(-1, ThreadStack.guardSlot(ThreadStack.STACKS_BASE - 1, 64));
    }
}
