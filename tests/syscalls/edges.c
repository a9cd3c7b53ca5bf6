/*
 * edges.c - argument checks and corner cases that LTP's syscall tests found different on
 * Exo-OS: msync (EINVAL, ENOMEM), posix_fadvise (ESPIPE on a pipe, EINVAL, EBADF), execve with
 * an empty argv (Linux 5.18 on passes "" as argv[0]), F_GETLK over two locks of one owner (the
 * lower one is reported), epoll_ctl on /dev/zero (EPERM), on an O_PATH descriptor (EBADF) and
 * a chain of six instances (ELOOP), clock_settime/settimeofday's refusals (EINVAL, EFAULT,
 * EPERM), adjtimex's reading and refusals, mlock/mlock2/mlockall's
 * checks (ENOMEM, EINVAL, EPERM under RLIMIT_MEMLOCK 0), and shared FUTEX_WAKE on an unmapped
 * or PROT_NONE word (EFAULT). Run by tools/ctest/run on Linux and Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

static void msync_checks(void)
{
    char *p = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(p + 4096, 4096);   /* a hole in the middle */
    t_ok("msync MS_SYNC", msync(p, 4096, MS_SYNC));
    t_ok("msync MS_ASYNC|MS_INVALIDATE", msync(p, 4096, MS_ASYNC | MS_INVALIDATE));
    t_ok("msync of length 0", msync(p, 0, MS_SYNC));
    t_err("msync unaligned", msync(p + 1, 4096, MS_SYNC), EINVAL);
    t_err("msync MS_ASYNC|MS_SYNC", msync(p, 4096, MS_ASYNC | MS_SYNC), EINVAL);
    t_err("msync bad flag", msync(p, 4096, 64), EINVAL);
    t_err("msync over a hole", msync(p, 3 * 4096, MS_SYNC), ENOMEM);
    t_err("msync unmapped", msync(p + 4096, 4096, MS_SYNC), ENOMEM);
    munmap(p, 3 * 4096);
}

static void fadvise_checks(void)
{
    t_write_file("advised", "some data", 0644);
    int fd = open("advised", O_RDONLY);
    int pfd[2];
    pipe(pfd);
    t_eq("fadvise NORMAL", posix_fadvise(fd, 0, 0, POSIX_FADV_NORMAL), 0);
    t_eq("fadvise DONTNEED", posix_fadvise(fd, 0, 100, POSIX_FADV_DONTNEED), 0);
    t_eq("fadvise NOREUSE", posix_fadvise(fd, 0, 100, POSIX_FADV_NOREUSE), 0);
    t_str("fadvise advice 6", t_errname(posix_fadvise(fd, 0, 0, 6)), "EINVAL");
    t_str("fadvise negative length", t_errname(posix_fadvise(fd, 0, -1, POSIX_FADV_NORMAL)), "EINVAL");
    t_str("fadvise on a pipe", t_errname(posix_fadvise(pfd[0], 0, 0, POSIX_FADV_NORMAL)), "ESPIPE");
    t_str("fadvise on a closed fd", t_errname(posix_fadvise(999, 0, 0, POSIX_FADV_NORMAL)), "EBADF");
    close(fd);
    close(pfd[0]);
    close(pfd[1]);
}

static void empty_argv(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        char *envp[] = {"EDGES_EMPTY_ARGV=1", NULL};
        syscall(SYS_execve, "/proc/self/exe", NULL, envp);
        _exit(99);
    }
    int status;
    waitpid(pid, &status, 0);
    t_eq("execve(argv NULL): the new image's exit status", WEXITSTATUS(status), 0);
}

