/*
 * memory.c - address spaces: brk, anonymous mmap/munmap/mprotect/mremap/madvise, MAP_FIXED,
 * MAP_SHARED across fork, copy-on-write isolation, file mappings (private, shared, SIGBUS
 * past the end), stack growth, SIGSEGV/SIGBUS with si_addr and si_code, EFAULT on bad
 * pointers. Run by tools/ctest/run on Linux and Exo-OS; output compared line by line.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

enum { PAGE = 4096 };

static sigjmp_buf fault_jump;
static volatile int fault_signo, fault_code;
static void *volatile fault_addr;

static void on_fault(int signo, siginfo_t *info, void *ctx)
{
    (void)ctx;
    fault_signo = signo;
    fault_code = info->si_code;
    fault_addr = info->si_addr;
    siglongjmp(fault_jump, 1);
}

static void catch_faults(void)
{
    struct sigaction sa = { 0 };
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

/* Touches addr (a write when `write`); reports the fault it caused, if any. */
static void expect_fault(const char *what, volatile char *addr, int write, int signo, int code)
{
    char label[128];
    fault_signo = 0;
    if (sigsetjmp(fault_jump, 1) == 0) {
        if (write)
            *addr = 1;
        else
            (void)*addr;
    }
    snprintf(label, sizeof label, "%s: signal", what);
    t_eq(label, fault_signo, signo);
    snprintf(label, sizeof label, "%s: si_code", what);
    t_eq(label, fault_code, code);
    snprintf(label, sizeof label, "%s: si_addr==address", what);
    t_check(label, fault_addr == (void *)addr);
}

