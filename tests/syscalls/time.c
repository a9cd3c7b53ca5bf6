/*
 * time.c - clocks and timers: clock_gettime (monotonic never backwards, realtime after 2020,
 * CPU-time clocks advance), clock_getres, gettimeofday and time agree with CLOCK_REALTIME,
 * nanosleep and clock_nanosleep (relative and TIMER_ABSTIME) sleep at least as asked,
 * setitimer/getitimer and alarm deliver SIGALRM, times() and getrusage (page faults counted in
 * ru_minflt, the kernel's faults on the process's pages in read() and a reaped child's too;
 * 300 ms of kernel work shows as system time, 300 ms of user arithmetic as user time), and
 * the errors.
 * Only relations are printed (no times). Run by tools/ctest/run on Linux and Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int64_t ns_of(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void clocks(void)
{
    struct timespec ts;
    t_ok("clock_gettime CLOCK_MONOTONIC", clock_gettime(CLOCK_MONOTONIC, &ts));
    t_check("tv_nsec in range", ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000);
    int64_t prev = ns_of(CLOCK_MONOTONIC), backwards = 0;
    for (int i = 0; i < 100000; i++) {
        int64_t now = ns_of(CLOCK_MONOTONIC);
        backwards += now < prev;
        prev = now;
    }
    t_eq("monotonic went backwards (times in 100000 reads)", backwards, 0);
    t_check("CLOCK_REALTIME after 2020-01-01", ns_of(CLOCK_REALTIME) / 1000000000 > 1577836800);
    t_check("CLOCK_BOOTTIME >= CLOCK_MONOTONIC - 1 s",
            ns_of(CLOCK_BOOTTIME) >= ns_of(CLOCK_MONOTONIC) - 1000000000);
    /* the thread's clock first: time that passes between the two reads (a host that stalls
     * the emulator counts as CPU time too) then adds to its delta rather than removing from it */
    int64_t thr0 = ns_of(CLOCK_THREAD_CPUTIME_ID), cpu0 = ns_of(CLOCK_PROCESS_CPUTIME_ID);
    volatile uint64_t spin = 0;
    int64_t start = ns_of(CLOCK_MONOTONIC);
    /* spin for 50 ms of CPU time (not wall time: the machine may be busy), 5 s at most */
    while (ns_of(CLOCK_PROCESS_CPUTIME_ID) - cpu0 < 50 * 1000000 && ns_of(CLOCK_MONOTONIC) - start < 5000000000LL)
        spin++;
    t_check("process CPU clock reached +50 ms while spinning", ns_of(CLOCK_PROCESS_CPUTIME_ID) - cpu0 >= 50 * 1000000);
    t_check("thread CPU clock advanced too", ns_of(CLOCK_THREAD_CPUTIME_ID) - thr0 >= 40 * 1000000);
    t_ok("clock_getres CLOCK_MONOTONIC", clock_getres(CLOCK_MONOTONIC, &ts));
    t_check("resolution at most 1 ms", ts.tv_sec == 0 && ts.tv_nsec > 0 && ts.tv_nsec <= 1000000);
    t_err("clock_gettime unknown clock", clock_gettime((clockid_t)12345, &ts), EINVAL);
    t_err("clock_gettime into a bad pointer", syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (void *)8), EFAULT);
    struct timeval tv;
    t_ok("gettimeofday", gettimeofday(&tv, NULL));
    int64_t rt = ns_of(CLOCK_REALTIME) / 1000;
    int64_t gtod = (int64_t)tv.tv_sec * 1000000 + tv.tv_usec;
    t_check("gettimeofday within 1 s of CLOCK_REALTIME", rt - gtod < 1000000 && gtod - rt < 1000000);
    time_t t = time(NULL);
    t_check("time() within 2 s of CLOCK_REALTIME", t - ns_of(CLOCK_REALTIME) / 1000000000 <= 2 &&
                                                       ns_of(CLOCK_REALTIME) / 1000000000 - t <= 2);
}

