/*
 * futexlocks.c - the futex protocols musl's special mutexes rely on: robust lists
 * (set_robust_list/get_robust_list, a thread or process that dies holding a robust mutex
 * makes the next locker get EOWNERDEAD), priority-inheritance futexes (FUTEX_LOCK_PI,
 * TRYLOCK_PI, UNLOCK_PI raw and through PTHREAD_PRIO_INHERIT mutexes under contention, with
 * their errors), FUTEX_WAIT's timeouts (invalid, faulting, expired, and so large that only
 * a signal ends the wait), and a hundred children alive at once. Found missing by musl's libc-test
 * (pthread_robust, pthread_mutex_pi, raise-race). Run by tools/ctest/run on Linux and Exo-OS.
 */
#define _GNU_SOURCE
#include "check.h"

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* futex(2)'s operations (musl's headers have no linux/futex.h) */
enum {
    FUTEX_WAIT_PRIVATE = 0 | 128, FUTEX_WAIT_BITSET_PRIVATE = 9 | 128, FUTEX_CLOCK_REALTIME = 256,
    FUTEX_LOCK_PI_PRIVATE = 6 | 128, FUTEX_UNLOCK_PI_PRIVATE = 7 | 128, FUTEX_TRYLOCK_PI_PRIVATE = 8 | 128,
};

enum { PI_THREADS = 4, PI_ROUNDS = 2000, CHILDREN = 100 };

static long futex(uint32_t *word, int op, uint32_t val, const struct timespec *ts)
{
    return syscall(SYS_futex, word, op, val, ts, NULL, 0);
}

static pthread_mutex_t robust;

static void *die_holding(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&robust);
    return NULL;   /* ends with the mutex held */
}

static void robust_thread(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    t_eq("setrobust", pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
    pthread_mutex_init(&robust, &a);
    pthread_t th;
    pthread_create(&th, NULL, die_holding, NULL);
    pthread_join(th, NULL);
    t_eq("lock after the owner thread ended", pthread_mutex_lock(&robust), EOWNERDEAD);
    t_eq("consistent", pthread_mutex_consistent(&robust), 0);
    t_eq("unlock", pthread_mutex_unlock(&robust), 0);
    t_eq("lock again", pthread_mutex_lock(&robust), 0);
    t_eq("unlock again", pthread_mutex_unlock(&robust), 0);
}

static void robust_process(void)
{
    pthread_mutex_t *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
    pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
    pthread_mutex_init(m, &a);
    int ready[2];
    pipe(ready);
    pid_t pid = fork();
    if (pid == 0) {
        pthread_mutex_lock(m);
        write(ready[1], "x", 1);
        pause();
        _exit(0);
    }
    char c;
    read(ready[0], &c, 1);
    struct timespec soon;
    clock_gettime(CLOCK_REALTIME, &soon);
    soon.tv_nsec += 20 * 1000 * 1000;
    if (soon.tv_nsec >= 1000000000) { soon.tv_sec++; soon.tv_nsec -= 1000000000; }
    t_eq("timedlock while the other process holds it", pthread_mutex_timedlock(m, &soon), ETIMEDOUT);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    t_eq("lock after the owner process was killed", pthread_mutex_lock(m), EOWNERDEAD);
    t_eq("consistent", pthread_mutex_consistent(m), 0);
    t_eq("unlock", pthread_mutex_unlock(m), 0);
    munmap(m, 4096);
}

static void robust_list_calls(void)
{
    void *head = (void *)1;
    size_t len = 0;
    t_ok("get_robust_list(0)", syscall(SYS_get_robust_list, 0, &head, &len));
    t_check("head registered by musl", head != NULL);
    t_eq("len", (long)len, 24);
    t_ok("get_robust_list(own tid)", syscall(SYS_get_robust_list, gettid(), &head, &len));
    t_err("get_robust_list(no such pid)", syscall(SYS_get_robust_list, 999999, &head, &len), ESRCH);
    t_err("get_robust_list(bad pointer)", syscall(SYS_get_robust_list, 0, (void *)8, &len), EFAULT);
    t_err("set_robust_list(bad length)", syscall(SYS_set_robust_list, head, 23), EINVAL);
}

static uint32_t pi_word;

static void pi_raw(void)
{
    uint32_t me = gettid();
    t_ok("LOCK_PI on a free word", futex(&pi_word, FUTEX_LOCK_PI_PRIVATE, 0, NULL));
    t_check("the word holds our tid", pi_word == me);
    t_err("LOCK_PI again", futex(&pi_word, FUTEX_LOCK_PI_PRIVATE, 0, NULL), EDEADLK);
    t_ok("UNLOCK_PI", futex(&pi_word, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL));
    t_eq("the word is free", pi_word, 0);
    t_err("UNLOCK_PI of a free word", futex(&pi_word, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL), EPERM);
    t_ok("TRYLOCK_PI", futex(&pi_word, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL));
    t_ok("UNLOCK_PI", futex(&pi_word, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL));
    pi_word = 0x3fff0000;   /* an owner that does not exist */
    t_err("LOCK_PI with a dead owner", futex(&pi_word, FUTEX_LOCK_PI_PRIVATE, 0, NULL), ESRCH);
    pi_word = 0;
    t_err("LOCK_PI misaligned", futex((uint32_t *)((char *)&pi_word + 1), FUTEX_LOCK_PI_PRIVATE, 0, NULL), EINVAL);
    t_err("LOCK_PI bad address", futex((uint32_t *)8, FUTEX_LOCK_PI_PRIVATE, 0, NULL), EFAULT);
}

static void *pi_try_other(void *arg)
{
    (void)arg;
    long r = futex(&pi_word, FUTEX_TRYLOCK_PI_PRIVATE, 0, NULL);
    return (void *)(r < 0 ? (long)errno : 0L);
}

static void pi_trylock_held(void)
{
    futex(&pi_word, FUTEX_LOCK_PI_PRIVATE, 0, NULL);
    pthread_t th;
    void *err;
    pthread_create(&th, NULL, pi_try_other, NULL);
    pthread_join(th, &err);
    t_str("TRYLOCK_PI of a held word", t_errname((int)(long)err), "EAGAIN");
    futex(&pi_word, FUTEX_UNLOCK_PI_PRIVATE, 0, NULL);
}

static pthread_mutex_t pi_mutex;
static long pi_counter;

static void *pi_worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < PI_ROUNDS; i++) {
        pthread_mutex_lock(&pi_mutex);
        long v = pi_counter;
        if (i % 64 == 0) {
            sched_yield();   /* let the others contend while we hold it */
        }
        pi_counter = v + 1;
        pthread_mutex_unlock(&pi_mutex);
    }
    return NULL;
}

