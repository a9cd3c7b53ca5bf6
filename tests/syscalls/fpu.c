/*
 * fpu.c - the user's FPU/SSE registers across the kernel: all sixteen xmm registers and MXCSR
 * keep their values through system calls (getpid, a pipe read that blocks while another
 * process computes in SSE, sched_yield against such a process, fork in the parent and the
 * child), through a signal whose handler clobbers them (rt_sigreturn restores the interrupted
 * values) and the handler sees the values of the interrupted code in its ucontext's fpstate.
 * The kernel does not save these registers on every entry (it is compiled for general
 * registers only); this is what that must keep true. Run by tools/ctest/run on Linux and
 * Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

typedef struct { uint64_t lo, hi; } xmm_t;

/* Loads all sixteen xmm registers from in, makes the raw system call nr(a0, a1, a2) with no
 * compiler code between (the registers stay live across the syscall instruction) and stores
 * them into out. Returns the call's result. */
static long syscall_keeping_xmm(const xmm_t in[16], xmm_t out[16], long nr, long a0, long a1, long a2)
{
    long ret;
    register long r10 __asm__("r10") = 0;
    __asm__ volatile(
        "movdqu 0(%[in]), %%xmm0\n\tmovdqu 16(%[in]), %%xmm1\n\tmovdqu 32(%[in]), %%xmm2\n\t"
        "movdqu 48(%[in]), %%xmm3\n\tmovdqu 64(%[in]), %%xmm4\n\tmovdqu 80(%[in]), %%xmm5\n\t"
        "movdqu 96(%[in]), %%xmm6\n\tmovdqu 112(%[in]), %%xmm7\n\tmovdqu 128(%[in]), %%xmm8\n\t"
        "movdqu 144(%[in]), %%xmm9\n\tmovdqu 160(%[in]), %%xmm10\n\tmovdqu 176(%[in]), %%xmm11\n\t"
        "movdqu 192(%[in]), %%xmm12\n\tmovdqu 208(%[in]), %%xmm13\n\tmovdqu 224(%[in]), %%xmm14\n\t"
        "movdqu 240(%[in]), %%xmm15\n\t"
        "syscall\n\t"
        "movdqu %%xmm0, 0(%[out])\n\tmovdqu %%xmm1, 16(%[out])\n\tmovdqu %%xmm2, 32(%[out])\n\t"
        "movdqu %%xmm3, 48(%[out])\n\tmovdqu %%xmm4, 64(%[out])\n\tmovdqu %%xmm5, 80(%[out])\n\t"
        "movdqu %%xmm6, 96(%[out])\n\tmovdqu %%xmm7, 112(%[out])\n\tmovdqu %%xmm8, 128(%[out])\n\t"
        "movdqu %%xmm9, 144(%[out])\n\tmovdqu %%xmm10, 160(%[out])\n\tmovdqu %%xmm11, 176(%[out])\n\t"
        "movdqu %%xmm12, 192(%[out])\n\tmovdqu %%xmm13, 208(%[out])\n\tmovdqu %%xmm14, 224(%[out])\n\t"
        "movdqu %%xmm15, 240(%[out])"
        : "=a"(ret)
        : "a"(nr), "D"(a0), "S"(a1), "d"(a2), "r"(r10), [in] "r"(in), [out] "r"(out)
        : "rcx", "r11", "memory", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
          "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
    return ret;
}

static void pattern(xmm_t p[16], uint64_t seed)
{
    for (int i = 0; i < 16; i++) {
        p[i].lo = seed * 0x9E3779B97F4A7C15ull + (uint64_t)i;
        p[i].hi = ~p[i].lo ^ ((uint64_t)i << 56);
    }
}

static uint32_t get_mxcsr(void)
{
    uint32_t m;
    __asm__ volatile("stmxcsr %0" : "=m"(m));
    return m;
}

static void set_mxcsr(uint32_t m)
{
    __asm__ volatile("ldmxcsr %0" :: "m"(m));
}

/* SSE work that leaves other values in every xmm register (what a second process or a
 * handler does). */
static void clobber_xmm(uint64_t seed)
{
    xmm_t junk[16], ignored[16];
    pattern(junk, seed);
    syscall_keeping_xmm(junk, ignored, SYS_getppid, 0, 0, 0);
}

static void check_same(const char *label, const xmm_t a[16], const xmm_t b[16])
{
    t_check(label, memcmp(a, b, 16 * sizeof(xmm_t)) == 0);
}

static void across_calls(void)
{
    xmm_t in[16], out[16];
    pattern(in, 1);
    long pid = syscall_keeping_xmm(in, out, SYS_getpid, 0, 0, 0);
    t_check("getpid returned the pid", pid == getpid());
    check_same("xmm0-15 kept across getpid", in, out);
    uint32_t saved = get_mxcsr();
    set_mxcsr(0x7f80 | 0x6000);   /* all exceptions masked, round toward zero */
    pattern(in, 2);
    syscall_keeping_xmm(in, out, SYS_getuid, 0, 0, 0);
    t_eq("MXCSR kept across getuid", get_mxcsr(), 0x7f80 | 0x6000);
    set_mxcsr(saved);
    check_same("xmm0-15 kept across getuid", in, out);
}

/* The child computes in SSE while the parent waits in read (a block, a switch away and back)
 * and while both yield. */
static void across_switches(void)
{
    int to_parent[2], to_child[2];
    if (pipe(to_parent) != 0 || pipe(to_child) != 0) {
        t_check("pipes", 0);
        return;
    }
    pid_t child = fork();
    if (child == 0) {
        char c;
        clobber_xmm(7);
        if (write(to_parent[1], "x", 1) != 1 || read(to_child[0], &c, 1) != 1)
            _exit(1);
        for (int i = 0; i < 50; i++) {
            clobber_xmm(100 + i);
            sched_yield();
        }
        _exit(0);
    }
    xmm_t in[16], out[16];
    char c = 0;
    pattern(in, 3);
    long n = syscall_keeping_xmm(in, out, SYS_read, to_parent[0], (long)&c, 1);
    t_check("read from the child", n == 1 && c == 'x');
    check_same("xmm0-15 kept across a blocking read", in, out);
    if (write(to_child[1], "y", 1) != 1)
        t_check("write to the child", 0);
    int same = 1;
    for (int i = 0; i < 50; i++) {
        pattern(in, 200 + i);
        syscall_keeping_xmm(in, out, SYS_sched_yield, 0, 0, 0);
        same &= memcmp(in, out, sizeof in) == 0;
    }
    t_check("xmm0-15 kept across 50 sched_yield against an SSE process", same);
    int status;
    t_check("child exited 0", waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void across_fork(void)
{
    xmm_t in[16], out[16];
    pattern(in, 4);
    long pid = syscall_keeping_xmm(in, out, SYS_fork, 0, 0, 0);
    if (pid == 0) {
        /* the child resumes from the same registers (Linux copies the FPU state) */
        _exit(memcmp(in, out, sizeof in) == 0 ? 0 : 3);
    }
    check_same("xmm0-15 kept across fork (parent)", in, out);
    int status;
    t_check("fork child saw the parent's xmm0-15",
            waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static xmm_t seen_in_handler[16];
static int handler_ran;

static void clobbering_handler(int sig, siginfo_t *info, void *ctx_arg)
{
    (void)sig;
    (void)info;
    ucontext_t *ctx = ctx_arg;
    if (ctx->uc_mcontext.fpregs != NULL)
        memcpy(seen_in_handler, ctx->uc_mcontext.fpregs->_xmm, sizeof seen_in_handler);
    clobber_xmm(99);
    handler_ran = 1;
}

/* kill(getpid(), SIGUSR1) with the pattern live: the handler runs on the way out of kill,
 * clobbers every register, and rt_sigreturn must bring the pattern back. */
static void across_signal(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = clobbering_handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);
    xmm_t in[16], out[16];
    pattern(in, 5);
    syscall_keeping_xmm(in, out, SYS_kill, getpid(), SIGUSR1, 0);
    t_check("handler ran", handler_ran);
    check_same("handler's fpstate holds the interrupted xmm0-15", in, seen_in_handler);
    check_same("xmm0-15 back after rt_sigreturn", in, out);
    signal(SIGUSR1, SIG_DFL);
}

int main(void)
{
    t_init("fpu");
    across_calls();
    across_switches();
    across_fork();
    across_signal();
    return t_done();
}
