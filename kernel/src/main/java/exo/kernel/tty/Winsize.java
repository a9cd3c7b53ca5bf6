/*
 * A terminal's size (struct winsize): rows and columns, and the pixel size few programs read.
 * TIOCGWINSZ reports it, TIOCSWINSZ changes it and sends SIGWINCH to the foreground group;
 * the VGA consoles start at 25x80, serial lines and PTYs at 0x0 as on Linux (unknown).
 */
package exo.kernel.tty;

public final class Winsize {
    public final int rows;
    public final int cols;
    public final int xpixels;
    public final int ypixels;

    public Winsize(int rows, int cols, int xpixels, int ypixels) {
        this.rows = rows;
        this.cols = cols;
        this.xpixels = xpixels;
        this.ypixels = ypixels;
    }

    public Winsize(int rows, int cols) {
        this(rows, cols, 0, 0);
    }

    public boolean sameAs(Winsize o) {
        return rows == o.rows && cols == o.cols && xpixels == o.xpixels && ypixels == o.ypixels;
    }

    @Override
    public String toString() {
        return rows + "x" + cols;
    }
}
