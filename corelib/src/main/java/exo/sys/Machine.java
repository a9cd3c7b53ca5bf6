/*
 * Calls about the whole machine, for init: mount, reboot (power off, restart, what Ctrl-Alt-Del
 * does), the host name, sync.
 */
package exo.sys;

import exo.rt.SysSupport;

public final class Machine {
    private Machine() {}

    static final int SYNC = 162, MOUNT = 165, REBOOT = 169, SETHOSTNAME = 170;
    static final long MAGIC1 = 0xfee1deadL, MAGIC2 = 672274793L;

    public static final long RB_POWER_OFF = 0x4321FEDCL, RB_RESTART = 0x01234567L, RB_HALT = 0xCDEF0123L,
            RB_CAD_ON = 0x89ABCDEFL, RB_CAD_OFF = 0L;

    /** mount(2): source, target, file system type, flags, no data. */
    public static void mount(String source, String target, String type, long flags) {
        byte[] s = Text.cString(source);
        byte[] t = Text.cString(target);
        byte[] y = Text.cString(type);
        Sys.check(Sys.raw(MOUNT, SysSupport.address(s, 0), SysSupport.address(t, 0), SysSupport.address(y, 0), flags, 0, 0),
                "mount " + type + " on " + target);
    }

    /**
     * reboot(2) with one of the RB_ commands: RB_POWER_OFF and RB_RESTART do not return;
     * RB_CAD_ON/RB_CAD_OFF say whether Ctrl-Alt-Del restarts at once or sends SIGINT to init.
     */
    public static void reboot(long cmd) {
        Sys.check(Sys.raw(REBOOT, MAGIC1, MAGIC2, cmd, 0, 0, 0), "reboot");
    }

    public static void sync() {
        Sys.raw(SYNC, 0, 0, 0, 0, 0, 0);
    }

    public static void sethostname(String name) {
        byte[] n = Text.encode(name);
        byte[] buf = new byte[n.length + 1];
        System.arraycopy(n, 0, buf, 0, n.length);
        Sys.check(Sys.raw(SETHOSTNAME, SysSupport.address(buf, 0), n.length, 0, 0, 0, 0), "sethostname");
    }
}
