/*
 * edges2.c - more argument checks and corner cases that LTP's syscall tests found different on
 * Exo-OS (the first set is edges.c): readv/preadv's EINVAL for a negative length and count,
 * preadv2/pwritev2 (offset -1 at the file position, EOPNOTSUPP for an unknown flag, ESPIPE,
 * EISDIR), wait4(INT_MIN) answering ESRCH, tgkill's EINVAL for a tgid of -1, and
 * rt_sigqueueinfo/kill given a thread's id (the signal goes to its process), and
 * process_vm_readv/writev between a parent and its child (several segments, partial copies,
 * EINVAL, ESRCH, EFAULT, EPERM for another user), and pidfds (pidfd_open, poll until the
 * process ends, waitid(P_PIDFD) with and without O_NONBLOCK, pidfd_send_signal, pidfd_getfd,
 * and their errors), and kcmp (files, address spaces, descriptor tables, fs state, handlers
 * between a process, its thread and its child; ESRCH, EINVAL, EBADF, EPERM; EPERM for nobody
 * queueing a signal to PID 1), and splice, tee
 * and vmsplice (file to pipe, pipe to file at an offset, pipe to pipe, tee keeping the data,
 * vmsplice both ways, a full pipe with SPLICE_F_NONBLOCK, and the EINVAL/ESPIPE/EBADF cases),
 * and scheduling policies (SCHED_FIFO/RR set and read back, sched_setparam, SCHED_FIFO's zero
 * time slice, inheritance and SCHED_RESET_ON_FORK, sched_getattr, EPERM for nobody), and
 * SA_RESETHAND resetting only the handler (the flags stay), and RLIMIT_FSIZE (a write cut
 * short at the limit, EFBIG and SIGXFSZ past it for write, pwrite, truncate, ftruncate and
 * fallocate, shrinking allowed, death by SIGXFSZ by default). Run by tools/ctest/run on Linux
 * and Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <poll.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static long preadv2_raw(int fd, const struct iovec *iov, int count, long offset, int flags)
{
    return syscall(SYS_preadv2, fd, iov, count, offset, 0L, flags);
}

static long pwritev2_raw(int fd, const struct iovec *iov, int count, long offset, int flags)
{
    return syscall(SYS_pwritev2, fd, iov, count, offset, 0L, flags);
}

static void vector_checks(void)
{
    t_write_file("vec", "aaaabbbbcccc", 0644);
    int fd = open("vec", O_RDWR);
    char buf[8] = {0};
    struct iovec bad_len = {buf, (size_t)-1};
    struct iovec ok = {buf, 4};
    t_err("readv negative length", readv(fd, &bad_len, 1), EINVAL);
    t_err("readv count -1", readv(fd, &ok, -1), EINVAL);
    t_err("readv count 1025", readv(fd, &ok, 1025), EINVAL);
    t_err("readv unreadable iovec", readv(fd, (struct iovec *)8, 1), EFAULT);
    t_err("preadv negative length", preadv(fd, &bad_len, 1, 0), EINVAL);
    t_err("pwritev negative length", pwritev(fd, &bad_len, 1, 0), EINVAL);
    t_err("preadv negative offset", preadv(fd, &ok, 1, -2), EINVAL);
    t_eq("preadv2 at 4", preadv2_raw(fd, &ok, 1, 4, 0), 4);
    t_str("preadv2 at 4 read", buf, "bbbb");
    t_eq("position after preadv2 at 4", lseek(fd, 0, SEEK_CUR), 0);
    t_eq("preadv2 at -1", preadv2_raw(fd, &ok, 1, -1, 0), 4);
    t_str("preadv2 at -1 read", buf, "aaaa");
    t_eq("position after preadv2 at -1", lseek(fd, 0, SEEK_CUR), 4);
    t_eq("preadv2 RWF_HIPRI", preadv2_raw(fd, &ok, 1, 8, 1), 4);
    t_str("preadv2 RWF_HIPRI read", buf, "cccc");
    t_err("preadv2 flag -1", preadv2_raw(fd, &ok, 1, 0, -1), EOPNOTSUPP);
    t_err("preadv2 negative length", preadv2_raw(fd, &bad_len, 1, 0, 0), EINVAL);
    t_err("preadv2 bad fd", preadv2_raw(-1, &ok, 1, 0, 0), EBADF);
    struct iovec w = {"dddd", 4};
    t_eq("pwritev2 at -1", pwritev2_raw(fd, &w, 1, -1, 0), 4);
    t_eq("position after pwritev2 at -1", lseek(fd, 0, SEEK_CUR), 8);
    t_eq("pwritev2 RWF_DSYNC at 0", pwritev2_raw(fd, &w, 1, 0, 2), 4);
    t_eq("position after pwritev2 at 0", lseek(fd, 0, SEEK_CUR), 8);
    t_err("pwritev2 flag -1", pwritev2_raw(fd, &w, 1, 0, -1), EOPNOTSUPP);
    char all[16] = {0};
    t_eq("pread whole", pread(fd, all, sizeof all - 1, 0), 12);
    t_str("file after pwritev2", all, "ddddddddcccc");
    int pfd[2];
    pipe(pfd);
    t_err("preadv2 pipe at 0", preadv2_raw(pfd[0], &ok, 1, 0, 0), ESPIPE);
    t_eq("pwritev2 pipe at -1", pwritev2_raw(pfd[1], &w, 1, -1, 0), 4);
    t_eq("preadv2 pipe at -1", preadv2_raw(pfd[0], &ok, 1, -1, 0), 4);
    int dir = open(".", O_RDONLY);
    t_err("preadv2 directory", preadv2_raw(dir, &ok, 1, 0, 0), EISDIR);
    close(dir);
    close(pfd[0]);
    close(pfd[1]);
    close(fd);
}

static volatile sig_atomic_t got_value;
static pid_t thread_tid;
static int ready_pipe[2];
static int go_pipe[2];

static void on_usr1(int sig, siginfo_t *info, void *ctx)
{
    (void)sig;
    (void)ctx;
    got_value = info->si_value.sival_int;
}

static void *idle_thread(void *arg)
{
    (void)arg;
    thread_tid = syscall(SYS_gettid);
    char c;
    write(ready_pipe[1], "r", 1);
    while (read(go_pipe[0], &c, 1) < 0 && errno == EINTR) {
        /* the queued signal may interrupt this wait: keep waiting until the checks are done */
    }
    return NULL;
}

