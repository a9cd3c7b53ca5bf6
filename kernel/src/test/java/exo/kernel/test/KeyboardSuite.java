/*
 * test=keyboard count=N: reads N keys with the blocking read and prints each one, for boot
 * tests that type with QEMU's sendkey: a line "key 0x61 'a'" per character ("key special
 * 0x...48" for arrows and other keys without a character), then "typed: <the characters>",
 * with control characters in caret notation (Ctrl+C is ^C, DEL ^?) so the line stays
 * printable. The boot test compares that line with what it sent. Passes once N keys arrived.
 */
package exo.kernel.test;

import exo.kernel.Kernel;
import exo.kernel.console.Console;
import exo.kernel.dev.Ps2Keyboard;
import exo.kernel.util.Fmt;

final class KeyboardSuite {
    private KeyboardSuite() {}

    static boolean run(int count) {
        Ps2Keyboard kbd = Kernel.keyboard;
        Console.println("  layout " + kbd.layout().name + ", waiting for " + count + " keys");
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int key = kbd.read();
            if (key >= Ps2Keyboard.SPECIAL) {
                Console.println("key special " + Fmt.hex(key));
            } else {
                Console.print("key " + Fmt.hex(key, key > 0xFF ? 4 : 2) + " ");
                if (key >= 0x20 && key != 0x7F) {
                    Console.print("'");
                    Console.putChar(key);
                    Console.println("'");
                } else {
                    Console.println("(control)");
                }
                appendCaret(typed, key);
            }
        }
        Console.println("typed: " + typed);
        return true;
    }

    private static void appendCaret(StringBuilder typed, int key) {
        if (key < 0x20 || key == 0x7F) {
            typed.append('^').append((char) (key ^ 0x40));
        } else {
            typed.append((char) key);
        }
    }
}
