/*
 * regs.c - the user's general registers across the kernel: every register but rax (the
 * result), rcx and r11 (the syscall instruction's rip and rflags) keeps its value through a
 * system call, as the Linux x86_64 ABI promises. Checked with all twelve (rbx, rbp, rdx, rsi,
 * rdi, r8-r10, r12-r15) and rsp live across the syscall instruction, for calls that return at
 * once (getpid, getuid, sched_yield, a write to /dev/null), one that blocks while another
 * process runs (a pipe read), one that a signal interrupts (EINTR, the handler clobbering every
 * register), one that a signal interrupts and SA_RESTART restarts, and fork in the parent and
 * in the child. The kernel's fast way out reloads only the registers its C code may clobber
 * (syscall.S); this is what that must keep true. Run by tools/ctest/run on Linux and Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* The registers as regs_syscall loads and stores them (offsets used by the assembly). */
struct regs {
    uint64_t rbx, rbp, r12, r13, r14, r15;       /*  0 .. 40 */
    uint64_t rsi, rdx, r10, r8, r9, rdi;         /* 48 .. 88 */
    uint64_t rsp_before, rsp_after;              /* 96, 104 */
};

/* long regs_syscall(struct regs *r, long nr): loads every register of *r, makes the raw
 * system call nr with no other code between, stores every register back into *r (and rsp
 * before and after) and returns the call's result. The arguments are rdi, rsi, rdx, r10, r8,
 * r9 of *r. */
long regs_syscall(struct regs *r, long nr);
__asm__(
    ".text\n"
    ".globl regs_syscall\n"
    "regs_syscall:\n"
    "    push %rbp\n    push %rbx\n    push %r12\n    push %r13\n    push %r14\n    push %r15\n"
    "    push %rdi\n"                       /* the struct, at (%rsp) during the call */
    "    mov %rsi, %rax\n"
    "    mov %rsp, 96(%rdi)\n"
    "    mov 0(%rdi), %rbx\n    mov 8(%rdi), %rbp\n    mov 16(%rdi), %r12\n"
    "    mov 24(%rdi), %r13\n    mov 32(%rdi), %r14\n    mov 40(%rdi), %r15\n"
    "    mov 48(%rdi), %rsi\n    mov 56(%rdi), %rdx\n    mov 64(%rdi), %r10\n"
    "    mov 72(%rdi), %r8\n    mov 80(%rdi), %r9\n    mov 88(%rdi), %rdi\n"
    "    syscall\n"
    "    xchg %rdi, (%rsp)\n"               /* rdi: the struct; the stack: rdi's value */
    "    mov %rsp, 104(%rdi)\n"
    "    pop 88(%rdi)\n"
    "    mov %rbx, 0(%rdi)\n    mov %rbp, 8(%rdi)\n    mov %r12, 16(%rdi)\n"
    "    mov %r13, 24(%rdi)\n    mov %r14, 32(%rdi)\n    mov %r15, 40(%rdi)\n"
    "    mov %rsi, 48(%rdi)\n    mov %rdx, 56(%rdi)\n    mov %r10, 64(%rdi)\n"
    "    mov %r8, 72(%rdi)\n    mov %r9, 80(%rdi)\n"
    "    pop %r15\n    pop %r14\n    pop %r13\n    pop %r12\n    pop %rbx\n    pop %rbp\n"
    "    ret\n");

/* A pattern no register holds by chance; the argument registers of the call come after. */
static void pattern(struct regs *r, uint64_t seed)
{
    uint64_t *w = (uint64_t *)r;
    for (int i = 0; i < 12; i++)
        w[i] = seed * 0x9E3779B97F4A7C15ull + ((uint64_t)i << 48) + (uint64_t)i;
}

/* Are the twelve registers and rsp as they were (in: the pattern and arguments loaded)? */
static int same(const struct regs *in, const struct regs *out)
{
    return memcmp(in, out, 12 * sizeof(uint64_t)) == 0 && out->rsp_before == out->rsp_after;
}

static long call_and_check(const char *label, long nr, uint64_t seed, long a0, long a1, long a2)
{
    struct regs in, r;
    pattern(&in, seed);
    in.rdi = (uint64_t)a0;
    in.rsi = (uint64_t)a1;
    in.rdx = (uint64_t)a2;
    r = in;
    long ret = regs_syscall(&r, nr);
    t_check(label, same(&in, &r));
    return ret;
}

