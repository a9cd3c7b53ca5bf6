/*
 * Keyboard layouts for scan code set 1: the character each key produces, unshifted, shifted
 * and with AltGr, indexed by make code. Tables cover codes 0x00-0x39 (the main block up to the
 * space bar) plus 0x56, the extra ISO key left of Z; keypad and function keys are the same on
 * every layout and live in Ps2Keyboard. US is QWERTY (ANSI); FR is French AZERTY (PC 105), whose
 * ^ key (0x1A) is a dead key: ^ and its shifted form ¨ combine with the next vowel. '\0' means
 * the key gives no character. Selected by kbd= on the command line.
 */
package exo.kernel.dev;

public final class KeyboardLayout {
    /** Make code of the ISO key between left shift and Z (102/105-key keyboards). */
    public static final int ISO_KEY = 0x56;
    public static final int TABLE_SIZE = 0x3A;

    public static final KeyboardLayout US = new KeyboardLayout("us",
            "\0\u001b1234567890-=\b\tqwertyuiop[]\n\0asdfghjkl;'`\0\\zxcvbnm,./\0*\0 ",
            "\0\u001b!@#$%^&*()_+\b\tQWERTYUIOP{}\n\0ASDFGHJKL:\"~\0|ZXCVBNM<>?\0*\0 ",
            "", '\\', '|', -1);

    public static final KeyboardLayout FR = new KeyboardLayout("fr",
            "\0\u001b&\u00e9\"'(-\u00e8_\u00e7\u00e0)=\b\tazertyuiop^$\n\0qsdfghjklm\u00f9\u00b2\0*wxcvbn,;:!\0*\0 ",
            "\0\u001b1234567890\u00b0+\b\tAZERTYUIOP\u00a8\u00a3\n\0QSDFGHJKLM%\0\0\u00b5WXCVBN?./\u00a7\0*\0 ",
            // AltGr: pairs of (make code, character).
            "\u0003~\u0004#\u0005{\u0006[\u0007|\u0008`\u0009\\\n^\u000b@\u000c]\r}\u0012\u20ac\u001b\u00a4",
            '<', '>', 0x1A);

    public final String name;
    private final String normal;
    private final String shifted;
    private final char[] altGr = new char[TABLE_SIZE];
    private final char isoNormal;
    private final char isoShifted;
    private final int deadKey;

    private KeyboardLayout(String name, String normal, String shifted, String altGrPairs,
                           char isoNormal, char isoShifted, int deadKey) {
        this.name = name;
        this.normal = normal;
        this.shifted = shifted;
        for (int i = 0; i + 1 < altGrPairs.length(); i += 2) {
            altGr[altGrPairs.charAt(i)] = altGrPairs.charAt(i + 1);
        }
        this.isoNormal = isoNormal;
        this.isoShifted = isoShifted;
        this.deadKey = deadKey;
    }

    /** The layout called name ("us" or "fr"); US for anything else. */
    public static KeyboardLayout forName(String name) {
        return "fr".equals(name) ? FR : US;
    }

    /** The character of a make code, or 0 when the key gives none in this state. */
    public int map(int makeCode, boolean shift, boolean altGrDown) {
        if (makeCode == ISO_KEY) {
            return altGrDown ? 0 : shift ? isoShifted : isoNormal;
        }
        if (makeCode < 0 || makeCode >= TABLE_SIZE) {
            return 0;
        }
        if (altGrDown) {
            return altGr[makeCode];
        }
        return shift ? shifted.charAt(makeCode) : normal.charAt(makeCode);
    }

    /** True for keys whose unshifted character is a letter a-z (the keys caps lock affects). */
    public boolean isLetterKey(int makeCode) {
        if (makeCode < 0 || makeCode >= TABLE_SIZE) {
            return false;
        }
        char c = normal.charAt(makeCode);
        return c >= 'a' && c <= 'z';
    }

    /** True when this key, in this state, is a dead accent waiting for the next key. */
    public boolean isDeadKey(int makeCode, boolean altGrDown) {
        return makeCode == deadKey && !altGrDown;
    }

    /** Table length check for tests. */
    int normalLength() {
        return normal.length();
    }

    int shiftedLength() {
        return shifted.length();
    }
}
