/*
 * signals.c - signals: handlers and SA_SIGINFO, masks and pending sets, SA_RESTART against
 * EINTR, SA_RESETHAND, SA_NODEFER, sigaltstack, SIGCHLD, kill/tgkill/sigqueue, sigsuspend,
 * sigtimedwait, default actions seen through a child's wait status (terminate, stop and
 * continue, ignore), and the errors of the calls. Run by tools/ctest/run on Linux and
 * Exo-OS; output compared line by line.
 */
#define _GNU_SOURCE
#include "check.h"

#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t hits, last_signo, last_code, last_value, nested_max, depth;
static volatile uintptr_t handler_sp;

static void count_handler(int signo)
{
    hits++;
    last_signo = signo;
}

static void info_handler(int signo, siginfo_t *info, void *ctx)
{
    (void)ctx;
    hits++;
    last_signo = signo;
    last_code = info->si_code;
    last_value = info->si_value.sival_int;
}

static void sp_handler(int signo)
{
    volatile char here;
    (void)signo;
    handler_sp = (uintptr_t)&here;
}

static void nest_handler(int signo)
{
    depth++;
    hits++;
    if (depth > nested_max)
        nested_max = depth;
    if (hits < 3)
        raise(signo); /* with SA_NODEFER this nests at once; without, it waits */
    depth--;
}

static void set_handler(int signo, void (*fn)(int), int flags)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = fn;
    sa.sa_flags = flags;
    sigaction(signo, &sa, NULL);
}

static void handlers(void)
{
    hits = 0;
    set_handler(SIGUSR1, count_handler, 0);
    t_ok("raise SIGUSR1", raise(SIGUSR1));
    t_eq("handler ran once", hits, 1);
    t_eq("with the signal number", last_signo, SIGUSR1);

    struct sigaction sa = { 0 }, old;
    sa.sa_sigaction = info_handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR2, &sa, NULL);
    union sigval v = { .sival_int = 1234 };
    t_ok("sigqueue with a value", sigqueue(getpid(), SIGUSR2, v));
    t_eq("si_code SI_QUEUE", last_code, SI_QUEUE);
    t_eq("si_value", last_value, 1234);
    t_ok("tgkill to this thread", syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR2));
    t_eq("si_code SI_TKILL", last_code, SI_TKILL);
    kill(getpid(), SIGUSR2);
    t_eq("kill: si_code SI_USER", last_code, SI_USER);
    sigaction(SIGUSR2, NULL, &old);
    t_check("sigaction reads back SA_SIGINFO and the handler",
            (old.sa_flags & SA_SIGINFO) && old.sa_sigaction == info_handler);
}

static void masks(void)
{
    sigset_t block, pending, old;
    hits = 0;
    set_handler(SIGUSR1, count_handler, 0);
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    t_ok("block SIGUSR1", sigprocmask(SIG_BLOCK, &block, &old));
    raise(SIGUSR1);
    raise(SIGUSR1);
    t_eq("blocked: handler not run", hits, 0);
    sigpending(&pending);
    t_check("SIGUSR1 pending", sigismember(&pending, SIGUSR1));
    sigprocmask(SIG_SETMASK, &old, NULL);
    t_eq("unblocked: standard signals coalesce, handler ran once", hits, 1);
    sigpending(&pending);
    t_check("nothing pending after", !sigismember(&pending, SIGUSR1));

    sigset_t kill_stop;
    sigemptyset(&kill_stop);
    sigaddset(&kill_stop, SIGKILL);
    sigaddset(&kill_stop, SIGSTOP);
    sigprocmask(SIG_BLOCK, &kill_stop, NULL);
    sigprocmask(SIG_BLOCK, NULL, &old);
    t_check("SIGKILL and SIGSTOP cannot be blocked",
            !sigismember(&old, SIGKILL) && !sigismember(&old, SIGSTOP));
    t_err("sigprocmask bad how", sigprocmask(99, &block, NULL), EINVAL);
    t_err("sigaction on SIGKILL", sigaction(SIGKILL, &(struct sigaction){ .sa_handler = count_handler }, NULL), EINVAL);
    t_err("sigaction on signal 0", syscall(SYS_rt_sigaction, 0, NULL, NULL, 8), EINVAL);
    t_err("sigaction on signal 65", syscall(SYS_rt_sigaction, 65, NULL, NULL, 8), EINVAL);
    t_err("rt_sigprocmask wrong sigset size", syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, NULL, 4), EINVAL);

    /* real-time signals queue instead of coalescing */
    hits = 0;
    set_handler(SIGRTMIN, count_handler, 0);
    sigemptyset(&block);
    sigaddset(&block, SIGRTMIN);
    sigprocmask(SIG_BLOCK, &block, &old);
    raise(SIGRTMIN);
    raise(SIGRTMIN);
    raise(SIGRTMIN);
    sigprocmask(SIG_SETMASK, &old, NULL);
    t_eq("SIGRTMIN raised 3 times while blocked: delivered 3 times", hits, 3);
}

