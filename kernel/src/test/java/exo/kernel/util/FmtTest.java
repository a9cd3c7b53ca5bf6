/*
 * Number formatting helpers.
 */
package exo.kernel.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void hexadecimal() {
        assertEquals("0x0", Fmt.hex(0));
        assertEquals("0xb8000", Fmt.hex(0xB8000));
        assertEquals("0xffffffffffffffff", Fmt.hex(-1));
        assertEquals("0x0000000000001000", Fmt.hex16(0x1000));
        assertEquals("0x00ff", Fmt.hex(255, 4));
    }

    @Test
    void decimalsAndSizes() {
        assertEquals("   42", Fmt.pad(42, 5));
        assertEquals("123456", Fmt.pad(123456, 3));
        assertEquals("007", Fmt.zeros(7, 3));
        assertEquals("640 KiB", Fmt.size(640 * 1024));
        assertEquals("127 MiB", Fmt.size(127L << 20));
        assertEquals("4 GiB", Fmt.size(4L << 30));
        assertEquals("12 bytes", Fmt.size(12));
    }
}
