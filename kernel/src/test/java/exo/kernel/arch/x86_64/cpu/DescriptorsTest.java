/*
 * Descriptor encoders, bit-exact against values computed by hand from the Intel SDM.
 */
package exo.kernel.arch.x86_64.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Descriptors against values computed by hand from the SDM figures (vol. 3A 3-8, 7-4, 6-8).
 * Flat 64-bit code: limit 0xFFFFF, access P|S|E|R|A = 0x9B, flags G|L = 0xA -> 0x00AF9B000000FFFF
 * (the accessed bit preset, so the CPU never writes the GDT).
 */
class DescriptorsTest {
    @Test
    void flatSegments() {
        assertEquals(0x00AF9B000000FFFFL, Descriptors.code64(0));
        assertEquals(0x00CF93000000FFFFL, Descriptors.data(0));
        assertEquals(0x00CFF3000000FFFFL, Descriptors.data(3));
        assertEquals(0x00AFFB000000FFFFL, Descriptors.code64(3));
    }

    @Test
    void segmentFieldsLandInTheirBits() {
        // base 0x12345678, limit 0xABCDE, access 0x92, flags 0x4:
        // limit 15:0 = 0xBCDE, base 23:0 = 0x345678, access 0x92, limit 19:16 = 0xA, flags 4, base 31:24 = 0x12.
        assertEquals(0x124A92345678BCDEL, Descriptors.segment(0x12345678L, 0xABCDE, 0x92, 0x4));
    }

    @Test
    void tssDescriptorIsSixteenBytes() {
        long base = 0xFFFF800000123080L;
        // low: limit 0x67, base 23:0 = 0x123080, type 9 present = 0x89, base 31:24 = 0x00
        assertEquals(0x0000891230800067L, Descriptors.tssLow(base, 0x67));
        assertEquals(0x00000000FFFF8000L, Descriptors.tssHigh(base));
    }

    @Test
    void interruptGates() {
        long handler = 0xFFFFFFFF80101234L;
        // offset 15:0 = 0x1234, selector 0x08, IST 0, type 0xE + P -> 0x8E, offset 31:16 = 0x8010
        assertEquals(0x80108E0000081234L, Descriptors.gateLow(handler, 0x08, 0, Descriptors.GATE_INTERRUPT, 0));
        assertEquals(0x00000000FFFFFFFFL, Descriptors.gateHigh(handler));
        // DPL 3 (0xEE) on IST 1
        assertEquals(0x8010EE0100081234L, Descriptors.gateLow(handler, 0x08, 1, Descriptors.GATE_INTERRUPT, 3));
        // trap gate type 0xF
        assertEquals(0x80108F0000081234L, Descriptors.gateLow(handler, 0x08, 0, Descriptors.GATE_TRAP, 0));
        assertEquals(handler, Descriptors.gateHandler(Descriptors.gateLow(handler, 8, 2, 0xE, 0), Descriptors.gateHigh(handler)));
    }
}
