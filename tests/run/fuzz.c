/*
 * fuzz.c - a system-call fuzzer for Exo-OS (issue 9, hostile inputs). Never run it on a
 * machine you care about: as root it calls random system calls with random arguments.
 *
 *   fuzz [-v] [-b N] [SEED [CALLS [BATCH]]]   (defaults: seed 1, 20000 calls, 500 per batch)
 *
 * The parent forks throw-away children; each makes up to BATCH calls (random numbers, and
 * arguments mixing small integers, descriptors, pointers into its own scratch pages, pool path
 * names, unmapped, kernel-half, non-canonical and page-crossing addresses, huge lengths), then
 * exits, and the parent reaps it and forks the next until CALLS calls were made. A child that
 * stops making progress (blocked, stopped) is killed after about 50 ms. Batch N draws its calls
 * from splitmix64(SEED, N), so a batch is reproduced by the same seed (the kernel's strace=PID
 * shows its calls). Half of the batches run as uid/gid 65534, half as root.
 *
 * Skipped (they would legitimately stop the run or damage the machine it runs on, not find a
 * kernel bug): reboot, kexec_load/kexec_file_load, mount/umount2/pivot_root and the new mount
 * API, swapon/swapoff, settimeofday/clock_settime/adjtimex/clock_adjtime (the parent's
 * timeouts), init_module/finit_module/delete_module. Calls naming another process get their
 * pid replaced by the child's own, 0 (its own group: each child is a session leader) or an
 * unused pid: kill, tkill, tgkill, rt_sigqueueinfo, rt_tgsigqueueinfo, ptrace,
 * process_vm_readv/writev, prlimit64, pidfd_open, pidfd_send_signal; kill(-1) never happens.
 * A fork, vfork or clone that succeeds: the new process or thread exits at once.
 *
 * Leak check: free frames (/proc/meminfo's MemFree, the frame allocator's exact count in KiB,
 * plus Slab, the frames the kernel's object heap holds: the heap grows and gives frames back
 * with its garbage collector's needs, which is no leak of the calls; its growth is bounded by
 * its limit, kheap=) before the first batch and after the last child is reaped and the work
 * directory removed;
 * they must be equal (read again for up to a second: exiting threads free their kernel stacks
 * a little after they are reaped). Without -v only lines that do not depend on the numbers are
 * printed, so tools/run-tests compares them with a fixed text. -v also checks the frames after
 * every batch and names each batch after which they did not come back; -b N runs batch N
 * alone (with the kernel's strace=1, its calls are in the kernel log).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PAGE 4096L
#define SCRATCH_PAGES 8
#define WORK_DIR "/fuzz-work"
#define STALL_POLLS 5          /* 10 ms polls without progress before a child is killed */

struct shared {                /* one MAP_SHARED page the children report through */
    volatile long calls;       /* calls made by the current child */
    volatile long nr, args[6]; /* the call in progress */
};

static struct shared *sh;
static char *scratch, *readonly_page;
static uint64_t rng;
static long self_pid, self_tid;
static long last_result;

