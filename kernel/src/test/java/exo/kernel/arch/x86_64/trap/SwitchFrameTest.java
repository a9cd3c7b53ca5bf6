/*
 * The switch frame: the generated layout.h's SWITCH_* (the assembly's) are the Java offsets, and a new
 * thread's first frame is zeroed registers, the power-up FPU/SSE control words and the entry.
 */
package exo.kernel.arch.x86_64.trap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import exo.hw.Memory;
import exo.hw.Sim;
import exo.kernel.arch.x86_64.LayoutHeader;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SwitchFrameTest {
    /** #define SWITCH_* values of the generated layout.h, which the assembly includes. */
    static Map<String, Integer> layoutH() {
        String text = LayoutHeader.header();
        Map<String, Integer> values = new HashMap<>();
        Matcher m = Pattern.compile("#define\\s+(SWITCH_\\w+)\\s+(\\d+)").matcher(text);
        while (m.find()) {
            values.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return values;
    }

    @Test
    void offsetsAreThoseOfLayoutH() {
        Map<String, Integer> h = layoutH();
        assertEquals(10, h.size());
        assertEquals(SwitchFrame.FXSAVE, h.get("SWITCH_FXSAVE"));
        assertEquals(SwitchFrame.FXSAVE_AREA, h.get("SWITCH_FXSAVE_AREA"));
        assertEquals(SwitchFrame.R15, h.get("SWITCH_R15"));
        assertEquals(SwitchFrame.R14, h.get("SWITCH_R14"));
        assertEquals(SwitchFrame.R13, h.get("SWITCH_R13"));
        assertEquals(SwitchFrame.R12, h.get("SWITCH_R12"));
        assertEquals(SwitchFrame.RBX, h.get("SWITCH_RBX"));
        assertEquals(SwitchFrame.RBP, h.get("SWITCH_RBP"));
        assertEquals(SwitchFrame.RIP, h.get("SWITCH_RIP"));
        assertEquals(SwitchFrame.SIZE, h.get("SWITCH_SIZE"));
        // Six pushed registers and the return address above a padded 512-byte fxsave area.
        assertEquals(SwitchFrame.FXSAVE_AREA + 6 * 8, SwitchFrame.RIP);
        assertEquals(SwitchFrame.RIP + 8, SwitchFrame.SIZE);
        // The ret leaves rsp = 0 mod 16 when the saved rsp is 16-aligned: the trampoline's call
        // then enters exo_thread_start with rsp = 8 mod 16, as the ABI wants.
        assertEquals(0, SwitchFrame.SIZE % 16);
    }

    @Test
    void aNewFrameHasZeroRegistersDefaultControlWordsAndTheEntry() {
        Sim.reset();
        long top = 0xFFFFC80000010000L;
        for (long a = top - 1024; a < top; a += 8) {
            Memory.write64(a, -1L); // garbage from a previous user of the page
        }
        long rsp = SwitchFrame.build(top, 0xFFFFFFFF80101234L);
        assertEquals(top - SwitchFrame.SIZE, rsp);
        assertEquals(0, rsp & 15);
        assertEquals(0x037F, Memory.read16(rsp + SwitchFrame.FX_FCW));
        assertEquals(0x1F80, Memory.read32(rsp + SwitchFrame.FX_MXCSR));
        assertEquals(0, Memory.read64(rsp + 32)); // an x87/XMM register slot
        for (int off = SwitchFrame.R15; off <= SwitchFrame.RBP; off += 8) {
            assertEquals(0, Memory.read64(rsp + off), "register at " + off);
        }
        assertEquals(0xFFFFFFFF80101234L, SwitchFrame.returnAddress(rsp));
        assertThrows(IllegalArgumentException.class, () -> SwitchFrame.build(top - 8, 0));
    }
}
