/*
 * linux.c: the linux target's platform, raw system calls and no libc. _start takes argc
 * and argv from the initial stack, points FS at the main thread's runtime block, a SIGSEGV
 * handler on an alternate stack reports stack overflow as the JVM would, and the heap is one
 * anonymous mapping. Threads are in linux_threads.c.
 */
#include "exo.h"

int exo_main(int argc, char **argv);
void exo_threads_init(exo_thread *main_thread);

#define SYS_write 1
#define SYS_mmap 9
#define SYS_rt_sigaction 13
#define SYS_sigaltstack 131
#define SYS_clock_gettime 228
#define SYS_exit_group 231
#define SYS_arch_prctl 158
#define ARCH_SET_FS 0x1002

long exo_sys6(long n, long a, long b, long c, long d, long e, long f) {
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    long ret;
    __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

void exo_platform_write(jint fd, const void *buf, jlong len) {
    const char *p = buf;
    while (len > 0) {
        long n = exo_sys6(SYS_write, fd, (long)p, len, 0, 0, 0);
        if (n <= 0) {
            return;
        }
        p += n;
        len -= n;
    }
}

void exo_platform_exit(jint status) {
    for (;;) {
        exo_sys6(SYS_exit_group, status, 0, 0, 0, 0, 0);
    }
}

static jlong clock_ns(int clock) {
    struct { long sec, nsec; } ts;
    exo_sys6(SYS_clock_gettime, clock, (long)&ts, 0, 0, 0, 0);
    return ts.sec * 1000000000LL + ts.nsec;
}

jlong exo_platform_nanotime(void) { return clock_ns(1); }          /* CLOCK_MONOTONIC */
jlong exo_platform_millis(void) { return clock_ns(0) / 1000000; }  /* CLOCK_REALTIME */

void exo_platform_heap(jlong wanted, jlong *base, jlong *size) {
    /* PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE: pages cost nothing
     * until touched. */
    long p = exo_sys6(SYS_mmap, 0, wanted, 3, 0x22 | 0x4000, -1, 0);
    if (p < 0 && p > -4096) {
        exo_fatal("exoc: cannot map the Java heap");
    }
    *base = p;
    *size = wanted;
}

/* Stack overflow: the JVM throws StackOverflowError; we report it the same way and stop. */
static char alt_stack[16384] __attribute__((aligned(16)));

static void on_segv(int sig, void *info, void *ctx) {
    (void)sig; (void)ctx;
    uintptr_t addr = *(uintptr_t *)((char *)info + 16);   /* siginfo_t.si_addr */
    exo_thread *self = EXO_SELF->self;
    uintptr_t low = self->id == 1 ? self->stack_high - (64ull << 20) : self->stack_low - 4096;
    if (addr < self->stack_high && addr >= low) {
        static const char m[] = "Exception in thread \"main\" java.lang.StackOverflowError\n";
        static const char t[] = "Exception in a thread: java.lang.StackOverflowError\n";
        if (self->id == 1) {
            exo_platform_write(2, m, sizeof m - 1);
        } else {
            exo_platform_write(2, t, sizeof t - 1);
        }
    } else {
        static const char m[] = "exoc runtime: segmentation fault (a bug in exoc or its runtime)\n";
        exo_platform_write(2, m, sizeof m - 1);
    }
    exo_platform_exit(sig == 11 ? 1 : 134);
}

/* The alternate stack on which this thread takes SIGSEGV (threads get theirs in linux_threads.c). */
void exo_set_alt_stack(void *base, size_t size) {
    struct { void *sp; int flags; size_t size; } ss = { base, 0, size };
    exo_sys6(SYS_sigaltstack, (long)&ss, 0, 0, 0, 0, 0);
}

static void install_handlers(void) {
    exo_set_alt_stack(alt_stack, sizeof alt_stack);
    /* struct kernel_sigaction: handler, flags, restorer, mask. SA_SIGINFO|SA_ONSTACK. */
    struct { void *handler; unsigned long flags; void *restorer; unsigned long mask; } sa =
        { (void *)on_segv, 0x4 | 0x08000000, 0, 0 };
    exo_sys6(SYS_rt_sigaction, 11, (long)&sa, 0, 8, 0, 0);   /* SIGSEGV */
    exo_sys6(SYS_rt_sigaction, 7, (long)&sa, 0, 8, 0, 0);    /* SIGBUS */
    /* SIGPIPE ignored, as by the JVM: a write to a closed pipe (a child process's stdin,
     * `prog | head`) fails with EPIPE instead of killing the program. exo_spawn restores
     * the default for children. */
    struct { void *handler; unsigned long flags; void *restorer; unsigned long mask; } ign = { (void *)1, 0, 0, 0 };
    exo_sys6(SYS_rt_sigaction, 13, (long)&ign, 0, 8, 0, 0);
}

/* fork and exec for java.lang.ProcessBuilder (exo.rt.Posix.spawn). The child runs only this C
 * code: no Java, no allocation, no safepoint poll, because the copy of a multi-threaded runtime
 * that fork makes may hold the heap lock or a collection request from threads that do not exist
 * in it. fds[0..2] are the descriptors to put at 0, 1 and 2 (-1: keep the parent's); cwd is a
 * C string or 0. A failing dup2, chdir or execve writes its errno to err_fd (close-on-exec, so
 * the parent reads 0 bytes once exec succeeded) and the child exits with 127. Returns the
 * child's pid, or -errno when fork fails. */
#define SYS_rt_sigprocmask 14
#define SYS_dup2 33
#define SYS_fork 57
#define SYS_execve 59
#define SYS_exit 60
#define SYS_fcntl 72
#define SYS_chdir 80
#define F_DUPFD_CLOEXEC 1030

static void spawn_fail(jlong err_fd, long err) {
    int e = (int)-err;
    exo_sys6(SYS_write, err_fd, (long)&e, sizeof e, 0, 0, 0);
    for (;;) {
        exo_sys6(SYS_exit, 127, 0, 0, 0, 0, 0);
    }
}

jlong exo_spawn(jlong path, jlong argv, jlong envp, jlong fds_addr, jlong cwd, jlong err_fd) {
    long pid = exo_sys6(SYS_fork, 0, 0, 0, 0, 0, 0);
    if (pid != 0) {
        return pid;
    }
    const jint *fds = (const jint *)fds_addr;
    long use[3];
    for (int i = 0; i < 3; i++) {   /* sources below 3 first move up, so no dup2 clobbers another */
        use[i] = fds[i];
        if (use[i] >= 0 && use[i] < 3 && (use[i] = exo_sys6(SYS_fcntl, use[i], F_DUPFD_CLOEXEC, 3, 0, 0, 0)) < 0) {
            spawn_fail(err_fd, use[i]);
        }
    }
    for (int i = 0; i < 3; i++) {   /* dup2 clears close-on-exec on the copy */
        long r = use[i] < 0 ? 0 : exo_sys6(SYS_dup2, use[i], i, 0, 0, 0, 0);
        if (r < 0) {
            spawn_fail(err_fd, r);
        }
    }
    struct { void *handler; unsigned long flags; void *restorer; unsigned long mask; } dfl = { 0, 0, 0, 0 };
    exo_sys6(SYS_rt_sigaction, 13, (long)&dfl, 0, 8, 0, 0);   /* SIGPIPE back to its default */
    unsigned long no_signals = 0;
    exo_sys6(SYS_rt_sigprocmask, 2, (long)&no_signals, 0, 8, 0, 0);   /* SIG_SETMASK: none blocked */
    if (cwd != 0) {
        long r = exo_sys6(SYS_chdir, cwd, 0, 0, 0, 0, 0);
        if (r < 0) {
            spawn_fail(err_fd, r);
        }
    }
    spawn_fail(err_fd, exo_sys6(SYS_execve, path, argv, envp, 0, 0, 0));
    return -1;
}

char **exo_envp;

/* The main thread's runtime block (exo.h): FS points at it, as at every thread's. */
static exo_thread main_thread;

char **exo_envp;

__attribute__((used)) static void exo_start(uintptr_t *sp) {
    exo_stack_top = (uintptr_t)sp;
    main_thread.self = &main_thread;
    main_thread.id = 1;
    main_thread.stack_high = (uintptr_t)sp;
    main_thread.stack_low = (uintptr_t)sp - (8ull << 20);   /* the usual 8 MiB limit */
    exo_sys6(SYS_arch_prctl, ARCH_SET_FS, (long)&main_thread, 0, 0, 0, 0);
    exo_threads_init(&main_thread);
    install_handlers();
    int argc = (int)sp[0];
    char **argv = (char **)(sp + 1);
    exo_envp = argv + argc + 1;   /* the initial stack: argc, argv[], NULL, envp[], NULL */
    exo_platform_exit(exo_main(argc, argv));
}

__asm__(".globl _start\n"
        "_start:\n"
        "    xor %rbp, %rbp\n"
        "    mov %rsp, %rdi\n"
        "    and $-16, %rsp\n"
        "    call exo_start\n"
        "    hlt\n");

/* exo.sys's signal handlers (exo.rt.SysSupport, exo.sys.Signals). The handler installed for a
 * signal with a Java handler only sets bit sig-1 of exo_signals_pending: Java code never runs
 * inside a signal. exo.sys runs the Java handlers at its next poll (a system call interrupted
 * with EINTR, or an explicit Signals.poll()). The restorer is the rt_sigreturn that
 * SA_RESTORER asks for on x86_64. */
unsigned long exo_signals_pending;

void exo_signal_handler(int sig) {
    if (sig >= 1 && sig <= 64) {
        __atomic_fetch_or(&exo_signals_pending, 1UL << (sig - 1), __ATOMIC_SEQ_CST);
    }
}

__asm__(".text\n"
        ".globl exo_signal_restorer\n"
        "exo_signal_restorer:\n"
        "    mov $15, %eax\n"      /* rt_sigreturn */
        "    syscall\n"
        "    hlt\n");