static void signal_checks(void)
{
    int status;
    t_err("wait4(INT_MIN)", wait4(INT_MIN, &status, 0, NULL), ESRCH);
    t_err("waitpid(INT_MIN)", waitpid(INT_MIN, &status, 0), ESRCH);
    t_err("tgkill tgid -1", syscall(SYS_tgkill, -1, getpid(), SIGUSR1), EINVAL);
    t_err("tgkill tgid 0", syscall(SYS_tgkill, 0, getpid(), SIGUSR1), EINVAL);
    t_err("tgkill tid -1", syscall(SYS_tgkill, getpid(), -1, SIGUSR1), EINVAL);
    t_ok("tkill self signal 0", syscall(SYS_tkill, syscall(SYS_gettid), 0));

    struct sigaction sa = {0};
    sa.sa_sigaction = on_usr1;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);
    pipe(ready_pipe);
    pipe(go_pipe);
    pthread_t th;
    pthread_create(&th, NULL, idle_thread, NULL);
    char c;
    read(ready_pipe[0], &c, 1);
    t_check("thread id differs from pid", thread_tid != getpid());
    t_ok("kill signal 0 to a thread's id", kill(thread_tid, 0));
    siginfo_t info;
    memset(&info, 0, sizeof info);
    info.si_signo = SIGUSR1;
    info.si_code = SI_QUEUE;
    info.si_pid = getpid();
    info.si_uid = getuid();
    info.si_value.sival_int = 77;
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    t_ok("rt_sigqueueinfo to a thread's id", syscall(SYS_rt_sigqueueinfo, thread_tid, SIGUSR1, &info));
    pthread_sigmask(SIG_SETMASK, &old, NULL);   /* the pending signal arrives here or in the thread */
    for (int i = 0; i < 1000 && got_value == 0; i++) {
        usleep(1000);
    }
    t_eq("queued value received", got_value, 77);
    write(go_pipe[1], "x", 1);
    pthread_join(th, NULL);
    t_err("rt_sigqueueinfo to no such id", syscall(SYS_rt_sigqueueinfo, 999999, SIGUSR1, &info), ESRCH);
}

static char child_text[64] = "the child's own text, before anyone writes";