static void *map_anon(size_t len, int prot)
{
    return mmap(NULL, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

static void brk_calls(void)
{
    uintptr_t start = (uintptr_t)syscall(SYS_brk, 0);
    t_check("brk(0) > 0", start > 0);
    uintptr_t grown = (uintptr_t)syscall(SYS_brk, start + 4 * PAGE);
    t_check("brk grows by 4 pages", grown == start + 4 * PAGE);
    memset((void *)start, 0x5a, 4 * PAGE);
    t_check("new brk memory writable", ((volatile char *)start)[4 * PAGE - 1] == 0x5a);
    t_check("brk shrinks back", (uintptr_t)syscall(SYS_brk, start) == start);
    t_check("brk below its start is refused (returns the current break)",
            (uintptr_t)syscall(SYS_brk, PAGE) == start);
}

static void anon_maps(void)
{
    char *p = map_anon(16 * PAGE, PROT_READ | PROT_WRITE);
    t_check("mmap 16 pages", p != MAP_FAILED);
    int zero = 1;
    for (int i = 0; i < 16 * PAGE; i++)
        zero &= p[i] == 0;
    t_check("fresh anonymous memory is zero", zero);
    p[5 * PAGE] = 7;
    t_ok("munmap the middle 2 pages", munmap(p + 4 * PAGE, 2 * PAGE));
    expect_fault("access to an unmapped page", p + 5 * PAGE, 0, SIGSEGV, SEGV_MAPERR);
    t_check("pages around the hole still mapped", (p[3 * PAGE] = 1) == 1 && (p[6 * PAGE] = 1) == 1);
    t_ok("mprotect read-only", mprotect(p, PAGE, PROT_READ));
    t_check("read-only page still readable", p[0] == 0);
    expect_fault("write to a read-only page", p, 1, SIGSEGV, SEGV_ACCERR);
    t_ok("mprotect PROT_NONE", mprotect(p + PAGE, PAGE, PROT_NONE));
    expect_fault("read of a PROT_NONE page", p + PAGE, 0, SIGSEGV, SEGV_ACCERR);
    t_err("mprotect of an unmapped range", mprotect(p + 4 * PAGE, PAGE, PROT_READ), ENOMEM);
    /* raw call: musl's wrapper rounds the start down to a page */
    t_err("mprotect unaligned", syscall(SYS_mprotect, p + 1, PAGE, PROT_READ), EINVAL);
    t_ok("munmap all (across the hole)", munmap(p, 16 * PAGE));
    t_err("mmap length 0", (long)map_anon(0, PROT_READ), EINVAL);
    t_err("munmap unaligned", munmap(p + 1, PAGE), EINVAL);
    t_err("mmap without MAP_PRIVATE or MAP_SHARED",
          (long)mmap(NULL, PAGE, PROT_READ, MAP_ANONYMOUS, -1, 0), EINVAL);
    t_err("mmap MAP_FIXED unaligned",
          (long)mmap((void *)(0x10000000 + 1), PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0),
          EINVAL);
    t_err("mmap 256 TiB (more than user space)", (long)map_anon((size_t)1 << 48, PROT_READ), ENOMEM);
    t_err("mmap of a bad fd", (long)mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, 999, 0), EBADF);
    expect_fault("read of address 0", NULL, 0, SIGSEGV, SEGV_MAPERR);
}

static void fixed_and_remap(void)
{
    char *p = map_anon(4 * PAGE, PROT_READ | PROT_WRITE);
    memset(p, 'a', 4 * PAGE);
    char *q = mmap(p + PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    t_check("MAP_FIXED lands at the address", q == p + PAGE);
    t_check("MAP_FIXED replaced the old page (zero)", q[0] == 0 && p[0] == 'a' && p[2 * PAGE] == 'a');
    char *r = mremap(p, 4 * PAGE, 64 * PAGE, MREMAP_MAYMOVE);
    t_check("mremap grow with MREMAP_MAYMOVE", r != MAP_FAILED);
    t_check("contents kept", r[0] == 'a' && r[PAGE] == 0 && r[3 * PAGE + 5] == 'a');
    r[63 * PAGE] = 'z';
    t_check("grown part usable and zero", r[62 * PAGE] == 0 && r[63 * PAGE] == 'z');
    char *s = mremap(r, 64 * PAGE, 2 * PAGE, 0);
    t_check("mremap shrink in place", s == r);
    expect_fault("access past a shrunk mapping", r + 3 * PAGE, 0, SIGSEGV, SEGV_MAPERR);
    char *guard = map_anon(2 * PAGE, PROT_READ);
    munmap(guard + PAGE, PAGE);
    char *blocker = mmap(guard + PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    t_err("mremap grow in place blocked by a neighbour",
          (long)mremap(guard, PAGE, 2 * PAGE, 0), ENOMEM);
    t_err("mremap of an unmapped address", (long)mremap(r + 8 * PAGE, PAGE, 2 * PAGE, 0), EFAULT);
    munmap(s, 2 * PAGE);
    munmap(guard, PAGE);
    munmap(blocker, PAGE);
}

static void madvise_dontneed(void)
{
    char *p = map_anon(4 * PAGE, PROT_READ | PROT_WRITE);
    memset(p, 'x', 4 * PAGE);
    t_ok("madvise MADV_DONTNEED", madvise(p, 4 * PAGE, MADV_DONTNEED));
    t_check("private anonymous pages read back as zero", p[0] == 0 && p[3 * PAGE + 9] == 0);
    t_err("madvise bad advice", madvise(p, PAGE, 12345), EINVAL);
    munmap(p, 4 * PAGE);
}

static int cow_global = 1;

static void fork_sharing(void)
{
    volatile int *shared = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    volatile int *priv = map_anon(PAGE, PROT_READ | PROT_WRITE);
    *shared = 1;
    *priv = 1;
    cow_global = 1;
    pid_t child = fork();
    if (child == 0) {
        *shared = 42;
        *priv = 42;
        cow_global = 42;
        _exit(*priv == 42 && cow_global == 42 ? 0 : 1);
    }
    int status;
    waitpid(child, &status, 0);
    t_check("child saw its own writes", WIFEXITED(status) && WEXITSTATUS(status) == 0);
    t_eq("MAP_SHARED|MAP_ANONYMOUS write by the child seen", *shared, 42);
    t_eq("MAP_PRIVATE page after the child wrote (COW)", *priv, 1);
    t_eq("global variable after the child wrote (COW)", cow_global, 1);
    *priv = 7;
    child = fork();
    if (child == 0)
        _exit(*priv);
    waitpid(child, &status, 0);
    t_eq("child sees the parent's pre-fork write", WEXITSTATUS(status), 7);
}

static void file_maps(void)
{
    char buf[PAGE + 1];
    memset(buf, 'f', PAGE);
    buf[PAGE] = 0;
    t_write_file("mapped", buf, 0644);
    int fd = open("mapped", O_RDWR);
    char *priv = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    char *shared = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    t_check("file mapped private and shared", priv != MAP_FAILED && shared != MAP_FAILED);
    t_check("mapping shows the file", priv[0] == 'f' && shared[PAGE - 1] == 'f');
    priv[0] = 'p';
    shared[1] = 's';
    char back[2] = { 0, 0 };
    pread(fd, back, 2, 0);
    t_check("MAP_SHARED write reaches the file", back[1] == 's');
    t_check("MAP_PRIVATE write does not", back[0] == 'f');
    t_check("private copy no longer follows the file", priv[0] == 'p' && priv[1] == 'f');
    expect_fault("access past the end of the file", shared + PAGE, 0, SIGBUS, BUS_ADRERR);
    int ro = open("mapped", O_RDONLY);
    t_err("MAP_SHARED PROT_WRITE on a read-only fd",
          (long)mmap(NULL, PAGE, PROT_WRITE, MAP_SHARED, ro, 0), EACCES);
    char *ro_shared = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, ro, 0);
    t_err("mprotect PROT_WRITE of a MAP_SHARED map of a read-only fd",
          mprotect(ro_shared, PAGE, PROT_READ | PROT_WRITE), EACCES);
    t_ok("mprotect PROT_READ|PROT_EXEC of it", mprotect(ro_shared, PAGE, PROT_READ | PROT_EXEC));
    char *ro_private = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, ro, 0);
    t_ok("mprotect PROT_WRITE of a MAP_PRIVATE map of a read-only fd",
         mprotect(ro_private, PAGE, PROT_READ | PROT_WRITE));
    munmap(ro_shared, PAGE);
    munmap(ro_private, PAGE);
    int dir = open(".", O_RDONLY);
    t_err("mmap of a directory", (long)mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, dir, 0), ENODEV);
    close(dir);
    close(ro);
    close(fd);
    munmap(priv, PAGE);
    munmap(shared, 2 * PAGE);
}

