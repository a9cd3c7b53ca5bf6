/*
 * The boot splash: a coloured title block at the top of the VGA screen (white on blue, with a
 * box-drawing frame) and a one-line plain banner on the serial console, where colour escapes
 * would only clutter the logs the boot tests read. Shown once by Boot right after the console
 * comes up.
 */
package exo.kernel.console;

import exo.kernel.dev.Uart16550;
import exo.kernel.dev.VgaText;

public final class Splash {
    private Splash() {}

    /** "Exo-OS <version>" banner on both devices; either may be null. */
    public static void show(VgaText vga, Uart16550 serial, String version) {
        String title = "Exo-OS " + version + " - an x86_64 kernel written in Java";
        if (serial != null) {
            String line = "== " + title + " ==\n";
            for (int i = 0; i < line.length(); i++) {
                serial.writeByte(line.charAt(i));
            }
        }
        if (vga != null) {
            drawBox(vga, title);
        }
    }

    private static void drawBox(VgaText vga, String title) {
        vga.setColour(VgaText.WHITE, VgaText.BLUE);
        vga.moveTo(0, 0);
        line(vga, '\u2554', '\u2550', '\u2557');
        vga.putChar('\u2551');
        centred(vga, title, VgaText.COLS - 2);
        vga.putChar('\u2551');
        vga.putChar('\u2551');
        vga.setColour(VgaText.LIGHT_CYAN, VgaText.BLUE);
        centred(vga, "interrupts - paging - drivers - compiled ahead of time by exoc", VgaText.COLS - 2);
        vga.setColour(VgaText.WHITE, VgaText.BLUE);
        vga.putChar('\u2551');
        line(vga, '\u255a', '\u2550', '\u255d');
        vga.setColour(VgaText.LIGHT_GREY, VgaText.BLACK);
        vga.syncCursor();
    }

    /** One full-width row: left corner, fill, right corner. */
    private static void line(VgaText vga, char left, char fill, char right) {
        vga.putChar(left);
        for (int i = 0; i < VgaText.COLS - 2; i++) {
            vga.putChar(fill);
        }
        vga.putChar(right);
    }

    private static void centred(VgaText vga, String text, int width) {
        int left = (width - text.length()) / 2;
        for (int i = 0; i < width; i++) {
            int j = i - left;
            vga.putChar(j >= 0 && j < text.length() ? text.charAt(j) : ' ');
        }
    }
}