static void process_vm_as_nobody(void)
{
    char buf[8];
    struct iovec l = {buf, sizeof buf};
    struct iovec r = {child_text, sizeof buf};
    t_err("process_vm_readv of root's process as nobody", process_vm_readv(getppid(), &l, 1, &r, 1, 0), EPERM);
}

static void process_vm_checks(void)
{
    int ready[2], done[2];
    pipe(ready);
    pipe(done);
    pid_t child = fork();
    if (child == 0) {
        char c;
        write(ready[1], "r", 1);
        read(done[0], &c, 1);
        _exit(strcmp(child_text, "WRITTEN by the parent") == 0 ? 0 : 1);
    }
    char c;
    read(ready[0], &c, 1);
    char a[4], b[9] = {0};
    struct iovec local[2] = {{a, sizeof a}, {b, 8}};
    struct iovec remote[2] = {{child_text, 6}, {child_text + 10, 6}};
    t_eq("process_vm_readv two by two", process_vm_readv(child, local, 2, remote, 2, 0), 12);
    t_check("process_vm_readv bytes", memcmp(a, "the ", 4) == 0 && memcmp(b, "chs own ", 8) == 0);
    t_err("process_vm_readv flags 1", process_vm_readv(child, local, 2, remote, 2, 1), EINVAL);
    t_err("process_vm_readv pid -1", process_vm_readv(-1, local, 2, remote, 2, 0), ESRCH);
    struct iovec neg = {a, (size_t)-1};
    t_err("process_vm_readv length -1", process_vm_readv(child, &neg, 1, remote, 1, 0), EINVAL);
    t_err("process_vm_readv bad local array", process_vm_readv(child, (struct iovec *)-1, 1, remote, 1, 0), EFAULT);
    struct iovec bad_remote = {(void *)16, 4};
    t_err("process_vm_readv bad remote base", process_vm_readv(child, local, 1, &bad_remote, 1, 0), EFAULT);
    char *none = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    struct iovec prot_none = {none, 4};
    t_err("process_vm_readv into PROT_NONE", process_vm_readv(child, &prot_none, 1, remote, 1, 0), EFAULT);
    struct iovec part[2] = {{child_text, 5}, {(void *)16, 4}};
    t_eq("process_vm_readv stops at a bad segment", process_vm_readv(child, local, 2, part, 2, 0), 5);
    char text[] = "WRITTEN by the parent";
    struct iovec w = {text, sizeof text};
    struct iovec wr = {child_text, sizeof text};
    t_eq("process_vm_writev", process_vm_writev(child, &w, 1, &wr, 1, 0), (long)sizeof text);
    if (t_is_root()) {
        t_as_nobody(process_vm_as_nobody);
    }
    write(done[1], "d", 1);
    int status;
    waitpid(child, &status, 0);
    t_check("child saw the parent's write", WIFEXITED(status) && WEXITSTATUS(status) == 0);
    munmap(none, 4096);
}

#ifndef P_PIDFD
#define P_PIDFD 3
#endif

static long pidfd_open_raw(pid_t pid, int flags)
{
    return syscall(434, pid, flags);
}

static long pidfd_send_raw(int pidfd, int sig, siginfo_t *info, int flags)
{
    return syscall(424, pidfd, sig, info, flags);
}

static long pidfd_getfd_raw(int pidfd, int fd, int flags)
{
    return syscall(438, pidfd, fd, flags);
}

static pid_t waiting_child(int *go_fd)
{
    int go[2];
    pipe(go);
    pid_t pid = fork();
    if (pid == 0) {
        char c;
        close(go[1]);
        read(go[0], &c, 1);
        _exit(7);
    }
    close(go[0]);
    *go_fd = go[1];
    return pid;
}