static void getlk_order(void)
{
    t_write_file("locked", "0123456789abcdefghij", 0644);
    int fd = open("locked", O_RDWR);
    struct flock wr = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 10, .l_len = 5};
    struct flock rd = {.l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 1, .l_len = 5};
    fcntl(fd, F_SETLK, &wr);
    fcntl(fd, F_SETLK, &rd);
    pid_t pid = fork();
    if (pid == 0) {
        struct flock q = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0};
        fcntl(fd, F_GETLK, &q);
        int first = q.l_type == F_RDLCK && q.l_start == 1 && q.l_len == 5;
        struct flock q2 = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 6, .l_len = 0};
        fcntl(fd, F_GETLK, &q2);
        int second = q2.l_type == F_WRLCK && q2.l_start == 10 && q2.l_len == 5;
        _exit(first | second << 1);
    }
    int status;
    waitpid(pid, &status, 0);
    t_eq("F_GETLK over both: the read lock at 1 (1), from 6: the write lock at 10 (2)", WEXITSTATUS(status), 3);
    close(fd);
}

static void epoll_checks(void)
{
    struct epoll_event ev = {.events = EPOLLIN};
    int ep = epoll_create1(0);
    int zero = open("/dev/zero", O_RDONLY);
    int path = open(".", O_PATH);
    t_err("epoll_ctl ADD /dev/zero", epoll_ctl(ep, EPOLL_CTL_ADD, zero, &ev), EPERM);
    t_err("epoll_ctl ADD an O_PATH descriptor", epoll_ctl(ep, EPOLL_CTL_ADD, path, &ev), EBADF);
    int pfd[2];
    pipe(pfd);
    int below = pfd[0];
    for (int depth = 1; depth <= 5; depth++) {
        int e = epoll_create1(0);
        char label[64];
        snprintf(label, sizeof label, "epoll chain of %d", depth);
        t_ok(label, epoll_ctl(e, EPOLL_CTL_ADD, below, &ev));
        below = e;
    }
    t_err("epoll chain of 6", epoll_ctl(ep, EPOLL_CTL_ADD, below, &ev), ELOOP);
}

static void settime_as_nobody(void)
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    t_err("clock_settime as nobody", clock_settime(CLOCK_REALTIME, &now), EPERM);
    struct timeval tv = {.tv_sec = now.tv_sec};
    t_err("settimeofday as nobody", settimeofday(&tv, NULL), EPERM);
}

static void adjtimex_as_nobody(void)
{
    struct timex tx = {.modes = ADJ_MAXERROR, .maxerror = 1000};
    t_err("adjtimex change as nobody", adjtimex(&tx), EPERM);
    struct timex rd = {.modes = 0};
    t_ok("adjtimex read as nobody", adjtimex(&rd));
}

/* adjtimex: reading, and the refusals (a change would touch the host's clock discipline). */
static void adjtimex_checks(void)
{
    struct timex tx = {.modes = 0};
    t_ok("adjtimex read", adjtimex(&tx));
    t_check("tick is 10^6/HZ", tx.tick == 1000000 / sysconf(_SC_CLK_TCK));
    struct timex bad = tx;
    bad.modes = ADJ_TICK;
    bad.tick = 900000 / sysconf(_SC_CLK_TCK) - 1;
    t_err("adjtimex tick too small", adjtimex(&bad), EINVAL);
    bad.tick = 1100000 / sysconf(_SC_CLK_TCK) + 1;
    t_err("adjtimex tick too large", adjtimex(&bad), EINVAL);
    bad.modes = 0x8000;
    t_err("adjtimex ADJ_ADJTIME alone", adjtimex(&bad), EINVAL);
    t_err("adjtimex bad pointer", syscall(SYS_adjtimex, (void *)8), EFAULT);
    t_err("clock_adjtime(CLOCK_MONOTONIC)", syscall(SYS_clock_adjtime, CLOCK_MONOTONIC, &tx), EOPNOTSUPP);
    t_err("clock_adjtime(clock 99)", syscall(SYS_clock_adjtime, 99, &tx), EINVAL);
    t_as_nobody(adjtimex_as_nobody);
}