static void sleeps(void)
{
    struct timespec d = { 0, 20 * 1000000 }, rem;
    int64_t t0 = ns_of(CLOCK_MONOTONIC);
    t_ok("nanosleep 20 ms", nanosleep(&d, &rem));
    int64_t slept = ns_of(CLOCK_MONOTONIC) - t0;
    t_check("slept >= 20 ms and < 2 s", slept >= 20 * 1000000 && slept < 2000000000);
    struct timespec bad = { 0, 1000000000 };
    t_err("nanosleep tv_nsec = 1e9", nanosleep(&bad, NULL), EINVAL);
    struct timespec neg = { -1, 0 };
    t_err("nanosleep negative", nanosleep(&neg, NULL), EINVAL);
    t0 = ns_of(CLOCK_MONOTONIC);
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_nsec += 30 * 1000000;
    if (until.tv_nsec >= 1000000000)
        until.tv_sec++, until.tv_nsec -= 1000000000;
    t_eq("clock_nanosleep TIMER_ABSTIME +30 ms", clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL), 0);
    t_check("woke at or after the deadline", ns_of(CLOCK_MONOTONIC) >= (int64_t)until.tv_sec * 1000000000 + until.tv_nsec);
    struct timespec past = { 0, 1 };
    t_eq("clock_nanosleep to a past deadline returns at once", clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &past, NULL), 0);
    t_eq("clock_nanosleep unknown clock", clock_nanosleep((clockid_t)12345, 0, &d, NULL), EINVAL);
}

static volatile sig_atomic_t alarms;
static void on_alarm(int signo)
{
    (void)signo;
    alarms++;
}

static void timers(void)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = { .it_interval = { 0, 20000 }, .it_value = { 0, 20000 } }, cur;
    /* read before arming: the three expiries are at least 60 ms after it however late this
     * process runs again (a busy host may stall the emulator between any two lines) */
    int64_t t0 = ns_of(CLOCK_MONOTONIC);
    t_ok("setitimer ITIMER_REAL 20 ms periodic", setitimer(ITIMER_REAL, &it, NULL));
    getitimer(ITIMER_REAL, &cur);
    t_check("getitimer: interval 20 ms, value <= 20 ms",
            cur.it_interval.tv_usec == 20000 && cur.it_value.tv_sec == 0 && cur.it_value.tv_usec <= 20000);
    while (alarms < 3 && ns_of(CLOCK_MONOTONIC) - t0 < 2000000000LL)
        pause();
    int64_t took = ns_of(CLOCK_MONOTONIC) - t0;
    t_check("three SIGALRMs arrived", alarms >= 3);
    t_check("no sooner than 60 ms", took >= 55 * 1000000);
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &off, &cur);
    t_check("disarming returns the old setting", cur.it_interval.tv_usec == 20000);
    t_err("setitimer unknown timer", setitimer(12345, &it, NULL), EINVAL);
    t_eq("alarm(5) with none pending", alarm(5), 0);
    unsigned left = alarm(0);
    t_check("alarm(0) returns what was left (4-5 s)", left >= 4 && left <= 5);
    alarms = 0;
    alarm(1);
    pause();
    t_eq("alarm(1) then pause: one SIGALRM", alarms, 1);
}

/* ru_minflt: touching 64 fresh pages faults at least 64 times more, in this process and, once
 * reaped, in RUSAGE_CHILDREN when a child does it. */