static void quick_calls(void)
{
    long pid = call_and_check("registers kept across getpid", SYS_getpid, 1, 0, 0, 0);
    t_check("getpid returned the pid", pid == getpid());
    int ok = 1;
    for (int i = 0; i < 100; i++) {
        struct regs in, r;
        pattern(&in, 1000 + (uint64_t)i);
        r = in;
        regs_syscall(&r, SYS_getuid);
        ok &= same(&in, &r);
    }
    t_check("registers kept across 100 getuid", ok);
    call_and_check("registers kept across sched_yield", SYS_sched_yield, 2, 0, 0, 0);
    int null = open("/dev/null", 1);
    long n = call_and_check("registers kept across a write to /dev/null", SYS_write, 3, null, (long)"abc", 3);
    t_eq("write to /dev/null", n, 3);
    close(null);
}

/* The parent blocks in read while the child sleeps, then writes: a switch away and back. */
static void blocking_read(void)
{
    int p[2];
    if (pipe(p) != 0) {
        t_check("pipe", 0);
        return;
    }
    pid_t child = fork();
    if (child == 0) {
        usleep(20000);
        _exit(write(p[1], "x", 1) == 1 ? 0 : 1);
    }
    char c = 0;
    long n = call_and_check("registers kept across a blocking read", SYS_read, 4, p[0], (long)&c, 1);
    t_check("read the child's byte", n == 1 && c == 'x');
    int status;
    t_check("child exited 0", waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    close(p[0]);
    close(p[1]);
}

static volatile int handled;

/* Clobbers every register it may (the compiler saves the callee-saved ones, the kernel's
 * rt_sigreturn must bring back the rest). */
static void clobbering_handler(int sig)
{
    (void)sig;
    struct regs junk;
    pattern(&junk, 99);
    regs_syscall(&junk, SYS_getppid);
    handled++;
}

/* read on an empty pipe; the child, told the parent is about to read, waits, signals it, and
 * (restart) then writes a byte. */
static void interrupted_read(int restart)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = clobbering_handler;
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigaction(SIGUSR1, &sa, NULL);
    int data[2], ready[2];
    if (pipe(data) != 0 || pipe(ready) != 0) {
        t_check("pipes", 0);
        return;
    }
    pid_t parent = getpid();
    pid_t child = fork();
    if (child == 0) {
        char c;
        if (read(ready[0], &c, 1) != 1)
            _exit(1);
        usleep(100000);
        kill(parent, SIGUSR1);
        if (restart) {
            usleep(50000);
            if (write(data[1], "y", 1) != 1)
                _exit(1);
        }
        _exit(0);
    }
    handled = 0;
    char c = 0;
    if (write(ready[1], "r", 1) != 1)
        t_check("write to the child", 0);
    if (restart) {
        long n = call_and_check("registers kept across a read restarted after a handler", SYS_read, 5,
                                data[0], (long)&c, 1);
        t_check("restarted read got the byte", n == 1 && c == 'y');
    } else {
        long n = call_and_check("registers kept across a read a handler interrupted", SYS_read, 6,
                                data[0], (long)&c, 1);
        t_err("interrupted read", n < 0 ? (errno = (int)-n, -1) : n, EINTR);
    }
    t_eq("handler ran", handled, 1);
    int status;
    t_check("child exited 0", waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    signal(SIGUSR1, SIG_DFL);
    close(data[0]);
    close(data[1]);
    close(ready[0]);
    close(ready[1]);
}

static void across_fork(void)
{
    struct regs in, r;
    pattern(&in, 7);
    r = in;
    long pid = regs_syscall(&r, SYS_fork);
    if (pid == 0)
        _exit(same(&in, &r) ? 0 : 3);   /* the child resumes from the same registers */
    t_check("registers kept across fork (parent)", same(&in, &r));
    int status;
    t_check("fork child saw the parent's registers",
            pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

int main(void)
{
    t_init("regs");
    quick_calls();
    blocking_read();
    interrupted_read(0);
    interrupted_read(1);
    across_fork();
    return t_done();
}