static void pidfd_open_checks(void)
{
    int self = pidfd_open_raw(getpid(), 0);
    t_check("pidfd_open self", self >= 0);
    t_check("pidfd is close-on-exec", (fcntl(self, F_GETFD) & FD_CLOEXEC) != 0);
    struct pollfd p = {self, POLLIN, 0};
    t_eq("poll a live process", poll(&p, 1, 0), 0);
    t_err("pidfd_open flags 1", pidfd_open_raw(getpid(), 1), EINVAL);
    t_err("pidfd_open pid -1", pidfd_open_raw(-1, 0), EINVAL);
    t_err("pidfd_open no such pid", pidfd_open_raw(4000000, 0), ESRCH);
    t_err("pidfd_getfd flags 1", pidfd_getfd_raw(self, 0, 1), EINVAL);
    t_err("pidfd_getfd fd -1", pidfd_getfd_raw(self, -1, 0), EBADF);
    t_err("pidfd_getfd on a pipe", pidfd_getfd_raw(ready_pipe[0], 0, 0), EBADF);
    int dup = pidfd_getfd_raw(self, ready_pipe[1], 0);
    t_check("pidfd_getfd of own pipe", dup >= 0);
    t_check("pidfd_getfd result is close-on-exec", (fcntl(dup, F_GETFD) & FD_CLOEXEC) != 0);
    t_eq("write through the copy", write(dup, "z", 1), 1);
    char c = 0;
    read(ready_pipe[0], &c, 1);
    t_eq("read what the copy wrote", c, 'z');
    close(dup);
    close(self);
}

static void pidfd_wait_checks(void)
{
    int go;
    pid_t child = waiting_child(&go);
    int pfd = pidfd_open_raw(child, O_NONBLOCK);
    t_check("pidfd_open(child, PIDFD_NONBLOCK)", pfd >= 0);
    t_check("pidfd is O_NONBLOCK", (fcntl(pfd, F_GETFL) & O_NONBLOCK) != 0);
    siginfo_t info;
    t_err("waitid(P_PIDFD) nonblocking, still running", waitid(P_PIDFD, pfd, &info, WEXITED), EAGAIN);
    memset(&info, 0, sizeof info);
    t_eq("waitid(P_PIDFD, WNOHANG), still running", waitid(P_PIDFD, pfd, &info, WEXITED | WNOHANG), 0);
    t_eq("  si_pid", info.si_pid, 0);
    write(go, "x", 1);
    struct pollfd p = {pfd, POLLIN, 0};
    t_eq("poll until it ends", poll(&p, 1, 10000), 1);
    t_check("  POLLIN", (p.revents & POLLIN) != 0);
    memset(&info, 0, sizeof info);
    t_eq("waitid(P_PIDFD) after the end", waitid(P_PIDFD, pfd, &info, WEXITED), 0);
    t_check("  si_pid is the child", info.si_pid == child);
    t_eq("  si_status", info.si_status, 7);
    t_err("pidfd_send_signal after reaping", pidfd_send_raw(pfd, SIGUSR1, NULL, 0), ESRCH);
    t_err("pidfd_getfd after the end", pidfd_getfd_raw(pfd, 0, 0), ESRCH);
    t_err("waitid(P_PIDFD) on a pipe", waitid(P_PIDFD, go, &info, WEXITED), EBADF);
    close(go);
    close(pfd);
}

/* As nobody: PID 1 is root's, so queueing it a signal is EPERM (not ESRCH), by pidfd or pid. */
static void signal_init_as_nobody(void)
{
    siginfo_t info;
    memset(&info, 0, sizeof info);
    info.si_signo = SIGUSR1;
    info.si_code = SI_QUEUE;
    int pfd = pidfd_open_raw(1, 0);
    t_ok("nobody: pidfd_open(1)", pfd);
    t_err("nobody: pidfd_send_signal with siginfo to PID 1", pidfd_send_raw(pfd, SIGUSR1, &info, 0), EPERM);
    t_err("nobody: pidfd_send_signal to PID 1", pidfd_send_raw(pfd, SIGUSR1, NULL, 0), EPERM);
    t_err("nobody: rt_sigqueueinfo to PID 1", syscall(SYS_rt_sigqueueinfo, 1, SIGUSR1, &info), EPERM);
    close(pfd);
}