static void page_faults(void)
{
    enum { PAGES = 64 };
    struct rusage before, after;
    getrusage(RUSAGE_SELF, &before);
    char *p = mmap(NULL, PAGES * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    t_check("mmap 64 pages", p != MAP_FAILED);
    for (int i = 0; i < PAGES; i++)
        p[i * 4096] = 1;
    getrusage(RUSAGE_SELF, &after);
    t_check("ru_minflt grows by >= 64 after touching 64 new pages", after.ru_minflt - before.ru_minflt >= PAGES);
    munmap(p, PAGES * 4096);
    /* Pages the kernel touches first, for the process (read() into fresh memory), count too. */
    int zero = open("/dev/zero", O_RDONLY);
    p = mmap(NULL, PAGES * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    getrusage(RUSAGE_SELF, &before);
    long got = 0;
    for (long n; got < PAGES * 4096 && (n = read(zero, p + got, PAGES * 4096 - got)) > 0;)
        got += n;
    getrusage(RUSAGE_SELF, &after);
    t_check("read() of /dev/zero fills 64 fresh pages", got == PAGES * 4096);
    t_check("ru_minflt grows by >= 64 when read() fills 64 new pages", after.ru_minflt - before.ru_minflt >= PAGES);
    close(zero);
    munmap(p, PAGES * 4096);
    getrusage(RUSAGE_CHILDREN, &before);
    pid_t child = fork();
    if (child == 0) {
        char *q = mmap(NULL, PAGES * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        for (int i = 0; q != MAP_FAILED && i < PAGES; i++)
            q[i * 4096] = 1;
        _exit(0);
    }
    waitpid(child, NULL, 0);
    getrusage(RUSAGE_CHILDREN, &after);
    t_check("RUSAGE_CHILDREN ru_minflt grows by >= 64 after a child touched 64 pages",
            after.ru_minflt - before.ru_minflt >= PAGES);
}

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double rusage_seconds(const struct timeval *tv)
{
    return tv->tv_sec + tv->tv_usec / 1e6;
}

/* 300 ms of CPU in the kernel (64 KiB reads of /dev/zero), then 300 ms in user mode (a loop
 * with no call): the first must grow ru_stime more than ru_utime, the second the reverse. */
static void user_and_system(void)
{
    static char buf[65536];
    struct rusage r0, r1, r2;
    int fd = open("/dev/zero", O_RDONLY);
    getrusage(RUSAGE_SELF, &r0);
    for (double end = cpu_seconds() + 0.3; cpu_seconds() < end;)
        for (int i = 0; i < 16; i++)
            read(fd, buf, sizeof buf);
    getrusage(RUSAGE_SELF, &r1);
    volatile unsigned long x = 1;
    for (double end = cpu_seconds() + 0.3; cpu_seconds() < end;)
        for (int i = 0; i < 1000000; i++)
            x = x * 6364136223846793005UL + 1;
    getrusage(RUSAGE_SELF, &r2);
    close(fd);
    double sys1 = rusage_seconds(&r1.ru_stime) - rusage_seconds(&r0.ru_stime);
    double user1 = rusage_seconds(&r1.ru_utime) - rusage_seconds(&r0.ru_utime);
    double sys2 = rusage_seconds(&r2.ru_stime) - rusage_seconds(&r1.ru_stime);
    double user2 = rusage_seconds(&r2.ru_utime) - rusage_seconds(&r1.ru_utime);
    t_check("300 ms of /dev/zero reads: more system than user time", sys1 > user1);
    t_check("300 ms of arithmetic: more user than system time", user2 > sys2);
    struct tms tm;
    times(&tm);
    t_check("times(): tms_stime > 0 after them", tm.tms_stime > 0);
}

static void accounting(void)
{
    struct tms tm;
    clock_t ticks = times(&tm);
    t_check("times() returns a tick count", ticks != (clock_t)-1);
    t_check("times(): user+system ticks of the 50 ms spin > 0", tm.tms_utime + tm.tms_stime > 0);
    t_eq("sysconf(_SC_CLK_TCK)", sysconf(_SC_CLK_TCK), 100);
    struct rusage ru;
    t_ok("getrusage RUSAGE_SELF", getrusage(RUSAGE_SELF, &ru));
    t_check("ru_utime+ru_stime > 0", ru.ru_utime.tv_sec + ru.ru_utime.tv_usec + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec > 0);
    t_check("ru_maxrss > 0", ru.ru_maxrss > 0);
    t_err("getrusage unknown who", getrusage(12345, &ru), EINVAL);
    page_faults();
    user_and_system();
}

int main(void)
{
    t_init("time");
    clocks();
    sleeps();
    timers();
    accounting();
    return t_done();
}