static uint64_t next64(void)   /* splitmix64 */
{
    uint64_t z = (rng += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static long raw6(long n, long a, long b, long c, long d, long e, long f)
{
    register long r10 __asm__("r10") = d, r8 __asm__("r8") = e, r9 __asm__("r9") = f;
    long ret;
    __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

static const char *const pool[] = {
    "a", "b", "a/b", "c/d/e", ".", "", "f", "fifo", "sub/", "x/../y", "link",
    "/proc/self/maps", "/proc/self/status", "/proc/meminfo", "/proc/self/fd", "/proc",
    "/nonexistent/x", "/proc/self/exe/x",
};

static int is_skipped(long nr)
{
    switch (nr) {
    case 155: case 159: case 164: case 165: case 166: case 167: case 168: case 169: case 175:
    case 176: case 227: case 246: case 305: case 313: case 320: case 428: case 429: case 430:
    case 431: case 432: case 442:
        return 1;
    }
    return 0;
}

static long syscall_number(void)
{
    uint64_t r = next64();
    switch (r % 32) {
    case 0: return 335 + (long)((r >> 8) % 100);        /* the gap, and past it */
    case 1: return (long)(r >> 8);                      /* anything at all */
    case 2: return 424 + (long)((r >> 8) % 27);
    default: return (long)((r >> 8) % 335);
    }
}

static long a_pointer_into_scratch(void)
{
    return (long)(scratch + next64() % (SCRATCH_PAGES * PAGE));
}

static long a_pool_string(void)
{
    const char *s = pool[next64() % (sizeof pool / sizeof pool[0])];
    char *at = scratch + (next64() % SCRATCH_PAGES) * PAGE + 3000;
    memcpy(at, s, strlen(s) + 1);
    return (long)at;
}

static long argument(void)
{
    uint64_t r = next64();
    switch (r % 16) {
    case 0: return 0;
    case 1: return 1 + (long)((r >> 8) % 16);
    case 2: return -1;
    case 3: return (r >> 8) % 4 == 0 ? last_result : (long)((r >> 8) % 10);
    case 4: case 5: return a_pointer_into_scratch();
    case 6: return a_pool_string();
    case 7: return (r >> 8) % 2 ? (long)((r >> 9) % 0x10000) : 0x7f0000000000L + (long)((r >> 9) % (1L << 30));
    case 8: return (r >> 8) % 2 ? (long)(0xffffffff80000000UL + (r >> 9) % (32 << 20))
                                : (long)(0xffff800000000000UL + (r >> 9) % (256 << 20));
    case 9: return (r >> 8) % 2 ? (long)(0x0000800000000000UL | (r >> 17)) : (long)0x8000000000000000UL;
    case 10: { static const long huge[] = {0x7fffffffffffffffL, 1L << 40, 0xffffffffL, 0x7fffffffL, 1L << 31};
               return huge[(r >> 8) % 5]; }
    case 11: return (long)(scratch + SCRATCH_PAGES * PAGE - (long)((r >> 8) % 64));   /* runs into the guard */
    case 12: return (long)next64();
    case 13: return (long)(uint32_t)(r >> 16);
    case 14: return 1L << ((r >> 8) % 32);
    default: return (long)(readonly_page + (r >> 8) % PAGE);
    }
}

/* Arguments naming another process are pointed back at the child itself (or nobody). */
static void sanitize(long nr, long *a)
{
    long choices[] = {self_pid, 0, 999999};
    long who = choices[next64() % 3];
    switch (nr) {
    case 62: case 129: case 302: case 310: case 311: case 434:
        a[0] = who; break;
    case 101: a[1] = who; break;   /* ptrace(request, pid, ...) */
    case 200: a[0] = who == 0 ? self_tid : who; break;
    case 234: case 297: a[0] = who == 0 ? self_pid : who; a[1] = who == 0 ? self_tid : who; break;
    case 424: a[0] = -1; break;   /* pidfd_send_signal: no pidfd of another process */
    }
}

static void child(uint64_t seed, long batch_calls)
{
    rng = seed;
    raw6(SYS_setsid, 0, 0, 0, 0, 0, 0);
    if (chdir(WORK_DIR) != 0)
        _exit(3);
    /* /dev/null is opened before dropping privileges: an earlier root batch may have fchmod'ed it */
    int null = open("/dev/null", O_RDWR);
    if (null < 0 || dup2(null, 0) != 0 || dup2(null, 1) != 1 || dup2(null, 2) != 2)
        _exit(5);   /* never make calls with the console as a descriptor */
    if (null > 2)
        close(null);
    if (seed & 1) {
        setgroups(0, NULL);
        if (setresgid(65534, 65534, 65534) != 0 || setresuid(65534, 65534, 65534) != 0)
            _exit(4);
    }
    self_pid = raw6(SYS_getpid, 0, 0, 0, 0, 0, 0);
    self_tid = raw6(SYS_gettid, 0, 0, 0, 0, 0, 0);
    for (long i = 0; i < batch_calls; i++) {
        long nr = syscall_number(), a[6];
        if (is_skipped(nr))
            continue;
        for (int k = 0; k < 6; k++)
            a[k] = argument();
        sanitize(nr, a);
        uint64_t fill = next64();
        memcpy(scratch + fill % (SCRATCH_PAGES * PAGE - 64), &fill, 8);
        sh->nr = nr;
        for (int k = 0; k < 6; k++)
            sh->args[k] = a[k];
        sh->calls++;
        long r = raw6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
        if (raw6(SYS_gettid, 0, 0, 0, 0, 0, 0) != self_tid)
            raw6(SYS_exit, 0, 0, 0, 0, 0, 0);   /* a new thread or process: gone at once */
        last_result = r;
    }
    _exit(0);
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
    nanosleep(&ts, NULL);
}

static long free_frames(void)
{
    char buf[4096];
    int fd = open("/proc/meminfo", O_RDONLY);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return -1;
    buf[n] = 0;
    char *p = strstr(buf, "MemFree:");
    char *slab = strstr(buf, "Slab:");
    return p ? (strtol(p + 8, NULL, 10) + (slab ? strtol(slab + 5, NULL, 10) : 0)) / 4 : -1;
}

/* Free frames once they stop moving (exited threads free their kernel stacks a little late). */
static long settled_free_frames(void)
{
    long last = free_frames(), same = 0;
    for (int i = 0; i < 100 && same < 3; i++) {
        sleep_ms(20);
        long now = free_frames();
        same = now == last ? same + 1 : 0;
        last = now;
    }
    return last;
}

/* -v: what else could hold frames: processes left, and tmpfs pages (Shmem). */
static void show_state(const char *when)
{
    char buf[4096], pids[512] = "";
    int fd = open("/proc/meminfo", O_RDONLY);
    ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof buf - 1);
    if (fd >= 0)
        close(fd);
    buf[n > 0 ? n : 0] = 0;
    char *shm = strstr(buf, "Shmem:");
    DIR *d = opendir("/proc");
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        if (e->d_name[0] >= '0' && e->d_name[0] <= '9' && strlen(pids) < sizeof pids - 16)
            strcat(strcat(pids, " "), e->d_name);
    if (d)
        closedir(d);
    printf("fuzz: %s: processes%s; Shmem %ld kB\n", when, pids, shm ? strtol(shm + 6, NULL, 10) : -1L);
}


/* Runs one child to its end (or kills it when it stalls); returns the calls it made. */
static long run_batch(uint64_t seed, long batch_calls, int *killed)
{
    sh->calls = 0;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0)
        child(seed, batch_calls);
    long seen = -1;
    int still = 0, status;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        sleep_ms(10);
        if (sh->calls != seen) {
            seen = sh->calls;
            still = 0;
        } else if (++still == STALL_POLLS) {
            kill(-pid, SIGKILL);
            kill(pid, SIGKILL);
            (*killed)++;
        }
    }
    kill(-pid, SIGKILL);   /* anything the batch left in its group */
    while (waitpid(-1, NULL, WNOHANG) > 0)
        ;
    return sh->calls;
}