static void pi_mutexes(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    t_eq("setprotocol(PRIO_INHERIT)", pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT), 0);
    pthread_mutex_init(&pi_mutex, &a);
    pthread_t th[PI_THREADS];
    for (int i = 0; i < PI_THREADS; i++) {
        pthread_create(&th[i], NULL, pi_worker, NULL);
    }
    for (int i = 0; i < PI_THREADS; i++) {
        pthread_join(th[i], NULL);
    }
    t_eq("PI mutex counter", pi_counter, (long)PI_THREADS * PI_ROUNDS);
    t_eq("PI mutex trylock", pthread_mutex_trylock(&pi_mutex), 0);
    t_eq("PI mutex unlock", pthread_mutex_unlock(&pi_mutex), 0);
}

static void on_alarm(int signo) { (void) signo; }

/* Waits on a word that keeps its value, with ts; an interval timer's SIGALRM (a handler without
 * SA_RESTART) ends a wait that would otherwise last for ever. */
static long wait_with_alarm(int op, const struct timespec *ts)
{
    static uint32_t word;
    struct itimerval in50ms = {{0, 0}, {0, 50000}}, off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &in50ms, NULL);
    long r = syscall(SYS_futex, &word, op, 0, ts, NULL, ~0u);
    setitimer(ITIMER_REAL, &off, NULL);
    return r;
}

static void timeouts(void)
{
    static uint32_t word;
    struct sigaction sa = {0};
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    struct timespec bad_nsec = {0, 1000000000}, negative = {-1, 0}, short_wait = {0, 1000};
    struct timespec huge = {INT64_MAX, 999999999};
    t_err("wait with tv_nsec of a second", futex(&word, FUTEX_WAIT_PRIVATE, 0, &bad_nsec), EINVAL);
    t_err("wait with a negative tv_sec", futex(&word, FUTEX_WAIT_PRIVATE, 0, &negative), EINVAL);
    t_err("wait with an unreadable timeout", futex(&word, FUTEX_WAIT_PRIVATE, 0, (struct timespec *) 8), EFAULT);
    t_err("wait that times out", futex(&word, FUTEX_WAIT_PRIVATE, 0, &short_wait), ETIMEDOUT);
    t_err("wait for ever (huge relative timeout), ended by a signal", wait_with_alarm(FUTEX_WAIT_PRIVATE, &huge), EINTR);
    t_err("wait until the end of time (absolute, monotonic), ended by a signal",
          wait_with_alarm(FUTEX_WAIT_BITSET_PRIVATE, &huge), EINTR);
    t_err("wait until the end of time (absolute, realtime), ended by a signal",
          wait_with_alarm(FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME, &huge), EINTR);
    sa.sa_handler = SIG_DFL;
    sigaction(SIGALRM, &sa, NULL);
}

static void many_children(void)
{
    int go[2];
    pipe(go);
    int started = 0;
    for (int i = 0; i < CHILDREN; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            char c;
            close(go[1]);
            _exit(read(go[0], &c, 1) == 0 ? 0 : 1);   /* all alive until the pipe closes */
        }
        if (pid > 0) {
            started++;
        }
    }
    close(go[1]);
    int ok = 0;
    for (int i = 0; i < started; i++) {
        int status;
        if (wait(&status) > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            ok++;
        }
    }
    close(go[0]);
    t_eq("children alive at once", started, CHILDREN);
    t_eq("children that ended well", ok, CHILDREN);
}

int main(void)
{
    t_init("futexlocks");
    robust_thread();
    robust_process();
    robust_list_calls();
    pi_raw();
    pi_trylock_held();
    pi_mutexes();
    timeouts();
    many_children();
    return t_done();
}
