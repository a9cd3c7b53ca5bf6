/*
 * pty.c - pseudo-terminals and the line discipline seen through them: posix_openpt,
 * unlockpt/ptsname and the slave's node, canonical input with erase and its echo, output
 * processing (ONLCR), FIONREAD counting whole lines only, raw mode without echo, VMIN/VTIME
 * timeouts, the window size, ^C killing the foreground group of a session that took the
 * slave as its controlling terminal (TIOCSCTTY, TIOCGSID, TIOCGPGRP), ^Z stopping it, SIGTTIN
 * for a background group, EIO on the master once the slave is closed, and the slave's
 * hang-up when the master goes. Run by tools/ctest/run on Linux and Exo-OS; output compared.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

/* Reads until want bytes came or 2 s passed without any (pty input may arrive a little later
 * on Linux, pushed by a work queue); returns the count. Non-blocking reads and short sleeps,
 * so that a missing byte ends the check instead of hanging it. */
static int read_some(int fd, char *buf, int want)
{
    int got = 0, idle_ms = 0;
    int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    while (got < want && idle_ms < 2000) {
        long n = read(fd, buf + got, want - got);
        if (n > 0) {
            got += n;
            idle_ms = 0;
        } else if (n < 0 && errno == EAGAIN) {
            usleep(10000);
            idle_ms += 10;
        } else {
            break;
        }
    }
    fcntl(fd, F_SETFL, flags);
    buf[got] = 0;
    return got;
}

/* The bytes as C escapes, for the output lines. */
static const char *shown(const char *s)
{
    static char out[256];
    int o = 0;
    for (; *s && o < 240; s++) {
        unsigned char c = *s;
        if (c == '\r' || c == '\n' || c == '\b' || c < 0x20 || c >= 0x7f) {
            o += snprintf(out + o, sizeof out - o, c == '\r' ? "\\r" : c == '\n' ? "\\n" : c == '\b' ? "\\b" : "\\x%02x", c);
        } else {
            out[o++] = c;
        }
    }
    out[o] = 0;
    return out;
}

/* Nothing to read on fd for ms milliseconds. */
static int quiet_for(int fd, int ms)
{
    char c;
    usleep(ms * 1000);
    int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    long n = read(fd, &c, 1);
    int quiet = n < 0 && errno == EAGAIN;
    fcntl(fd, F_SETFL, flags);
    return quiet;
}

static int open_pair(int *slave)
{
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    t_ok("posix_openpt", m);
    t_ok("grantpt", grantpt(m));
    t_ok("unlockpt", unlockpt(m));
    char name[64];
    t_ok("ptsname_r", ptsname_r(m, name, sizeof name));
    t_check("ptsname is /dev/pts/N", strncmp(name, "/dev/pts/", 9) == 0);
    int n = -1;
    t_ok("TIOCGPTN", ioctl(m, TIOCGPTN, &n));
    t_check("TIOCGPTN matches the name", n == atoi(name + 9));
    *slave = open(name, O_RDWR | O_NOCTTY);
    t_ok("open the slave", *slave);
    return m;
}

