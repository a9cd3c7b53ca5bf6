/*
 * Trap frame offsets (fixed by the kernel conventions shared with the assembly) and accessors.
 */
package exo.kernel.arch.x86_64.trap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Memory;
import exo.hw.Sim;
import org.junit.jupiter.api.Test;

class TrapFrameTest {
    @Test
    void offsetsAreThoseOfTheConventions() {
        String[] pushOrderReversed = {"r15", "r14", "r13", "r12", "r11", "r10", "r9", "r8", "rbp", "rdi", "rsi", "rdx", "rcx", "rbx", "rax"};
        int[] offsets = {TrapFrame.R15, TrapFrame.R14, TrapFrame.R13, TrapFrame.R12, TrapFrame.R11, TrapFrame.R10,
            TrapFrame.R9, TrapFrame.R8, TrapFrame.RBP, TrapFrame.RDI, TrapFrame.RSI, TrapFrame.RDX, TrapFrame.RCX,
            TrapFrame.RBX, TrapFrame.RAX};
        for (int i = 0; i < offsets.length; i++) {
            assertEquals(8 * i, offsets[i], pushOrderReversed[i]);
        }
        assertEquals(112, TrapFrame.RAX);
        assertEquals(120, TrapFrame.VECTOR);
        assertEquals(128, TrapFrame.ERROR_CODE);
        assertEquals(136, TrapFrame.RIP);
        assertEquals(144, TrapFrame.CS);
        assertEquals(152, TrapFrame.RFLAGS);
        assertEquals(160, TrapFrame.RSP);
        assertEquals(168, TrapFrame.SS);
        assertEquals(176, TrapFrame.SIZE);
        for (int i = 0; i < TrapFrame.Gprs.NAMES.length; i++) {
            int expected = 112 - 8 * java.util.Arrays.asList(new String[] {"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp",
                "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"}).indexOf(TrapFrame.Gprs.NAMES[i]);
            assertEquals(expected, TrapFrame.Gprs.OFFSETS[i], TrapFrame.Gprs.NAMES[i]);
        }
    }

    @Test
    void accessorsReadAndWriteTheFrame() {
        Sim.reset();
        long frame = 0xFFFF800000007F00L;
        Memory.write64(frame + 120, 14);
        Memory.write64(frame + 128, 2);
        Memory.write64(frame + 144, 0x23);
        assertEquals(14, TrapFrame.vector(frame));
        assertEquals(2, TrapFrame.errorCode(frame));
        assertTrue(TrapFrame.fromUserMode(frame));
        TrapFrame.setRip(frame, 0x401000);
        assertEquals(0x401000, Memory.read64(frame + 136));
        Memory.write64(frame + 144, 0x08);
        assertFalse(TrapFrame.fromUserMode(frame));
    }
}