static void remove_tree(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        chmod(path, 0700);
        DIR *d = opendir(path);
        struct dirent *e;
        while (d && (e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char sub[4096];
            snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
            remove_tree(sub);
        }
        if (d)
            closedir(d);
        rmdir(path);
    } else {
        unlink(path);
    }
}

/* remove_tree in a child, so that the parent's own stack and heap do not grow under the count. */
static void remove_work_dir(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        remove_tree(WORK_DIR);
        _exit(0);
    }
    if (pid > 0)
        waitpid(pid, NULL, 0);
}

static int responsive(void)
{
    int p[2];
    char c = 0;
    if (pipe(p) != 0)
        return 0;
    pid_t pid = fork();
    if (pid == 0) {
        write(p[1], "k", 1);
        _exit(7);
    }
    int status = 0;
    int ok = pid > 0 && read(p[0], &c, 1) == 1 && c == 'k' && waitpid(pid, &status, 0) == pid
             && WIFEXITED(status) && WEXITSTATUS(status) == 7;
    close(p[0]);
    close(p[1]);
    return ok;
}

/* -v: the frames after one batch, compared with those before it (kernel stacks settle first). */
static long check_batch(long batch, long before)
{
    long now = free_frames();
    if (now != before)
        now = settled_free_frames();
    if (now != before)
        printf("fuzz: batch %ld: free frames %ld -> %ld\n", batch, before, now);
    return now;
}

