/*
 * The escape-sequence parser of a virtual console: bytes a program writes (after the line
 * discipline's output processing) become changes to a Screen, as a VT100/ANSI terminal with the
 * Linux console's and xterm's common extensions would make them (ECMA-48 syntax):
 * - C0: BS, HT, LF/VT/FF, CR, ESC; BEL and SO/SI are ignored.
 * - ESC 7/8 (save/restore cursor), D (index), E (next line), M (reverse index), c (reset);
 *   ESC ( X and ESC ) X (character sets) are consumed; ESC ] ... BEL/ST (titles) is skipped.
 * - CSI: cursor moves A B C D E F G H f d, erase J K X, insert/delete L M @ P, scroll S T,
 *   scroll region r, save/restore s u, colours and attributes m (bold, reverse, the 8 and 16
 *   colours, 256-colour forms mapped to the nearest of 16), modes h/l: ?25 cursor shown,
 *   ?7 autowrap, ?1049/?1047/?47 alternate screen; device status reports n: 5 (ESC [ 0 n, all
 *   well) and 6 (the cursor position, ESC [ row ; col R), which busybox's vi and line editor
 *   ask for. Other final bytes are consumed and ignored.
 * - UTF-8 text, shown through the VGA's code page 437 by the console's copy.
 * A report is an answer typed back into the terminal: the parser keeps it until its console
 * takes it (takeReply) and hands it to the input side, never from inside write().
 * Host-tested (Vt100Test); VirtualConsole calls write() with its lock held.
 */
package exo.kernel.tty;

public final class Vt100 {
    private static final int GROUND = 0;
    private static final int ESCAPE = 1;
    private static final int CSI = 2;
    private static final int OSC = 3;
    private static final int CHARSET = 4;
    private static final int OSC_ESCAPE = 5;
    private static final int MAX_PARAMS = 16;
    /** Room for the answers not yet taken: a few cursor reports (ESC [ 9999 ; 9999 R is 12). */
    public static final int REPLY_BYTES = 64;
    /** ANSI colour n (black, red, green, yellow, blue, magenta, cyan, white) as a VGA colour. */
    private static final int[] VGA_COLOUR = {0, 4, 2, 6, 1, 5, 3, 7};

    private final Screen screen;
    private int state = GROUND;
    private final int[] params = new int[MAX_PARAMS];
    private int paramCount;
    private boolean privateMarker;
    private int utf8Value;
    private int utf8Remaining;
    private int foreground = 7;
    private int background = 0;
    private boolean bold;
    private boolean reverse;
    private final byte[] reply = new byte[REPLY_BYTES];
    private int replyLength;

    public Vt100(Screen screen) {
        this.screen = screen;
    }