static void mlock_as_nobody(void)
{
    struct rlimit zero = {0, 0};
    setrlimit(RLIMIT_MEMLOCK, &zero);
    char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    t_err("mlock with RLIMIT_MEMLOCK 0", mlock(p, 4096), EPERM);
    t_err("mlockall with RLIMIT_MEMLOCK 0", mlockall(MCL_CURRENT), EPERM);
    t_ok("munlock needs no right", munlock(p, 4096));
}

static void mlock_checks(void)
{
    char *p = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(p + 4096, 4096);
    t_ok("mlock", mlock(p + 10, 100));
    t_ok("munlock", munlock(p, 4096));
    t_err("mlock over an unmapped page", mlock(p, 2 * 4096), ENOMEM);
    t_err("munlock over an unmapped page", munlock(p, 2 * 4096), ENOMEM);
    t_err("mlock2 bad flags", syscall(SYS_mlock2, p, 4096, 2), EINVAL);
    t_ok("mlock2 MLOCK_ONFAULT", syscall(SYS_mlock2, p, 4096, 1));
    t_err("mlockall(0)", mlockall(0), EINVAL);
    t_err("mlockall(MCL_ONFAULT)", mlockall(MCL_ONFAULT), EINVAL);
    t_err("mlockall(bad flag)", mlockall(8 | MCL_FUTURE), EINVAL);
    t_ok("munlockall", munlockall());
    munmap(p, 4096);
    t_as_nobody(mlock_as_nobody);
}

static void futex_fault_checks(void)
{
    uint32_t *p = mmap(NULL, 2 * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(p + 1024, 4096);
    t_err("shared FUTEX_WAKE on PROT_NONE", syscall(SYS_futex, p, 1 /* WAKE */, 1, NULL, NULL, 0), EFAULT);
    t_err("shared FUTEX_WAKE unmapped", syscall(SYS_futex, p + 1024, 1, 1, NULL, NULL, 0), EFAULT);
    t_eq("private FUTEX_WAKE unmapped wakes none", syscall(SYS_futex, p + 1024, 1 | 128, 1, NULL, NULL, 0), 0);
    munmap(p, 4096);
}

/* Only the refusals: a successful clock_settime would move the host's clock. */
static void settime_checks(void)
{
    struct timespec ts = {.tv_sec = 1, .tv_nsec = 0};
    t_err("clock_settime(CLOCK_MONOTONIC)", clock_settime(CLOCK_MONOTONIC, &ts), EINVAL);
    t_err("clock_settime(clock 99)", clock_settime(99, &ts), EINVAL);
    struct timespec bad = {.tv_sec = 1, .tv_nsec = 1000000000};
    t_err("clock_settime nsec 10^9", clock_settime(CLOCK_REALTIME, &bad), EINVAL);
    struct timespec neg = {.tv_sec = -1, .tv_nsec = 0};
    t_err("clock_settime negative", clock_settime(CLOCK_REALTIME, &neg), EINVAL);
    t_err("clock_settime bad pointer", syscall(SYS_clock_settime, CLOCK_REALTIME, (void *)8), EFAULT);
    struct timeval tv = {.tv_sec = 1, .tv_usec = 1000000};
    t_err("settimeofday usec 10^6", settimeofday(&tv, NULL), EINVAL);
    t_as_nobody(settime_as_nobody);
}

int main(int argc, char **argv)
{
    const char *mark = getenv("EDGES_EMPTY_ARGV");
    if (mark) {   /* the image started by empty_argv */
        return argc == 1 && argv[0] && strcmp(argv[0], "") == 0 && argv[1] == NULL ? 0 : 1;
    }
    t_init("edges");
    t_scratch();
    msync_checks();
    fadvise_checks();
    empty_argv();
    getlk_order();
    epoll_checks();
    settime_checks();
    adjtimex_checks();
    mlock_checks();
    futex_fault_checks();
    return t_done();
}
