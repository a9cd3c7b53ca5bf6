/*
 * The 8259 PIC driver's port writes: remap ICWs, masks, EOIs, spurious IRQ 7/15 handling.
 */
package exo.kernel.arch.x86_64.pc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.hw.Sim;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Pic8259Test {
    int masterIsr;
    int slaveIsr;

    @BeforeEach
    void setUp() {
        Sim.reset();
        // The ISR is what a read of a command port returns after OCW3 0x0B.
        Sim.attach(0x20, 1, new Sim.PortDevice() {
            public int in(int port, int width) {
                return masterIsr;
            }

            public void out(int port, int width, int value) {}
        });
        Sim.attach(0xA0, 1, new Sim.PortDevice() {
            public int in(int port, int width) {
                return slaveIsr;
            }

            public void out(int port, int width, int value) {}
        });
        Pic8259.remap();
        Sim.clearPortWrites();
    }

    /** Port writes without the io-wait writes to port 0x80, as "port:value". */
    static List<String> writes() {
        List<String> out = new ArrayList<>();
        for (Sim.PortWrite w : Sim.portWrites()) {
            if (w.port != 0x80) {
                out.add(Integer.toHexString(w.port) + ":" + Integer.toHexString(w.value));
            }
        }
        return out;
    }

    @Test
    void remapSendsTheFourIcwsToBothChips() {
        Pic8259.remap(32, 40);
        assertEquals(List.of("20:11", "a0:11", "21:20", "a1:28", "21:4", "a1:2", "21:1", "a1:1", "21:fb", "a1:ff"), writes());
        int waits = Sim.portWrites(0x80).size();
        assertEquals(8, waits, "an io wait after every ICW");
    }

    @Test
    void maskAndUnmaskUpdateOneChip() {
        Pic8259.unmask(0);
        Pic8259.unmask(12);
        Pic8259.mask(0);
        assertEquals(List.of("21:fa", "a1:ef", "21:fb"), writes());
        assertTrue(Pic8259.isMasked(0));
        assertFalse(Pic8259.isMasked(12));
        assertFalse(Pic8259.isMasked(2), "the cascade stays open");
    }

    @Test
    void eoiGoesToTheSlaveFirstForSlaveIrqs() {
        Pic8259.eoi(1);
        Pic8259.eoi(14);
        assertEquals(List.of("20:20", "a0:20", "20:20"), writes());
    }

    @Test
    void spuriousIrq7IsRecognisedByItsClearIsrBit() {
        masterIsr = 0;
        assertTrue(Pic8259.isSpurious(7));
        assertEquals(List.of("20:b"), writes(), "reads the ISR, sends no EOI");
        masterIsr = 0x80;
        assertFalse(Pic8259.isSpurious(7));
        assertFalse(Pic8259.isSpurious(3));
    }

    @Test
    void spuriousIrq15StillNeedsAMasterEoi() {
        slaveIsr = 0;
        long before = Pic8259.spuriousCount();
        assertTrue(Pic8259.isSpurious(15));
        assertEquals(List.of("a0:b", "20:20"), writes());
        assertEquals(before + 1, Pic8259.spuriousCount());
        Sim.clearPortWrites();
        slaveIsr = 0x80;
        assertFalse(Pic8259.isSpurious(15));
        assertEquals(List.of("a0:b"), writes());
    }
}