static void canonical(void)
{
    int s, m = open_pair(&s);
    char buf[128];
    t_check("isatty(slave)", isatty(s) == 1);
    struct termios tio;
    t_ok("tcgetattr", tcgetattr(s, &tio));
    t_check("ICANON and ECHO on", (tio.c_lflag & (ICANON | ECHO)) == (ICANON | ECHO));
    t_check("ONLCR on", (tio.c_oflag & (OPOST | ONLCR)) == (OPOST | ONLCR));
    t_eq("VINTR", tio.c_cc[VINTR], 3);
    t_eq("VERASE", tio.c_cc[VERASE], 0x7f);
    t_eq("type a partial line", write(m, "abc\x7f" "d", 5), 5);
    t_eq("its echo", read_some(m, buf, 7), 7);
    t_str("echo of the erase", shown(buf), "abc\\b \\bd");
    int avail = -1;
    t_ok("FIONREAD", ioctl(s, FIONREAD, &avail));
    t_eq("FIONREAD before the newline", avail, 0);
    write(m, "\n", 1);
    t_eq("newline echo", read_some(m, buf, 2), 2);
    t_str("newline echoed as", shown(buf), "\\r\\n");
    ioctl(s, FIONREAD, &avail);
    t_eq("FIONREAD after it", avail, 4);
    t_eq("read the line", read(s, buf, sizeof buf), 4);
    buf[4] = 0;
    t_str("line", shown(buf), "abd\\n");
    t_eq("slave writes", write(s, "x\ny\n", 4), 4);
    t_eq("master reads", read_some(m, buf, 6), 6);
    t_str("with ONLCR", shown(buf), "x\\r\\ny\\r\\n");
    write(m, "one\ntwo\n", 8);
    read_some(m, buf, 10);
    t_eq("one line per read", read(s, buf, sizeof buf), 4);
    t_eq("then the next", read(s, buf, sizeof buf), 4);
    write(m, "\x04", 1);
    t_eq("^D at the start of a line: end of file", read(s, buf, sizeof buf), 0);
    close(s);
    close(m);
}

static void raw(void)
{
    int s, m = open_pair(&s);
    char buf[64];
    struct termios tio;
    tcgetattr(s, &tio);
    cfmakeraw(&tio);
    tio.c_cc[VMIN] = 1;
    tio.c_cc[VTIME] = 0;
    t_ok("tcsetattr raw", tcsetattr(s, TCSANOW, &tio));
    write(m, "q\x03\x7f", 3);
    t_eq("raw read takes bytes at once", read_some(s, buf, 3), 3);
    t_str("no editing, no signal", shown(buf), "q\\x03\\x7f");
    t_check("no echo", quiet_for(m, 200));
    write(s, "a\n", 2);
    t_eq("no output processing", read_some(m, buf, 2), 2);
    t_str("raw output", shown(buf), "a\\n");
    tio.c_cc[VMIN] = 0;
    tio.c_cc[VTIME] = 2;
    tcsetattr(s, TCSANOW, &tio);
    t_eq("VMIN 0 VTIME 2: read times out with 0", read(s, buf, 1), 0);
    struct winsize ws = {40, 132, 0, 0}, got = {0};
    t_ok("TIOCSWINSZ on the master", ioctl(m, TIOCSWINSZ, &ws));
    t_ok("TIOCGWINSZ on the slave", ioctl(s, TIOCGWINSZ, &got));
    t_check("same size", got.ws_row == 40 && got.ws_col == 132);
    close(s);
    t_err("master read after the slave closed", read(m, buf, 1), EIO);
    close(m);
}

/* A child that leads a new session with the slave as its terminal, then does what `then`
 * says; `then` tells the parent through the ready descriptor when to go on ('r', or 'b' when
 * the set-up went wrong). */
static pid_t session_child(const char *slave, int ready[2], void (*then)(int, int, int))
{
    pid_t pid = fork();
    if (pid == 0) {
        close(ready[0]);
        alarm(10); /* a stop that never comes fails the check instead of hanging the test */
        setsid();
        int s = open(slave, O_RDWR | O_NOCTTY);
        int bad = s < 0 || ioctl(s, TIOCSCTTY, 0) < 0;
        pid_t sid = -1, pgrp = -1;
        bad |= ioctl(s, TIOCGSID, &sid) < 0 || sid != getpid();
        bad |= ioctl(s, TIOCGPGRP, &pgrp) < 0 || pgrp != getpid();
        bad |= tcgetpgrp(s) != getpid();
        int t = open("/dev/tty", O_RDWR); /* the controlling terminal, whatever its name */
        bad |= t < 0 || !isatty(t);
        close(t);
        then(s, ready[1], bad);
        _exit(0);
    }
    close(ready[1]);
    return pid;
}

static void wait_forever(int s, int ready, int bad)
{
    char c;
    write(ready, bad ? "b" : "r", 1);
    for (;;) {
        read(s, &c, 1);
    }
}