static void pidfd_signal_checks(void)
{
    int go;
    pid_t child = waiting_child(&go);
    int pfd = pidfd_open_raw(child, 0);
    siginfo_t info;
    memset(&info, 0, sizeof info);
    info.si_signo = SIGUSR2;
    info.si_code = SI_QUEUE;
    t_err("pidfd_send_signal flags 99", pidfd_send_raw(pfd, SIGTERM, NULL, 99), EINVAL);
    t_err("pidfd_send_signal on a pipe", pidfd_send_raw(go, SIGTERM, NULL, 0), EBADF);
    t_err("pidfd_send_signal si_signo differs", pidfd_send_raw(pfd, SIGUSR1, &info, 0), EINVAL);
    t_err("pidfd_send_signal si_code SI_USER to another", (info.si_signo = SIGUSR1, info.si_code = SI_USER,
            pidfd_send_raw(pfd, SIGUSR1, &info, 0)), EPERM);
    char path[32];
    snprintf(path, sizeof path, "/proc/%d", (int)child);
    int procdir = open(path, O_RDONLY | O_DIRECTORY);
    t_ok("pidfd_send_signal probe through /proc/PID", pidfd_send_raw(procdir, 0, NULL, 0));
    t_ok("pidfd_send_signal SIGTERM", pidfd_send_raw(pfd, SIGTERM, NULL, 0));
    int status;
    waitpid(child, &status, 0);
    t_check("child ended by SIGTERM", WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    t_err("pidfd_send_signal through /proc/PID after reaping", pidfd_send_raw(procdir, 0, NULL, 0), ESRCH);
    int procfile = open("/proc/self/status", O_RDONLY);
    t_err("pidfd_send_signal through /proc/self/status", pidfd_send_raw(procfile, 0, NULL, 0), EBADF);
    close(procfile);
    close(procdir);
    close(go);
    close(pfd);
    t_fail_count(t_as_nobody(signal_init_as_nobody));
}

static long kcmp_raw(pid_t a, pid_t b, int type, long x, long y)
{
    return syscall(312, a, b, type, x, y);
}

static void kcmp_as_nobody(void)
{
    t_err("kcmp of root's process as nobody", kcmp_raw(getpid(), getppid(), 1, 0, 0), EPERM);
}

static void kcmp_checks(void)
{
    pid_t me = getpid();
    int fd = open("vec", O_RDONLY);
    int copy = dup(fd);
    int other = open("vec", O_RDONLY);
    t_eq("kcmp FILE same fd", kcmp_raw(me, me, 0, fd, fd), 0);
    t_eq("kcmp FILE dup", kcmp_raw(me, me, 0, fd, copy), 0);
    t_check("kcmp FILE another open differs", kcmp_raw(me, me, 0, fd, other) > 0);
    t_err("kcmp FILE closed fd", kcmp_raw(me, me, 0, fd, 999), EBADF);
    t_err("kcmp type 8", kcmp_raw(me, me, 8, 0, 0), EINVAL);
    t_err("kcmp no such pid", kcmp_raw(me, 4000000, 1, 0, 0), ESRCH);
    pthread_t th;
    pipe(ready_pipe);
    pipe(go_pipe);
    pthread_create(&th, NULL, idle_thread, NULL);
    char c;
    read(ready_pipe[0], &c, 1);
    for (int type = 1; type <= 4; type++) {
        char label[64];
        snprintf(label, sizeof label, "kcmp type %d with own thread", type);
        t_eq(label, kcmp_raw(me, thread_tid, type, 0, 0), 0);
    }
    write(go_pipe[1], "x", 1);
    pthread_join(th, NULL);
    int go;
    pid_t child = waiting_child(&go);
    t_eq("kcmp FILE inherited by fork", kcmp_raw(me, child, 0, fd, fd), 0);
    for (int type = 1; type <= 4; type++) {
        char label[64];
        snprintf(label, sizeof label, "kcmp type %d with a forked child differs", type);
        t_check(label, kcmp_raw(me, child, type, 0, 0) > 0);
    }
    if (t_is_root()) {
        t_as_nobody(kcmp_as_nobody);
    }
    write(go, "x", 1);
    waitpid(child, NULL, 0);
    close(go);
    close(fd);
    close(copy);
    close(other);
}

static void splice_checks(void)
{
    t_write_file("src", "0123456789abcdef", 0644);
    int src = open("src", O_RDONLY);
    int dst = open("dst", O_RDWR | O_CREAT | O_TRUNC, 0644);
    int p[2], q[2];
    pipe(p);
    pipe(q);
    loff_t off = 4;
    t_eq("splice file at 4 to pipe", splice(src, &off, p[1], NULL, 6, 0), 6);
    t_eq("  offset advanced", off, 10);
    t_eq("  file position kept", lseek(src, 0, SEEK_CUR), 0);
    t_eq("splice file to pipe at its position", splice(src, NULL, p[1], NULL, 2, 0), 2);
    t_eq("  file position moved", lseek(src, 0, SEEK_CUR), 2);
    t_eq("tee pipe to pipe", tee(p[0], q[1], 100, 0), 8);
    loff_t out = 3;
    t_eq("splice pipe to file at 3", splice(p[0], NULL, dst, &out, 100, 0), 8);
    t_eq("  out offset advanced", out, 11);
    char buf[32] = {0};
    t_eq("file holds it", pread(dst, buf, sizeof buf - 1, 0), 11);
    t_str("  bytes", buf + 3, "45678901");
    memset(buf, 0, sizeof buf);
    t_eq("tee left the data in the first pipe", read(q[0], buf, sizeof buf - 1), 8);
    t_str("  bytes", buf, "45678901");
    char more[] = "xyz";
    struct iovec v = {more, 3};
    t_eq("vmsplice into a pipe", vmsplice(p[1], &v, 1, 0), 3);
    t_eq("splice pipe to pipe", splice(p[0], NULL, q[1], NULL, 10, 0), 3);
    char got[4] = {0};
    struct iovec r = {got, 3};
    t_eq("vmsplice out of a pipe", vmsplice(q[0], &r, 1, 0), 3);
    t_str("  bytes", got, "xyz");
    t_err("splice file to file", splice(src, NULL, dst, NULL, 4, 0), EINVAL);
    t_err("splice offset on the pipe side", splice(src, NULL, p[1], &off, 4, 0), ESPIPE);
    t_err("splice pipe to itself", splice(p[0], NULL, p[1], NULL, 4, 0), EINVAL);
    t_err("splice bad fd", splice(-1, NULL, p[1], NULL, 4, 0), EBADF);
    t_err("splice into the read end", splice(src, NULL, p[0], NULL, 4, 0), EBADF);
    t_err("splice unknown flag", splice(src, NULL, p[1], NULL, 4, 0x100), EINVAL);
    loff_t neg = -1;
    t_err("splice negative offset", splice(src, &neg, p[1], NULL, 4, 0), EINVAL);
    t_err("tee from a file", tee(src, p[1], 4, 0), EINVAL);
    t_err("tee pipe to itself", tee(p[0], p[1], 4, 0), EINVAL);
    t_err("vmsplice to a file", vmsplice(dst, &v, 1, 0), EBADF);
    t_err("splice empty pipe nonblocking", splice(p[0], NULL, dst, NULL, 4, SPLICE_F_NONBLOCK), EAGAIN);
    fcntl(p[1], F_SETPIPE_SZ, 4096);
    static char two[8192] __attribute__((aligned(4096)));
    struct iovec big = {two, sizeof two};
    t_eq("vmsplice two pages into a one-page pipe", vmsplice(p[1], &big, 1, 0), 4096);
    t_eq("  drained", read(p[0], two, sizeof two), 4096);
    static char page[4096] __attribute__((aligned(4096)));   /* one pipe slot on Linux */
    struct iovec full = {page, sizeof page};
    t_eq("vmsplice fills the pipe", vmsplice(p[1], &full, 1, SPLICE_F_NONBLOCK), 4096);
    t_err("vmsplice into a full pipe nonblocking", vmsplice(p[1], &v, 1, SPLICE_F_NONBLOCK), EAGAIN);
    t_err("splice into a full pipe nonblocking", splice(src, NULL, p[1], NULL, 4, SPLICE_F_NONBLOCK), EAGAIN);
    close(p[0]);
    close(p[1]);
    close(q[0]);
    close(q[1]);
    close(src);
    close(dst);
}

static long setsched(pid_t pid, int policy, int prio)
{
    struct sched_param p = {.sched_priority = prio};
    return syscall(SYS_sched_setscheduler, pid, policy, &p);
}

static int getprio(pid_t pid)
{
    struct sched_param p = {.sched_priority = -1};
    syscall(SYS_sched_getparam, pid, &p);
    return p.sched_priority;
}

static void sched_as_nobody(void)
{
    t_err("nobody: SCHED_FIFO for itself", setsched(0, SCHED_FIFO, 1), EPERM);
    t_ok("nobody: SCHED_BATCH for itself", setsched(0, SCHED_BATCH, 0));
    struct sched_param p = {.sched_priority = 0};
    t_err("nobody: sched_setparam of root's process", syscall(SYS_sched_setparam, getppid(), &p), EPERM);
}

static void sched_child(void)
{
    t_eq("child inherits SCHED_RR", syscall(SYS_sched_getscheduler, 0), SCHED_RR);
    t_eq("child inherits priority 7", getprio(0), 7);
}

static void sched_reset_child(void)
{
    t_eq("child after SCHED_RESET_ON_FORK", syscall(SYS_sched_getscheduler, 0), SCHED_OTHER);
    t_eq("  its priority", getprio(0), 0);
}

static void sched_checks(void)
{
    t_eq("initial policy", syscall(SYS_sched_getscheduler, 0), SCHED_OTHER);
    t_err("SCHED_FIFO priority 0", setsched(0, SCHED_FIFO, 0), EINVAL);
    t_err("SCHED_OTHER priority 1", setsched(0, SCHED_OTHER, 1), EINVAL);
    t_err("policy 99", setsched(0, 99, 0), EINVAL);
    t_err("no such thread", setsched(4000000, SCHED_OTHER, 0), ESRCH);
    t_err("policy 99 for PID 1", setsched(1, 99, 0), EINVAL);
    if (!t_is_root()) {
        return;
    }
    t_ok("SCHED_FIFO 10", setsched(0, SCHED_FIFO, 10));
    t_eq("  policy", syscall(SYS_sched_getscheduler, 0), SCHED_FIFO);
    t_eq("  priority", getprio(0), 10);
    struct timespec ts = {1, 1};
    t_ok("sched_rr_get_interval under SCHED_FIFO", syscall(SYS_sched_rr_get_interval, 0, &ts));
    t_check("  zero", ts.tv_sec == 0 && ts.tv_nsec == 0);
    struct sched_param p = {.sched_priority = 20};
    t_ok("sched_setparam 20", syscall(SYS_sched_setparam, 0, &p));
    t_eq("  priority", getprio(0), 20);
    p.sched_priority = 0;
    t_err("sched_setparam 0 under SCHED_FIFO", syscall(SYS_sched_setparam, 0, &p), EINVAL);
    t_ok("SCHED_RR 7", setsched(0, SCHED_RR, 7));
    t_ok("sched_rr_get_interval under SCHED_RR", syscall(SYS_sched_rr_get_interval, 0, &ts));
    t_check("  a time slice", ts.tv_sec > 0 || ts.tv_nsec > 0);
    t_in_child(sched_child);
    unsigned char attr[64];
    memset(attr, 0xff, sizeof attr);
    t_ok("sched_getattr", syscall(SYS_sched_getattr, 0, attr, 56, 0));
    unsigned int size, policy, prio;
    memcpy(&size, attr, 4);
    memcpy(&policy, attr + 4, 4);
    memcpy(&prio, attr + 20, 4);
    t_eq("  size", size, 56);
    t_eq("  policy", policy, SCHED_RR);
    t_eq("  priority", prio, 7);
    t_err("sched_getattr size 47", syscall(SYS_sched_getattr, 0, attr, 47, 0), EINVAL);
    t_err("sched_getattr flags 1", syscall(SYS_sched_getattr, 0, attr, 56, 1), EINVAL);
    t_err("sched_getattr NULL", syscall(SYS_sched_getattr, 0, NULL, 56, 0), EINVAL);
    t_err("sched_getattr no such thread", syscall(SYS_sched_getattr, 4000000, attr, 56, 0), ESRCH);
    t_ok("SCHED_FIFO|SCHED_RESET_ON_FORK", setsched(0, SCHED_FIFO | SCHED_RESET_ON_FORK, 3));
    t_eq("  getscheduler shows the flag", syscall(SYS_sched_getscheduler, 0), SCHED_FIFO | SCHED_RESET_ON_FORK);
    t_in_child(sched_reset_child);
    t_ok("back to SCHED_OTHER", setsched(0, SCHED_OTHER, 0));
    t_as_nobody(sched_as_nobody);
}

static volatile sig_atomic_t oneshot_flags_seen;

static void oneshot_handler(int sig, siginfo_t *info, void *ctx)
{
    (void)info;
    (void)ctx;
    struct sigaction now;
    sigaction(sig, NULL, &now);
    oneshot_flags_seen = now.sa_handler == SIG_DFL && (now.sa_flags & SA_SIGINFO) != 0;
}

static void resethand_checks(void)
{
    struct sigaction sa = {0};
    sa.sa_sigaction = oneshot_handler;
    sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR2);
    t_check("SA_RESETHAND: in the handler, SIG_DFL with SA_SIGINFO kept", oneshot_flags_seen);
    struct sigaction after;
    sigaction(SIGUSR2, NULL, &after);
    t_check("  after it, flags kept", (after.sa_flags & (SA_SIGINFO | SA_RESETHAND)) == (SA_SIGINFO | SA_RESETHAND));
}

