/*
 * The terminals at boot, replacing the file layer's write-only console stand-in: ttyS0 on
 * COM1 (4:64), the four virtual consoles tty1..tty4 on the VGA screen and the keyboard (4:1..4),
 * in run= boots ttyS1 on COM2 (4:65), /dev/console (5:1) naming one of them, /dev/tty (5:0,
 * the caller's controlling terminal), /dev/ptmx (5:2) and the devpts file system on /dev/pts.
 * The nodes missing from DevFs's /dev are made here. The input thread (InputPump) is started
 * and the kernel console stops drawing on the VGA screen, which the virtual consoles now own:
 * kernel messages go on on COM1 and are drawn on the console shown (console.TerminalCopy). Called once by Boot, after the file layer and the process
 * table exist and before the first process opens /dev/console.
 */
package exo.kernel.tty;

import exo.kernel.console.Console;
import exo.kernel.dev.Ps2Keyboard;
import exo.kernel.dev.Uart16550;
import exo.kernel.dev.VgaText;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.FsFlags;
import exo.kernel.fs.setup.FileLayer;
import exo.kernel.fs.tmpfs.TmpFs;
import exo.kernel.fs.vfs.FsContext;

public final class TtySetup {
    private TtySetup() {}

    private static final int SERIAL_MAJOR = 4;
    private static final int TTYS0_MINOR = 64;
    private static final int DEVPTS_BYTES = 64 * 1024;

    /** What Boot hands over; runConsole is COM2 in run= boots (else null). */
    public static final class Devices {
        public Uart16550 com1;
        public Ps2Keyboard keyboard;
        public VgaText vga;
        /** run= boots: the command's console (COM2), and whether the host pipes its input. */
        public Uart16550 runConsole;
        public boolean runInputPiped;
        /** Which terminal /dev/console is: "ttyS0", "tty1".."tty4" (ignored with runConsole). */
        public String console = "ttyS0";
        /**
         * run= boots: the command, a session leader, takes /dev/console as its controlling
         * terminal when it opens it, as `docker run -t` gives a container one (^C reaches it,
         * shells get job control). Linux never does that for /dev/console: init boots keep it off.
         */
        public boolean consoleControls;
    }

    /** The terminals made, for Boot and tests. */
    public static final class Terminals {
        public Tty serial;
        public Tty runConsole;
        public VirtualConsoles consoles;
        public Tty console;
        public DevPts devpts;
        /** Not started yet by devices(); install() starts it. */
        public InputPump pump;
    }

    /** Everything, and the input thread started. */
    public static Terminals install(FileLayer files, Devices dev) {
        Terminals t = devices(files, dev);
        t.pump.start();
        return t;
    }

    /** The terminals and their nodes, without the input thread (host tests use this). */
    public static Terminals devices(FileLayer files, Devices dev) {
        Terminals t = new Terminals();
        InputPump pump = new InputPump();
        t.pump = pump;
        t.serial = new Tty("ttyS0", FileMode.makeDev(SERIAL_MAJOR, TTYS0_MINOR),
                Termios.standard(Termios.B115200, 115200), new Winsize(0, 0), new SerialLine(dev.com1));
        register(files, SERIAL_MAJOR, TTYS0_MINOR, TtyDevice.of(t.serial, true));
        pump.addSerial(dev.com1, t.serial, null);
        t.consoles = new VirtualConsoles(dev.vga);
        for (int n = 1; n <= VirtualConsoles.COUNT; n++) {
            register(files, VirtualConsoles.MAJOR, n, TtyDevice.of(t.consoles.get(n).tty(), true));
            node(files, "/dev/tty" + n, 0620, VirtualConsoles.MAJOR, n, DevPts.TTY_GROUP);
        }
        if (dev.keyboard != null) {
            pump.addKeyboard(dev.keyboard, t.consoles);
        }
        pump.addConsoleReplies(t.consoles);
        t.console = consoleTerminal(t, dev.console);
        if (dev.runConsole != null) {
            t.runConsole = runConsole(files, dev, pump);
            t.console = t.runConsole;
        }
        register(files, 5, 1, TtyDevice.of(t.console, dev.consoleControls));
        register(files, 5, 0, TtyDevice.controllingTerminal());
        t.devpts = devpts(files);
        if (dev.vga != null) {
            t.consoles.adoptScreen();
            Console.attachVga(null);
            pump.addKernelText(t.consoles);
        }
        return t;
    }

    private static Tty consoleTerminal(Terminals t, String name) {
        for (int n = 1; n <= VirtualConsoles.COUNT; n++) {
            if (("tty" + n).equals(name) || n == 1 && "tty0".equals(name)) {
                return t.consoles.get(n).tty();
            }
        }
        return t.serial;
    }

    /**
     * ttyS1: with the host's standard input piped, a raw line (no echo, no editing, no
     * signals, no output processing: bytes pass as through a pipe, and the end of the host's
     * input is the end of file); with a terminal there, a normal serial terminal.
     */
    private static Tty runConsole(FileLayer files, Devices dev, InputPump pump) {
        Termios settings = Termios.standard(Termios.B115200, 115200);
        if (dev.runInputPiped) {
            settings = Termios.raw(Termios.B115200, 115200);
        }
        Tty tty = new Tty("ttyS1", FileMode.makeDev(SERIAL_MAJOR, TTYS0_MINOR + 1), settings, new Winsize(0, 0),
                new SerialLine(dev.runConsole));
        register(files, SERIAL_MAJOR, TTYS0_MINOR + 1, TtyDevice.of(tty, true));
        node(files, "/dev/ttyS1", 0660, SERIAL_MAJOR, TTYS0_MINOR + 1, 20);
        pump.addSerial(dev.runConsole, tty, dev.runInputPiped ? new PipedInput() : null);
        return tty;
    }

    private static DevPts devpts(FileLayer files) {
        FsContext k = files.kernelContext();
        TmpFs fs = new TmpFs("devpts", files.clock, files.frames, DEVPTS_BYTES, DevPts.MAX_PAIRS + 8, 0755, 0, 0);
        files.types.register("devpts", true, opts -> fs);
        int r = files.vfs.mountAt(k, "/dev/pts", fs, FsFlags.MS_NOSUID | FsFlags.MS_NOEXEC);
        if (r != 0) {
            throw new IllegalStateException("cannot mount devpts on /dev/pts: " + r);
        }
        DevPts devpts = new DevPts(files.devices, files.vfs, k, "/dev/pts");
        register(files, DevPts.PTMX_MAJOR, DevPts.PTMX_MINOR, devpts);
        node(files, "/dev/ptmx", 0666, DevPts.PTMX_MAJOR, DevPts.PTMX_MINOR, DevPts.TTY_GROUP);
        return devpts;
    }

    private static void register(FileLayer files, int major, int minor, exo.kernel.fs.devfs.CharDevice d) {
        files.devices.register(major, minor, d);
    }

    /** A node in /dev with exactly this mode and group (like devtmpfs, no umask). */
    private static void node(FileLayer files, String path, int perm, int major, int minor, int gid) {
        FsContext k = files.kernelContext();
        int r = files.vfs.mknodat(k, FsFlags.AT_FDCWD, path, FileMode.S_IFCHR | perm, FileMode.makeDev(major, minor));
        if (r == 0) {
            r = files.vfs.fchmodat(k, FsFlags.AT_FDCWD, path, perm, 0) | files.vfs.fchownat(k, FsFlags.AT_FDCWD, path, 0, gid, 0);
        }
        if (r != 0) {
            throw new IllegalStateException("cannot make " + path + ": " + r);
        }
    }
}