static void flags(void)
{
    struct sigaction cur;
    hits = 0;
    set_handler(SIGUSR1, count_handler, SA_RESETHAND);
    raise(SIGUSR1);
    sigaction(SIGUSR1, NULL, &cur);
    t_check("SA_RESETHAND: handler ran, then reset to SIG_DFL", hits == 1 && cur.sa_handler == SIG_DFL);

    nested_max = depth = hits = 0;
    set_handler(SIGUSR2, nest_handler, SA_NODEFER);
    raise(SIGUSR2);
    t_eq("SA_NODEFER: handler nested to depth", nested_max, 3);
    nested_max = depth = hits = 0;
    set_handler(SIGUSR2, nest_handler, 0);
    raise(SIGUSR2);
    t_eq("without SA_NODEFER: deepest nesting", nested_max, 1);
    t_eq("and the handler ran (one after the other)", hits, 3);
}

static void altstack(void)
{
    static char alt[64 * 1024];
    stack_t ss = { .ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 0 }, old;
    t_ok("sigaltstack install", sigaltstack(&ss, &old));
    set_handler(SIGUSR1, sp_handler, SA_ONSTACK);
    raise(SIGUSR1);
    t_check("SA_ONSTACK handler ran on the alternate stack",
            handler_sp >= (uintptr_t)alt && handler_sp < (uintptr_t)alt + sizeof alt);
    set_handler(SIGUSR1, sp_handler, 0);
    raise(SIGUSR1);
    t_check("without SA_ONSTACK it did not",
            !(handler_sp >= (uintptr_t)alt && handler_sp < (uintptr_t)alt + sizeof alt));
    sigaltstack(NULL, &old);
    t_check("sigaltstack reads back", old.ss_sp == alt && old.ss_size == sizeof alt && old.ss_flags == 0);
    stack_t small = { .ss_sp = alt, .ss_size = 512, .ss_flags = 0 };
    t_err("sigaltstack too small", sigaltstack(&small, NULL), ENOMEM);
    stack_t bad = { .ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 12345 };
    t_err("sigaltstack bad flags", sigaltstack(&bad, NULL), EINVAL);
    stack_t off = { .ss_flags = SS_DISABLE };
    t_ok("sigaltstack disable", sigaltstack(&off, NULL));
}

/* A child writes to the pipe after `delay_ms`; meanwhile SIGALRM interrupts our read. */
static long read_interrupted(int restart_flag, int *err)
{
    int p[2];
    char c;
    pipe(p);
    pid_t child = fork();
    if (child == 0) {
        usleep(300 * 1000);
        write(p[1], "r", 1);
        _exit(0);
    }
    hits = 0;
    set_handler(SIGALRM, count_handler, restart_flag);
    struct itimerval it = { .it_value = { 0, 50 * 1000 } };
    setitimer(ITIMER_REAL, &it, NULL);
    long n = read(p[0], &c, 1);
    *err = errno;
    waitpid(child, NULL, 0);
    close(p[0]);
    close(p[1]);
    return n;
}

static void restart(void)
{
    int err;
    long n = read_interrupted(SA_RESTART, &err);
    t_check("SA_RESTART: handler ran and read completed with the data", hits == 1 && n == 1);
    n = read_interrupted(0, &err);
    errno = err;
    t_err("no SA_RESTART: read returns EINTR", n, EINTR);
    t_eq("handler ran", hits, 1);
    struct timespec ts = { 5, 0 }, rem = { 0, 0 };
    set_handler(SIGALRM, count_handler, SA_RESTART);
    struct itimerval it = { .it_value = { 0, 50 * 1000 } };
    setitimer(ITIMER_REAL, &it, NULL);
    t_err("nanosleep interrupted even with SA_RESTART", nanosleep(&ts, &rem), EINTR);
    t_check("rem says time was left", rem.tv_sec >= 3 && rem.tv_sec <= 5);
}