static volatile sig_atomic_t xfsz_seen;

static void on_xfsz(int sig)
{
    (void)sig;
    xfsz_seen++;
}

/* The limited calls' results, printed once the limit is lifted: stdout may be a file too. */
enum { FSIZE_CALLS = 16 };
static struct { const char *label; long ret; int err; long sigs; } fsize_log[FSIZE_CALLS];
static int fsize_n;

static void fsize_call(const char *label, long ret)
{
    fsize_log[fsize_n].label = label;
    fsize_log[fsize_n].ret = ret;
    fsize_log[fsize_n].err = ret < 0 ? errno : 0;
    fsize_log[fsize_n].sigs = xfsz_seen;
    fsize_n++;
}

static void fsize_limit(rlim_t bytes)
{
    struct rlimit l = {bytes, RLIM_INFINITY};
    setrlimit(RLIMIT_FSIZE, &l);
}

/* In a child: RLIMIT_FSIZE of 10 bytes, then 2, with SIGXFSZ caught and counted. */
static void fsize_child(void)
{
    signal(SIGXFSZ, on_xfsz);
    int fd = open("fsize", O_RDWR | O_CREAT | O_TRUNC, 0644);
    fsize_limit(10);
    fsize_call("write 8 at 0", write(fd, "abcdefgh", 8));
    fsize_call("write 5 at 8: cut at the limit", write(fd, "ijklm", 5));
    fsize_call("write 1 at 10", write(fd, "n", 1));
    fsize_call("write 0 at 10", write(fd, "", 0));
    fsize_call("pwrite 1 at 100", pwrite(fd, "x", 1, 100));
    fsize_call("pwrite 4 at 7", pwrite(fd, "wxyz", 4, 7));
    fsize_call("ftruncate to 11", ftruncate(fd, 11));
    fsize_call("truncate to 4096", truncate("fsize", 4096));
    fsize_call("fallocate 0..20", fallocate(fd, 0, 0, 20));
    fsize_call("fallocate 0..20 keeping the size", fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, 20));
    fsize_call("size", lseek(fd, 0, SEEK_END));
    fsize_call("ftruncate to 4", ftruncate(fd, 4));
    fsize_limit(2);
    fsize_call("a limit below the size: ftruncate to 3", ftruncate(fd, 3));
    fsize_call("ftruncate to 4", ftruncate(fd, 4));
    fsize_limit(RLIM_INFINITY);
    close(fd);
    t_say("RLIMIT_FSIZE (result, errno, SIGXFSZ so far):");
    for (int i = 0; i < fsize_n; i++) {
        t_say("  %s: %ld %s %ld", fsize_log[i].label, fsize_log[i].ret,
              fsize_log[i].err ? t_errname(fsize_log[i].err) : "-", fsize_log[i].sigs);
    }
    t_eq("  SIGXFSZ in all", xfsz_seen, 6);
}

