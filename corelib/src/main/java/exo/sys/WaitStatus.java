/*
 * What wait4 reported for one child: its pid and the raw status word, decoded as the W*
 * macros of <sys/wait.h> do.
 */
package exo.sys;

public final class WaitStatus {
    public final int pid;
    public final int raw;

    public WaitStatus(int pid, int raw) {
        this.pid = pid;
        this.raw = raw;
    }

    public boolean exited() {
        return (raw & 0x7F) == 0;
    }

    public int exitCode() {
        return raw >> 8 & 0xFF;
    }

    public boolean signaled() {
        return (raw & 0x7F) != 0 && (raw & 0x7F) != 0x7F;
    }

    public int termSignal() {
        return raw & 0x7F;
    }

    public boolean coreDumped() {
        return (raw & 0x80) != 0;
    }

    public boolean stopped() {
        return (raw & 0xFF) == 0x7F;
    }

    public int stopSignal() {
        return raw >> 8 & 0xFF;
    }

    public boolean continued() {
        return raw == 0xFFFF;
    }

    /** The shell's view: the exit code, or 128 + the signal that ended or stopped it. */
    public int shellStatus() {
        if (exited()) {
            return exitCode();
        }
        return 128 + (stopped() ? stopSignal() : termSignal());
    }

    @Override
    public String toString() {
        if (exited()) {
            return "pid " + pid + " exited " + exitCode();
        }
        if (stopped()) {
            return "pid " + pid + " stopped by " + Signals.name(stopSignal());
        }
        if (continued()) {
            return "pid " + pid + " continued";
        }
        return "pid " + pid + " killed by " + Signals.name(termSignal());
    }
}