static void sigchld_and_waiting(void)
{
    sigset_t chld, old;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &old);
    pid_t child = fork();
    if (child == 0)
        _exit(17);
    siginfo_t info;
    struct timespec two_s = { 2, 0 };
    t_eq("sigtimedwait gets SIGCHLD", sigtimedwait(&chld, &info, &two_s), SIGCHLD);
    t_check("si_pid is the child", info.si_pid == child);
    t_eq("si_code CLD_EXITED", info.si_code, CLD_EXITED);
    t_eq("si_status", info.si_status, 17);
    waitpid(child, NULL, 0);
    struct timespec short_wait = { 0, 20 * 1000 * 1000 };
    t_err("sigtimedwait times out", sigtimedwait(&chld, &info, &short_wait), EAGAIN);
    sigprocmask(SIG_SETMASK, &old, NULL);

    /* sigsuspend: atomically unblock and wait */
    sigset_t usr1, wait_mask;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigprocmask(SIG_BLOCK, &usr1, &old);
    set_handler(SIGUSR1, count_handler, 0);
    hits = 0;
    pid_t parent = getpid();
    child = fork();
    if (child == 0) {
        kill(parent, SIGUSR1);
        _exit(0);
    }
    wait_mask = old;
    sigdelset(&wait_mask, SIGUSR1);
    t_err("sigsuspend returns EINTR", sigsuspend(&wait_mask), EINTR);
    t_eq("after the handler ran", hits, 1);
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    t_check("mask restored: SIGUSR1 blocked again", sigismember(&now, SIGUSR1));
    sigprocmask(SIG_SETMASK, &old, NULL);
    waitpid(child, NULL, 0);
}

/* Runs `action` in a child: it must end killed by want_signal, or exit 0 when that is 0. */
static void child_end(const char *label, void (*action)(void), int want_signal)
{
    pid_t child = fork();
    if (child == 0) {
        action();
        _exit(0);
    }
    int status;
    waitpid(child, &status, 0);
    char full[128];
    snprintf(full, sizeof full, "%s: killed by signal (0: exit 0)", label);
    t_eq(full, WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status) ? 1000 : 0, want_signal);
}

static void do_term(void) { raise(SIGTERM); }
static void do_segv(void)
{
    static int *volatile null_ptr;
    signal(SIGSEGV, SIG_DFL);
    *null_ptr = 1;
}
static void do_abort(void) { abort(); }
static void do_ignored(void)
{
    signal(SIGTERM, SIG_IGN);
    raise(SIGTERM);
}
static void do_chld_default(void) { raise(SIGCHLD); raise(SIGURG); raise(SIGWINCH); }
static void do_fpe(void)
{
    volatile int zero = 0;
    _exit(10 / zero);
}
static void do_ill(void) { __asm__ volatile("ud2"); }
static void do_alarm(void)
{
    signal(SIGALRM, SIG_DFL); /* the parent's handler from restart() is inherited */
    alarm(1);
    pause();
}

static void default_actions(void)
{
    child_end("SIGTERM default", do_term, SIGTERM);
    child_end("SIGSEGV default", do_segv, SIGSEGV);
    child_end("abort()", do_abort, SIGABRT);
    child_end("SIGTERM ignored", do_ignored, 0);
    child_end("SIGCHLD/SIGURG/SIGWINCH default (ignore)", do_chld_default, 0);
    child_end("divide by zero", do_fpe, SIGFPE);
    child_end("ud2", do_ill, SIGILL);
    child_end("alarm(1) then pause", do_alarm, SIGALRM);

    pid_t child = fork();
    if (child == 0) {
        for (;;)
            pause();
    }
    int status;
    kill(child, SIGSTOP);
    t_check("SIGSTOP: waitpid WUNTRACED reports stopped",
            waitpid(child, &status, WUNTRACED) == child && WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP);
    kill(child, SIGCONT);
    t_check("SIGCONT: waitpid WCONTINUED reports continued",
            waitpid(child, &status, WCONTINUED) == child && WIFCONTINUED(status));
    kill(child, SIGKILL);
    t_check("SIGKILL: killed", waitpid(child, &status, 0) == child && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    t_err("kill of no such process", kill(0x3fffffff, SIGTERM), ESRCH);
    t_err("kill with signal 100", kill(getpid(), 100), EINVAL);
    t_ok("kill with signal 0 (probe)", kill(getpid(), 0));
    t_err("tgkill with the wrong tgid", syscall(SYS_tgkill, 0x3fffffff, syscall(SYS_gettid), SIGUSR1), ESRCH);
}

int main(void)
{
    t_init("signals");
    handlers();
    masks();
    flags();
    altstack();
    restart();
    sigchld_and_waiting();
    default_actions();
    return t_done();
}
