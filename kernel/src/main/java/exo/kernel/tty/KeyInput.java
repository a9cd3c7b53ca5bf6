/*
 * What a key press on the PS/2 keyboard sends to a virtual console's terminal: a character as
 * its UTF-8 bytes, and the keys without a character as the escape sequences xterm sends in its
 * normal (not application) cursor mode, which is what terminfo's "linux" and "xterm" entries and
 * readline expect: arrows ESC [ A..D, Home ESC [ H, End ESC [ F, Insert/Delete/PgUp/PgDn
 * ESC [ 2/3/5/6 ~, F1-F4 ESC O P..S, F5-F12 ESC [ 15,17,18,19,20,21,23,24 ~. Modified keys
 * add xterm's ";m" parameter (m = 1 + shift 1 + alt 2 + ctrl 4). The console switching and
 * scrollback keys (Alt-Fn, Shift-PgUp/PgDn) are taken by VirtualConsoles before this.
 */
package exo.kernel.tty;

import exo.kernel.dev.Ps2Keyboard;

public final class KeyInput {
    private KeyInput() {}

    /** The longest sequence encode() writes. */
    public static final int MAX_BYTES = 8;

    private static final int[] FUNCTION_TILDE = {15, 17, 18, 19, 20, 21, 23, 24}; // F5..F12

    /** Writes the bytes of key at out[pos..]; returns how many (0 for a key that sends nothing). */
    public static int encode(int key, byte[] out, int pos) {
        if (key == '\b' || key == '\n') {
            // As a VT100 and Linux's console: Backspace sends DEL (VERASE), Enter sends CR (ICRNL).
            // The driver gives Ctrl-H and Ctrl-J the same codes, so they are sent so too.
            out[pos] = (byte) (key == '\b' ? 0x7F : '\r');
            return 1;
        }
        if (key < Ps2Keyboard.SPECIAL) {
            return utf8(key, out, pos);
        }
        int code = (key & Ps2Keyboard.KEY_MASK) - Ps2Keyboard.SPECIAL;
        int mod = 1 + ((key & Ps2Keyboard.MOD_SHIFT) != 0 ? 1 : 0) + ((key & Ps2Keyboard.MOD_ALT) != 0 ? 2 : 0)
                + ((key & Ps2Keyboard.MOD_CTRL) != 0 ? 4 : 0);
        switch (code) {
            case 0x48: return letter('A', mod, false, out, pos);
            case 0x50: return letter('B', mod, false, out, pos);
            case 0x4D: return letter('C', mod, false, out, pos);
            case 0x4B: return letter('D', mod, false, out, pos);
            case 0x47: return letter('H', mod, false, out, pos);
            case 0x4F: return letter('F', mod, false, out, pos);
            case 0x52: return tilde(2, mod, out, pos);
            case 0x53: return tilde(3, mod, out, pos);
            case 0x49: return tilde(5, mod, out, pos);
            case 0x51: return tilde(6, mod, out, pos);
            default: return function(functionNumber(code), mod, out, pos);
        }
    }

    /** 1..12 for F1..F12, else 0. */
    public static int functionNumber(int code) {
        if (code >= 0x3B && code <= 0x44) {
            return code - 0x3B + 1;
        }
        return code == 0x57 ? 11 : code == 0x58 ? 12 : 0;
    }

    private static int function(int n, int mod, byte[] out, int pos) {
        if (n == 0) {
            return 0;
        }
        if (n <= 4) {
            return letter((char) ('P' + n - 1), mod, true, out, pos);
        }
        return tilde(FUNCTION_TILDE[n - 5], mod, out, pos);
    }

    /** ESC [ X, ESC O X (F1-F4), or ESC [ 1 ; m X when modified. */
    private static int letter(char c, int mod, boolean ss3, byte[] out, int pos) {
        int p = pos;
        out[p++] = 0x1B;
        if (mod > 1) {
            out[p++] = '[';
            out[p++] = '1';
            out[p++] = ';';
            out[p++] = (byte) ('0' + mod);
        } else {
            out[p++] = (byte) (ss3 ? 'O' : '[');
        }
        out[p++] = (byte) c;
        return p - pos;
    }

    /** ESC [ n ~ or ESC [ n ; m ~. */
    private static int tilde(int n, int mod, byte[] out, int pos) {
        int p = pos;
        out[p++] = 0x1B;
        out[p++] = '[';
        if (n >= 10) {
            out[p++] = (byte) ('0' + n / 10);
        }
        out[p++] = (byte) ('0' + n % 10);
        if (mod > 1) {
            out[p++] = ';';
            out[p++] = (byte) ('0' + mod);
        }
        out[p++] = '~';
        return p - pos;
    }

    private static int utf8(int c, byte[] out, int pos) {
        if (c < 0x80) {
            out[pos] = (byte) c;
            return 1;
        }
        if (c < 0x800) {
            out[pos] = (byte) (0xC0 | c >> 6);
            out[pos + 1] = (byte) (0x80 | c & 0x3F);
            return 2;
        }
        if (c < 0x10000) {
            out[pos] = (byte) (0xE0 | c >> 12);
            out[pos + 1] = (byte) (0x80 | c >> 6 & 0x3F);
            out[pos + 2] = (byte) (0x80 | c & 0x3F);
            return 3;
        }
        out[pos] = (byte) (0xF0 | c >> 18);
        out[pos + 1] = (byte) (0x80 | c >> 12 & 0x3F);
        out[pos + 2] = (byte) (0x80 | c >> 6 & 0x3F);
        out[pos + 3] = (byte) (0x80 | c & 0x3F);
        return 4;
    }
}
