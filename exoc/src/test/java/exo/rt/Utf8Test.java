/*
 * Checks exo.rt.Utf8 (String(byte[]) and getBytes() of compiled programs) against the host
 * JDK's UTF-8: random strings with every kind of char, lone surrogates included, and random
 * byte arrays full of malformed sequences, which must decode to the same U+FFFD runs.
 */
package exo.rt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8Test {
    private static final String CLASS = "exo.rt.Utf8";

    @Test
    void encodesLikeTheJdk() throws Throwable {
        MethodHandle encode = CorelibClasses.staticMethod(CLASS, "encode", byte[].class, char[].class);
        SplittableRandom rnd = new SplittableRandom(1);
        char[] pool = {'a', 'Z', '\0', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\uffff',
            '\ud83d', '\ude00', '\ud800', '\udfff'};
        for (int i = 0; i < 20000; i++) {
            char[] s = new char[rnd.nextInt(12)];
            for (int k = 0; k < s.length; k++) {
                s[k] = rnd.nextInt(3) == 0 ? (char) rnd.nextInt(0x10000) : pool[rnd.nextInt(pool.length)];
            }
            byte[] ours = (byte[]) encode.invokeExact(s);
            assertArrayEquals(new String(s).getBytes(StandardCharsets.UTF_8), ours, new String(s));
        }
    }

    @Test
    void decodesLikeTheJdk() throws Throwable {
        MethodHandle decode = CorelibClasses.staticMethod(CLASS, "decode", char[].class, byte[].class, int.class, int.class);
        SplittableRandom rnd = new SplittableRandom(2);
        int[] pool = {0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4,
            0xf5, 0xff, 0x82, 0x9f, 0xa0, 0x90, 0x8f};
        for (int i = 0; i < 50000; i++) {
            byte[] b = new byte[rnd.nextInt(10)];
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) (rnd.nextInt(4) == 0 ? rnd.nextInt(256) : pool[rnd.nextInt(pool.length)]);
            }
            char[] ours = (char[]) decode.invokeExact(b, 0, b.length);
            assertArrayEquals(new String(b, StandardCharsets.UTF_8).toCharArray(), ours, java.util.Arrays.toString(b));
        }
        byte[] text = "x héllo € 😀 y".getBytes(StandardCharsets.UTF_8);
        char[] middle = (char[]) decode.invokeExact(text, 2, text.length - 4);
        assertArrayEquals("héllo € 😀".toCharArray(), middle);
    }

    /** firstMalformed against the JDK's strict decoder: same position and malformed length. */
    @org.junit.jupiter.api.Test
    void firstMalformedAgreesWithTheJdksStrictDecoder() throws Throwable {
        MethodHandle first = CorelibClasses.staticMethod(CLASS, "firstMalformed", long.class, byte[].class, int.class, int.class);
        java.util.Random r = new java.util.Random(11);
        byte[] alphabet = {'a', (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xED,
            (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF, (byte) 0xA0, (byte) 0x90, (byte) 0x8F};
        for (int n = 0; n < 20000; n++) {
            byte[] b = new byte[r.nextInt(8)];
            for (int i = 0; i < b.length; i++) {
                b[i] = alphabet[r.nextInt(alphabet.length)];
            }
            java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
            java.nio.charset.CoderResult res = d.decode(in, java.nio.CharBuffer.allocate(32), true);
            long want = res.isMalformed() ? ((long) in.position() << 32) | res.length() : -1;
            long got = (long) first.invokeExact(b, 0, b.length);
            assertEquals(want, got, java.util.Arrays.toString(b));
        }
    }
}