int main(int argc, char **argv)
{
    int verbose = 0;
    long only = -1;
    for (;;) {
        if (argc > 1 && strcmp(argv[1], "-v") == 0) {
            verbose = 1;
            argv++, argc--;
        } else if (argc > 2 && strcmp(argv[1], "-b") == 0) {
            only = atol(argv[2]);
            argv += 2, argc -= 2;
        } else {
            break;
        }
    }
    uint64_t seed = argc > 1 ? strtoull(argv[1], NULL, 0) : 1;
    long total = argc > 2 ? atol(argv[2]) : 20000, per_batch = argc > 3 ? atol(argv[3]) : 500;
    if (total <= 0 || per_batch <= 0) {
        fprintf(stderr, "usage: fuzz [-v] [SEED [CALLS [BATCH]]]\n");
        return 2;
    }
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("fuzz: seed %llu, %ld calls in batches of %ld\n", (unsigned long long)seed, total, per_batch);
    sh = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    scratch = mmap(NULL, (SCRATCH_PAGES + 2) * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (sh == MAP_FAILED || scratch == MAP_FAILED)
        return 2;
    readonly_page = scratch + (SCRATCH_PAGES + 1) * PAGE;
    mprotect(scratch + SCRATCH_PAGES * PAGE, PAGE, PROT_NONE);   /* the guard page */
    mprotect(readonly_page, PAGE, PROT_READ);
    for (long i = 0; i < SCRATCH_PAGES * PAGE; i += 8)
        *(uint64_t *)(scratch + i) = (rng = seed + i, next64());
    remove_work_dir();
    mkdir(WORK_DIR, 0777);
    chmod(WORK_DIR, 0777);
    int killed = 0;
    run_batch(seed, 0, &killed);   /* a first fork and reap: the parent's own pages are in */
    alarm(100000);                 /* the kernel starts its timer thread (a stack) on first use */
    alarm(0);
    if (verbose)
        show_state("before");
    long before = settled_free_frames();
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    long made = 0, batches = 0, frames = before;
    while (made < total) {
        rng = seed ^ (0xD1B54A32D192ED03ULL * (uint64_t)(batches + 1));
        long n = 0;
        if (only < 0 || only == batches)
            n = run_batch(next64(), per_batch < total - made ? per_batch : total - made, &killed);
        if (n < 0) {
            printf("fork failed after %ld calls\n", made);
            return 1;
        }
        if (verbose && n > 0)
            frames = check_batch(batches, frames);
        made += only < 0 ? n : only == batches ? total : 0;
        batches++;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    remove_work_dir();
    long after = settled_free_frames();
    if (verbose)
        show_state("after");
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (verbose)
        printf("fuzz: %ld calls in %ld batches (%d killed when stalled), %.1f s; free frames %ld before, %ld after\n",
               made, batches, killed, secs, before, after);
    printf("calls made: %s\n", made >= total ? "all" : "fewer");
    printf("free frames before == after: %s\n", before > 0 && before == after ? "yes" : "no");
    printf("kernel responsive: %s\n", responsive() ? "yes" : "no");
    return 0;
}