    public void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            accept(b[i] & 0xFF);
        }
    }

    private void accept(int c) {
        switch (state) {
            case ESCAPE -> escape(c);
            case CSI -> csiByte(c);
            case OSC -> state = c == 0x07 ? GROUND : c == 0x1B ? OSC_ESCAPE : OSC;
            case OSC_ESCAPE -> state = GROUND; // ESC \ ends it
            case CHARSET -> state = GROUND;
            default -> ground(c);
        }
    }

    private void ground(int c) {
        if (c < 0x20 || c == 0x7F) {
            utf8Remaining = 0;
            control(c);
        } else if (c < 0x80) {
            utf8Remaining = 0;
            screen.put((char) c);
        } else {
            utf8(c);
        }
    }

    private void utf8(int c) {
        if ((c & 0xC0) == 0x80) {
            if (utf8Remaining > 0) {
                utf8Value = utf8Value << 6 | c & 0x3F;
                if (--utf8Remaining == 0) {
                    screen.put(utf8Value > 0xFFFF ? '?' : (char) utf8Value);
                }
                return;
            }
            screen.put('?');
        } else if ((c & 0xE0) == 0xC0) {
            utf8Value = c & 0x1F;
            utf8Remaining = 1;
        } else if ((c & 0xF0) == 0xE0) {
            utf8Value = c & 0x0F;
            utf8Remaining = 2;
        } else if ((c & 0xF8) == 0xF0) {
            utf8Value = c & 0x07;
            utf8Remaining = 3;
        } else {
            screen.put('?');
        }
    }

    private void control(int c) {
        switch (c) {
            case 0x08 -> screen.backspace();
            case 0x09 -> screen.tab();
            case 0x0A, 0x0B, 0x0C -> screen.lineFeed();
            case 0x0D -> screen.carriageReturn();
            case 0x1B -> state = ESCAPE;
            default -> { } // BEL, SO, SI, NUL, DEL: nothing to show
        }
    }

    private void escape(int c) {
        state = GROUND;
        switch (c) {
            case '[' -> {
                state = CSI;
                paramCount = 0;
                params[0] = 0;
                privateMarker = false;
            }
            case ']' -> state = OSC;
            case '(', ')', '*', '+' -> state = CHARSET;
            case '7' -> screen.saveCursor();
            case '8' -> screen.restoreCursor();
            case 'D' -> screen.lineFeed();
            case 'E' -> {
                screen.carriageReturn();
                screen.lineFeed();
            }
            case 'M' -> screen.reverseLineFeed();
            case 'c' -> {
                resetAttributes();
                screen.reset();
            }
            default -> { } // = > (keypad modes), H (tab set) and the rest: ignored
        }
    }

    private void csiByte(int c) {
        if (c >= '0' && c <= '9') {
            if (paramCount == 0) {
                paramCount = 1;
            }
            int i = paramCount - 1;
            params[i] = Math.min(params[i] * 10 + (c - '0'), 9999);
        } else if (c == ';' || c == ':') {
            if (paramCount == 0) {
                paramCount = 1;
            }
            if (paramCount < MAX_PARAMS) {
                params[paramCount++] = 0;
            }
        } else if (c == '?' || c == '>' || c == '=') {
            privateMarker = true;
        } else if (c >= 0x40 && c <= 0x7E) {
            state = GROUND;
            csi(c);
        } else if (c == 0x1B) {
            state = ESCAPE; // an interrupted sequence
        } else if (c < 0x20) {
            control(c); // C0 inside a sequence acts at once (VT100)
        }
        // intermediates (0x20-0x2F) are consumed
    }

    private int param(int i, int dflt) {
        return i < paramCount && params[i] != 0 ? params[i] : dflt;
    }

    private void csi(int fin) {
        int n = param(0, 1);
        switch (fin) {
            case 'A' -> screen.moveVertically(-n);
            case 'B', 'e' -> screen.moveVertically(n);
            case 'C', 'a' -> screen.moveTo(screen.row(), screen.col() + n);
            case 'D' -> screen.moveTo(screen.row(), screen.col() - n);
            case 'E' -> screen.moveTo(screen.row() + n, 0);
            case 'F' -> screen.moveTo(screen.row() - n, 0);
            case 'G', '`' -> screen.moveTo(screen.row(), n - 1);
            case 'd' -> screen.moveTo(n - 1, screen.col());
            case 'H', 'f' -> screen.moveTo(param(0, 1) - 1, param(1, 1) - 1);
            case 'J' -> screen.eraseInDisplay(param(0, 0));
            case 'K' -> screen.eraseInLine(param(0, 0));
            case 'X' -> screen.eraseChars(n);
            case 'L' -> screen.insertLines(n, true);
            case 'M' -> screen.insertLines(n, false);
            case '@' -> screen.insertChars(n, true);
            case 'P' -> screen.insertChars(n, false);
            case 'S' -> screen.scrollUp(n);
            case 'T' -> screen.scrollDown(n);
            case 'r' -> screen.setScrollRegion(param(0, 1) - 1, param(1, screen.rows) - 1);
            case 's' -> screen.saveCursor();
            case 'u' -> screen.restoreCursor();
            case 'm' -> {
                if (!privateMarker) {
                    graphicRendition();
                }
            }
            case 'h', 'l' -> {
                if (privateMarker) {
                    privateModes(fin == 'h');
                }
            }
            case 'n' -> {
                if (!privateMarker) {
                    statusReport(param(0, 0));
                }
            }
            default -> { } // c (identification), g (tabs)...: not answered
        }
    }

    private void statusReport(int what) {
        if (what == 5) {
            if (replyLength + 4 <= reply.length) {
                addByte(0x1B);
                addByte('[');
                addByte('0');
                addByte('n');
            }
        } else if (what == 6 && replyLength + 12 <= reply.length) {
            addByte(0x1B);
            addByte('[');
            addNumber(screen.row() + 1);
            addByte(';');
            addNumber(screen.col() + 1);
            addByte('R');
        }
        // An answer that does not fit is dropped (a program flooding questions); no allocation.
    }

    private void addByte(int b) {
        reply[replyLength++] = (byte) b;
    }

    private void addNumber(int n) {
        if (n >= 10) {
            addNumber(n / 10);
        }
        addByte('0' + n % 10);
    }

    public boolean hasReply() {
        return replyLength > 0;
    }

    /** Moves the pending answers to out (REPLY_BYTES long); returns how many bytes. */
    public int takeReply(byte[] out) {
        int n = replyLength;
        System.arraycopy(reply, 0, out, 0, n);
        replyLength = 0;
        return n;
    }

    private void privateModes(boolean set) {
        for (int i = 0; i < Math.max(1, paramCount); i++) {
            switch (params[i]) {
                case 25 -> screen.cursorVisible = set;
                case 7 -> screen.autowrap = set;
                case 47, 1047, 1049 -> screen.useAlternate(set);
                default -> { }
            }
        }
    }

    private void graphicRendition() {
        if (paramCount == 0) {
            resetAttributes();
        }
        for (int i = 0; i < paramCount; i++) {
            int p = params[i];
            if ((p == 38 || p == 48) && i + 2 < paramCount && params[i + 1] == 5) {
                int colour = nearest16(params[i + 2]);
                if (p == 38) {
                    foreground = colour;
                } else {
                    background = colour & 7;
                }
                i += 2;
            } else if ((p == 38 || p == 48) && i + 4 < paramCount && params[i + 1] == 2) {
                i += 4; // direct colour: kept as is
            } else {
                rendition(p);
            }
        }
        updateAttribute();
    }

    private void rendition(int p) {
        if (p == 0) {
            resetAttributes();
        } else if (p == 1) {
            bold = true;
        } else if (p == 22) {
            bold = false;
        } else if (p == 7) {
            reverse = true;
        } else if (p == 27) {
            reverse = false;
        } else if (p >= 30 && p <= 37) {
            foreground = VGA_COLOUR[p - 30];
        } else if (p == 39) {
            foreground = 7;
        } else if (p >= 40 && p <= 47) {
            background = VGA_COLOUR[p - 40];
        } else if (p == 49) {
            background = 0;
        } else if (p >= 90 && p <= 97) {
            foreground = VGA_COLOUR[p - 90] | 8;
        } else if (p >= 100 && p <= 107) {
            background = VGA_COLOUR[p - 100]; // bright backgrounds would blink on VGA
        }
        // 2 dim, 3 italic, 4 underline, 5 blink...: no such thing on this screen
    }

    /** xterm's 256 colours: the first 16 as such, the rest to the nearest of the 16. */
    private static int nearest16(int n) {
        if (n < 8) {
            return VGA_COLOUR[n];
        }
        if (n < 16) {
            return VGA_COLOUR[n - 8] | 8;
        }
        if (n >= 232) {
            return n < 244 ? 8 : 7; // the grey ramp
        }
        int v = n - 16;
        int r = v / 36;
        int g = v / 6 % 6;
        int b = v % 6;
        int ansi = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0);
        boolean bright = r == 5 || g == 5 || b == 5;
        return VGA_COLOUR[ansi] | (bright ? 8 : 0);
    }

    private void resetAttributes() {
        foreground = 7;
        background = 0;
        bold = false;
        reverse = false;
        updateAttribute();
    }

    private void updateAttribute() {
        int fg = foreground | (bold ? 8 : 0);
        int bg = background;
        if (reverse) {
            int t = fg & 7;
            fg = bg | (fg & 8);
            bg = t;
        }
        screen.attr = bg << 4 | fg;
    }
}