static int deep(int n)
{
    volatile char frame[1024];
    frame[0] = 1;
    frame[1023] = 1;
    return n == 0 ? 0 : deep(n - 1) + frame[0];
}

static void stack_growth(void)
{
    t_eq("recursion through 2 MiB of stack", deep(2048), 2048);
}

static void bad_pointers(void)
{
    int p[2];
    pipe(p);
    t_err("write from address 1", write(p[1], (void *)1, 10), EFAULT);
    t_err("write from a kernel address", write(p[1], (void *)0xffffffff80000000ul, 10), EFAULT);
    t_err("write from a non-canonical address", write(p[1], (void *)0x0000800000000000ul, 10), EFAULT);
    char *ro = map_anon(PAGE, PROT_READ);
    write(p[1], "abc", 3);
    t_err("read into a read-only page", read(p[0], ro, 3), EFAULT);
    t_err("open with a bad path pointer", open((char *)8, O_RDONLY), EFAULT);
    t_err("pipe into a bad pointer", pipe((int *)0xffff800000000000ul), EFAULT);
    munmap(ro, PAGE);
    close(p[0]);
    close(p[1]);
}

int main(void)
{
    t_init("memory");
    t_scratch();
    catch_faults();
    brk_calls();
    anon_maps();
    fixed_and_remap();
    madvise_dontneed();
    fork_sharing();
    file_maps();
    stack_growth();
    bad_pointers();
    return t_done();
}