/* In a child: the default action of SIGXFSZ ends the process. */
static void fsize_default_child(void)
{
    struct rlimit one = {1, 1};
    setrlimit(RLIMIT_FSIZE, &one);
    int fd = open("fsize2", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    write(fd, "ab", 2);
    write(fd, "c", 1);
    _exit(0);
}

static void fsize_checks(void)
{
    t_fail_count(t_in_child(fsize_child));
    pid_t pid = fork();
    if (pid == 0) {
        fsize_default_child();
    }
    int status = 0;
    waitpid(pid, &status, 0);
    t_check("RLIMIT_FSIZE: the default action kills with SIGXFSZ", WIFSIGNALED(status) && WTERMSIG(status) == SIGXFSZ);
    char buf[4] = {0};
    t_eq("  the file took 1 byte", t_read_file("fsize2", buf, sizeof buf), 1);
    unlink("fsize");
    unlink("fsize2");
}

int main(void)
{
    t_init("edges2");
    t_scratch();
    vector_checks();
    signal_checks();
    process_vm_checks();
    pipe(ready_pipe);
    pidfd_open_checks();
    pidfd_wait_checks();
    pidfd_signal_checks();
    kcmp_checks();
    splice_checks();
    sched_checks();
    resethand_checks();
    fsize_checks();
    return t_done();
}
