/*
 * Terminal device drivers for the file layer's device table: one fixed terminal (ttyS0,
 * tty1..4, and /dev/console, which names one of them), and /dev/tty (5:0), which opens the
 * caller's controlling terminal whatever it is (ENXIO without one). An open of a terminal by a
 * session leader that has none makes it the controlling terminal (JobRules.opened), unless
 * O_NOCTTY; as on Linux, /dev/console is never acquired that way (pass controlling = false).
 * TIOCEXCL makes further opens fail with EBUSY except for root.
 */
package exo.kernel.tty;

import exo.kernel.fs.Errno;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.devfs.CharDevice;
import exo.kernel.fs.vfs.Dentry;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.OpenResult;

public final class TtyDevice implements CharDevice {
    private final Tty fixed;
    private final boolean mayControl;

    private TtyDevice(Tty fixed, boolean mayControl) {
        this.fixed = fixed;
        this.mayControl = mayControl;
    }

    /** A terminal's own node (mayControl: an open can make it the controlling terminal). */
    public static TtyDevice of(Tty t, boolean mayControl) {
        return new TtyDevice(t, mayControl);
    }

    /** /dev/tty: the caller's controlling terminal. */
    public static TtyDevice controllingTerminal() {
        return new TtyDevice(null, false);
    }

    @Override
    public OpenResult open(Dentry d, int flags, FsContext ctx) {
        Tty t = fixed != null ? fixed : Ttys.controlling(ctx.pid);
        if (t == null) {
            return OpenResult.fail(-Errno.ENXIO);
        }
        return openTerminal(t, d, flags, ctx, mayControl, null);
    }

    /** The checks and controlling-terminal rule of every terminal open; onRelease may be null. */
    static OpenResult openTerminal(Tty t, Dentry d, int flags, FsContext ctx, boolean mayControl, Runnable onRelease) {
        if (t.exclusive && ctx.cred.euid != 0) {
            return OpenResult.fail(-Errno.EBUSY);
        }
        JobRules.opened(t, ctx, !mayControl || (flags & OpenFlags.O_NOCTTY) != 0);
        return OpenResult.of(new TtyFile(d, flags, t, onRelease));
    }
}