/* In a new background group, reads the terminal: SIGTTIN stops it; exits 0 when so. The
 * group is not orphaned (its parent is in another group of the session): a stop signal to an
 * orphaned group would be discarded. */
static void background_reader(int s, int ready, int bad)
{
    write(ready, bad ? "b" : "r", 1);
    pid_t g = fork();
    if (g == 0) {
        setpgid(0, 0);
        char c;
        read(s, &c, 1);
        _exit(9);
    }
    int st;
    waitpid(g, &st, WUNTRACED);
    int stopped = WIFSTOPPED(st) && WSTOPSIG(st) == SIGTTIN;
    kill(g, SIGKILL);
    waitpid(g, &st, 0);
    _exit(stopped ? 0 : 1);
}

/* As a shell runs a foreground job: a new group made the terminal's foreground; ^Z from the
 * parent stops it. Exits 0 when it was stopped by SIGTSTP. */
static void foreground_job(int s, int ready, int bad)
{
    pid_t g = fork();
    if (g == 0) {
        setpgid(0, 0);
        for (;;) {
            pause();
        }
    }
    setpgid(g, g);
    bad |= tcsetpgrp(s, g) < 0;
    write(ready, bad ? "b" : "r", 1);
    if (bad) {
        kill(g, SIGKILL);
        _exit(1);
    }
    int st;
    waitpid(g, &st, WUNTRACED);
    int stopped = WIFSTOPPED(st) && WSTOPSIG(st) == SIGTSTP;
    kill(g, SIGKILL);
    waitpid(g, &st, 0);
    _exit(stopped ? 0 : 1);
}

/* A new session has no controlling terminal: /dev/tty is ENXIO. Exits 0 when so. */
static int no_terminal_child(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        setsid();
        int t = open("/dev/tty", O_RDWR);
        _exit(t < 0 && errno == ENXIO ? 0 : 1);
    }
    int st;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static void job_control(void)
{
    int s, m = open_pair(&s);
    char name[64], c, buf[32];
    ptsname_r(m, name, sizeof name);
    close(s);
    int ready[2];
    pipe(ready);
    pid_t pid = session_child(name, ready, wait_forever);
    t_check("/dev/tty without a controlling terminal: ENXIO", no_terminal_child());
    t_eq("child set up (TIOCSCTTY, TIOCGSID, TIOCGPGRP, /dev/tty)", read(ready[0], &c, 1) == 1 && c == 'r', 1);
    close(ready[0]);
    write(m, "\x03", 1);
    int st;
    t_check("waitpid", waitpid(pid, &st, 0) == pid);
    t_check("^C killed the foreground group with SIGINT", WIFSIGNALED(st) && WTERMSIG(st) == SIGINT);
    t_eq("^C echo", read_some(m, buf, 2), 2);
    t_str("echoed as", shown(buf), "^C");

    pipe(ready);
    pid = session_child(name, ready, foreground_job);
    t_check("a foreground job set up (tcsetpgrp)", read(ready[0], &c, 1) == 1 && c == 'r');
    close(ready[0]);
    write(m, "\x1a", 1);
    waitpid(pid, &st, 0);
    t_check("^Z stopped the foreground job with SIGTSTP", WIFEXITED(st) && WEXITSTATUS(st) == 0);
    read_some(m, buf, 2);

    pipe(ready);
    pid = session_child(name, ready, background_reader);
    read(ready[0], &c, 1);
    close(ready[0]);
    waitpid(pid, &st, 0);
    t_check("a background reader is stopped by SIGTTIN", WIFEXITED(st) && WEXITSTATUS(st) == 0);

    s = open(name, O_RDWR | O_NOCTTY);
    t_ok("open the slave again", s);
    close(m);
    t_eq("slave read after the master closed: end of file", read(s, buf, 1), 0);
    t_err("slave write after the master closed", write(s, "x", 1), EIO);
    close(s);
}

int main(void)
{
    t_init("pty");
    signal(SIGHUP, SIG_IGN);
    canonical();
    raw();
    job_control();
    return t_done();
}
