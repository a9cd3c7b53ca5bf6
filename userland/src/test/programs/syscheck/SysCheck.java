// Checks exo.sys on the Linux host (compiled by exoc; SysBindingTest compares the output with
// expected.out): every call family, its error cases, and Java signal handlers run at a poll.
import exo.sys.*;
import java.util.*;

public class SysCheck {
    static int handled;

    static void line(String s) {
        Sys.write(1, s + "\n");
    }

    static void expectErr(String what, Runnable r) {
        try {
            r.run();
            line(what + ": no error");
        } catch (SysException e) {
            line(what + ": " + e.errnoName() + " / " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String dir = args[0];
        files(dir);
        pipes();
        processes();
        signals();
        terminals();
        errors(dir);
        line("done");
    }

    static void files(String dir) {
        Sys.chdir(dir);
        line("cwd ends with work dir: " + Sys.getcwd().endsWith(dir.substring(dir.lastIndexOf('/'))));
        int fd = Sys.open("a.txt", Sys.O_WRONLY | Sys.O_CREAT | Sys.O_TRUNC, 0644);
        Sys.write(fd, "hello, files\n");
        Sys.close(fd);
        fd = Sys.open("a.txt", Sys.O_RDONLY, 0);
        byte[] b = new byte[64];
        int n = Sys.read(fd, b, 0, b.length);
        line("read " + n + ": " + new String(b, 0, n - 1));
        line("lseek end " + Sys.lseek(fd, 0, Sys.SEEK_END) + ", set " + Sys.lseek(fd, 7, Sys.SEEK_SET));
        n = Sys.read(fd, b, 0, 5);
        line("after seek: " + new String(b, 0, n));
        line("cloexec before " + Sys.fcntl(fd, Sys.F_GETFD, 0));
        Sys.fcntl(fd, Sys.F_SETFD, Sys.FD_CLOEXEC);
        line("cloexec after " + Sys.fcntl(fd, Sys.F_GETFD, 0));
        Sys.close(fd);
        Stat st = Sys.stat("a.txt");
        line("stat size " + st.size + " regular " + st.isRegular() + " perms " + Integer.toOctalString(st.permissions()));
        Sys.mkdir("sub", 0755);
        line("stat dir " + Sys.stat("sub").isDirectory() + ", access X " + Sys.access("sub", Sys.X_OK));
        List<String> names = Dir.names(".");
        Collections.sort(names);
        line("dir: " + names);
        Sys.unlink("a.txt");
        line("after unlink: " + Dir.names("."));
    }

    static void pipes() {
        int[] p = Sys.pipe2(Sys.O_CLOEXEC);
        Sys.write(p[1], "through the pipe");
        Sys.close(p[1]);
        byte[] b = new byte[64];
        int n = Sys.read(p[0], b, 0, b.length);
        line("pipe: " + new String(b, 0, n) + ", then " + Sys.read(p[0], b, 0, b.length));
        Sys.close(p[0]);
        int saved = Sys.dup(1);
        int[] q = Sys.pipe2(0);
        Sys.dup2(q[1], 1);
        Sys.write(1, "via dup2");
        Sys.dup2(saved, 1);
        Sys.close(saved);
        Sys.close(q[1]);
        n = Sys.read(q[0], b, 0, b.length);
        Sys.close(q[0]);
        line("dup2: " + new String(b, 0, n));
    }

    static void processes() {
        int pid = Proc.fork();
        if (pid == 0) {
            Proc.exit(42);
        }
        WaitStatus w = Proc.wait4(pid, 0);
        line("child exited " + w.exited() + " code " + w.exitCode() + " same pid " + (w.pid == pid));
        int[] p = Sys.pipe2(Sys.O_CLOEXEC);
        pid = Proc.fork();
        if (pid == 0) {
            Proc.setpgid(0, 0);
            Sys.dup2(p[1], 1);
            Sys.write(p[1], "own group: " + (Proc.getpgrp() == Proc.getpid()) + "\n");
            Proc.execve("/bin/sh", new String[] {"sh", "-c", "echo exec ok: $0 $1", "zero", "one"},
                    new String[] {"PATH=/usr/bin:/bin"});
        }
        Sys.close(p[1]);
        byte[] b = new byte[256];
        int total = 0, n;
        while ((n = Sys.read(p[0], b, total, b.length - total)) > 0) {
            total += n;
        }
        Sys.close(p[0]);
        w = Proc.wait4(pid, 0);
        Sys.write(1, new String(b, 0, total));
        line("exec child status " + w.shellStatus());
        int[] block = Sys.pipe2(Sys.O_CLOEXEC);   // children wait on it: nobody writes
        pid = Proc.fork();
        if (pid == 0) {
            Sys.read(block[0], new byte[1], 0, 1);
            Proc.exit(3);
        }
        Proc.kill(pid, Signals.SIGTERM);
        w = Proc.wait4(pid, 0);
        line("killed: signaled " + w.signaled() + " by " + Signals.name(w.termSignal()) + ", shell status " + w.shellStatus());
        pid = Proc.fork();
        if (pid == 0) {
            Sys.read(block[0], new byte[1], 0, 1);
            Proc.exit(3);
        }
        line("running child, WNOHANG: " + Proc.wait4(pid, Proc.WNOHANG));
        Proc.kill(pid, Signals.SIGKILL);
        line("then: " + (Proc.wait4(pid, 0).pid == pid));
        Sys.close(block[0]);
        Sys.close(block[1]);
    }

    static void signals() {
        Signals.handle(Signals.SIGUSR1, sig -> handled += sig);
        Proc.kill(Proc.getpid(), Signals.SIGUSR1);
        line("handler ran inside the signal: " + (handled != 0));
        line("pending: " + Signals.pending() + ", poll ran " + Signals.poll() + ", handled " + handled);
        Signals.ignore(Signals.SIGUSR2);
        Proc.kill(Proc.getpid(), Signals.SIGUSR2);
        line("ignored USR2, isIgnored " + Signals.isIgnored(Signals.SIGUSR2) + ", poll ran " + Signals.poll());
        // A blocking call interrupted by a handled signal runs the handler, then restarts.
        Signals.handle(Signals.SIGCHLD, sig -> handled += 1000);
        int pid = Proc.fork();
        if (pid == 0) {
            Proc.exit(0);
        }
        WaitStatus w = Proc.wait4(pid, 0);
        Signals.poll();
        line("SIGCHLD handled " + (handled >= 1000) + ", child " + w.exitCode());
        Signals.setDefault(Signals.SIGCHLD);
        long old = Signals.procMask(Signals.SIG_BLOCK, Signals.bit(Signals.SIGUSR1));
        long now = Signals.procMask(Signals.SIG_SETMASK, old);
        line("mask had USR1: " + ((now & Signals.bit(Signals.SIGUSR1)) != 0));
        line("names: " + Signals.name(2) + " " + Signals.number("SIGTERM") + " " + Signals.number("hup") + " " + Signals.number("NOPE"));
    }

    static void terminals() {
        int devnull = Sys.open("/dev/null", Sys.O_RDWR, 0);
        line("isatty /dev/null " + Tty.isatty(devnull));
        expectErr("tcgetattr /dev/null", () -> Termios.get(devnull));
        Sys.close(devnull);
        int master = Sys.open("/dev/ptmx", Sys.O_RDWR | Sys.O_NOCTTY, 0);
        byte[] n = new byte[4];
        Sys.ioctl(master, 0x40045431, new byte[4]);   // TIOCSPTLCK: unlock
        Sys.ioctl(master, 0x80045430, n);             // TIOCGPTN
        int slave = Sys.open("/dev/pts/" + (n[0] & 0xFF | (n[1] & 0xFF) << 8), Sys.O_RDWR | Sys.O_NOCTTY, 0);
        line("pty slave isatty " + Tty.isatty(slave));
        Termios t = Termios.get(slave);
        line("canonical " + ((t.lflag & Termios.ICANON) != 0) + " echo " + ((t.lflag & Termios.ECHO) != 0));
        t.raw().set(slave, Termios.TCSANOW);
        Termios r = Termios.get(slave);
        line("raw: canonical " + ((r.lflag & Termios.ICANON) != 0) + " echo " + ((r.lflag & Termios.ECHO) != 0)
                + " isig " + ((r.lflag & Termios.ISIG) != 0) + " vmin " + r.cc[Termios.VMIN]);
        Sys.write(master, "x");
        byte[] b = new byte[8];
        line("raw read " + Sys.read(slave, b, 0, 8) + " byte: " + (char) b[0]);
        expectErr("tcsetattr bad when", () -> t.set(slave, 7));
        expectErr("tcgetpgrp of a pty that is not our terminal", () -> Tty.tcgetpgrp(slave));
        Sys.close(slave);
        Sys.close(master);
    }

    static void errors(String dir) {
        expectErr("open missing", () -> Sys.open("/nonexistent/x", Sys.O_RDONLY, 0));
        expectErr("close bad fd", () -> Sys.close(987));
        expectErr("chdir to a file", () -> Sys.chdir("/etc/passwd"));
        expectErr("mkdir existing", () -> Sys.mkdir(".", 0755));
        expectErr("kill bad pid", () -> Proc.kill(999999999, 0));
        expectErr("signal 0 handler", () -> Signals.handle(0, s -> {}));
        expectErr("wait without children", () -> Proc.wait4(-1, 0));
        expectErr("execve missing", () -> Proc.execve("/nonexistent", new String[] {"x"}, new String[0]));
        expectErr("reboot unprivileged or bad command", () -> Machine.reboot(0x1234));
        try {
            Sys.read(0, new byte[4], 3, 2);
        } catch (IndexOutOfBoundsException e) {
            line("bad range: " + e.getMessage());
        }
        line("errno table: " + Errno.name(2) + " " + Errno.message(13) + " " + Errno.name(200));
        boolean path = false;
        for (String s : Proc.environ()) {
            path |= s.startsWith("PATH=");
        }
        line("environ has PATH: " + path);
    }
}
