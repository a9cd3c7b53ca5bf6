/*
 * threads.c - threads: pthread_create/join (clone with the flags musl uses), a mutex and a
 * condition variable under contention, atomics, per-thread gettid and TLS, raw futex calls
 * (WAIT/WAKE/WAIT_BITSET/REQUEUE, timeouts, errors), set_tid_address, and a raw clone with
 * CLONE_PARENT_SETTID/CLONE_CHILD_SETTID/CLONE_CHILD_CLEARTID whose exit clears and wakes
 * the tid word. Run by tools/ctest/run on Linux and Exo-OS; output compared line by line.
 */
#define _GNU_SOURCE
#include "check.h"

#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

enum { THREADS = 4, INCREMENTS = 20000 };
/* futex(2) operation codes (no kernel headers with musl-gcc) */
enum {
    FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_REQUEUE = 3, FUTEX_WAIT_BITSET = 9, FUTEX_PRIVATE = 128,
    FUTEX_WAIT_PRIVATE = FUTEX_WAIT | FUTEX_PRIVATE, FUTEX_WAKE_PRIVATE = FUTEX_WAKE | FUTEX_PRIVATE,
    FUTEX_REQUEUE_PRIVATE = FUTEX_REQUEUE | FUTEX_PRIVATE,
    FUTEX_WAIT_BITSET_PRIVATE = FUTEX_WAIT_BITSET | FUTEX_PRIVATE,
};

static long futex(int *word, int op, int val, const struct timespec *timeout, int *word2, int val3)
{
    return syscall(SYS_futex, word, op, val, timeout, word2, val3);
}

static long my_tid(void)
{
    return syscall(SYS_gettid);
}

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static long locked_counter, atomic_counter;
static __thread long tls_value;
static long tids[THREADS];

static void *worker(void *arg)
{
    long index = (long)arg;
    tls_value = index * 100;
    tids[index] = my_tid();
    for (int i = 0; i < INCREMENTS; i++) {
        pthread_mutex_lock(&lock);
        locked_counter++;
        pthread_mutex_unlock(&lock);
        __atomic_fetch_add(&atomic_counter, 1, __ATOMIC_SEQ_CST);
        if (i % 1000 == 0)
            sched_yield();
    }
    int pid_same = getpid() == (pid_t)syscall(SYS_getpid);
    return (void *)(tls_value + pid_same);
}

static void create_join(void)
{
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++)
        if (pthread_create(&t[i], NULL, worker, (void *)i) != 0)
            t_check("pthread_create", 0);
    long sum = 0;
    for (int i = 0; i < THREADS; i++) {
        void *ret;
        pthread_join(t[i], &ret);
        sum += (long)ret;
    }
    t_eq("joined return values (TLS per thread, same pid)", sum, 0 + 100 + 200 + 300 + THREADS);
    t_eq("mutex-protected counter", locked_counter, THREADS * INCREMENTS);
    t_eq("atomic counter", atomic_counter, THREADS * INCREMENTS);
    int distinct = 1;
    for (int i = 0; i < THREADS; i++)
        for (int j = 0; j < i; j++)
            distinct &= tids[i] != tids[j] && tids[i] != getpid();
    t_check("every thread had its own tid, none the pid", distinct);
    t_eq("main thread's TLS untouched", tls_value, 0);
}

static int queue_items, queue_done;

static void *consumer(void *arg)
{
    (void)arg;
    long taken = 0;
    pthread_mutex_lock(&lock);
    for (;;) {
        while (queue_items == 0 && !queue_done)
            pthread_cond_wait(&cond, &lock);
        if (queue_items == 0 && queue_done)
            break;
        queue_items--;
        taken++;
    }
    pthread_mutex_unlock(&lock);
    return (void *)taken;
}

static void condvar(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, consumer, NULL);
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&lock);
        queue_items++;
        pthread_cond_signal(&cond);
        pthread_mutex_unlock(&lock);
    }
    pthread_mutex_lock(&lock);
    queue_done = 1;
    pthread_cond_broadcast(&cond);
    pthread_mutex_unlock(&lock);
    void *a, *b;
    pthread_join(t[0], &a);
    pthread_join(t[1], &b);
    t_eq("1000 items through a condition variable", (long)a + (long)b, 1000);
}

static int futex_word, woken_flag;

static void *futex_waiter(void *arg)
{
    (void)arg;
    while (__atomic_load_n(&futex_word, __ATOMIC_SEQ_CST) == 0)
        futex(&futex_word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
    __atomic_store_n(&woken_flag, 1, __ATOMIC_SEQ_CST);
    return NULL;
}

static int requeue_a, requeue_b, mixed_word;

/* waits on a shared futex (no FUTEX_PRIVATE) in private memory, as musl's thread-list lock */
static void *shared_waiter(void *arg)
{
    (void)arg;
    while (__atomic_load_n(&mixed_word, __ATOMIC_SEQ_CST) == 0)
        futex(&mixed_word, FUTEX_WAIT, 0, NULL, NULL, 0);
    return NULL;
}

static void *requeue_waiter(void *arg)
{
    (void)arg;
    futex(&requeue_a, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
    return NULL;
}

/* Repeats op until the results add up to want (waiters may not be asleep yet); 5 s at most. */
static long until_total(int *word, int op, int val, int *word2, long want)
{
    long total = 0;
    for (int tries = 0; tries < 5000 && total < want; tries++) {
        long r = futex(word, op, val, (const struct timespec *)(uintptr_t)INT_MAX, word2, 0);
        if (r > 0)
            total += r;
        else
            usleep(1000);
    }
    return total;
}

static void futexes(void)
{
    int word = 5;
    struct timespec ten_ms = { 0, 10 * 1000 * 1000 };
    t_err("FUTEX_WAIT with the wrong value", futex(&word, FUTEX_WAIT_PRIVATE, 4, NULL, NULL, 0), EAGAIN);
    t_err("FUTEX_WAIT times out", futex(&word, FUTEX_WAIT_PRIVATE, 5, &ten_ms, NULL, 0), ETIMEDOUT);
    t_eq("FUTEX_WAKE with no waiter", futex(&word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0), 0);
    t_err("FUTEX_WAIT_BITSET with bitset 0", futex(&word, FUTEX_WAIT_BITSET_PRIVATE, 5, NULL, NULL, 0), EINVAL);
    t_err("unknown futex op", futex(&word, 99, 0, NULL, NULL, 0), ENOSYS);
    t_err("FUTEX_WAIT on a bad address", futex((int *)8, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0), EFAULT);
    t_err("FUTEX_WAIT on a misaligned address", futex((int *)((char *)&word + 1), FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0), EINVAL);
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_nsec += 10 * 1000 * 1000;
    if (deadline.tv_nsec >= 1000000000)
        deadline.tv_sec++, deadline.tv_nsec -= 1000000000;
    t_err("FUTEX_WAIT_BITSET absolute deadline", futex(&word, FUTEX_WAIT_BITSET_PRIVATE, 5, &deadline, NULL, -1), ETIMEDOUT);

    pthread_t t;
    pthread_create(&t, NULL, futex_waiter, NULL);
    usleep(20 * 1000);
    __atomic_store_n(&futex_word, 1, __ATOMIC_SEQ_CST);
    futex(&futex_word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    pthread_join(t, NULL);
    t_eq("a waiting thread woken by FUTEX_WAKE", woken_flag, 1);

    pthread_t w[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&w[i], NULL, requeue_waiter, NULL);
    /* val = 0 to wake, INT_MAX (passed in the timeout slot) to move */
    t_eq("FUTEX_REQUEUE moved both waiters", until_total(&requeue_a, FUTEX_REQUEUE_PRIVATE, 0, &requeue_b, 2), 2);
    t_eq("FUTEX_WAKE on the new word woke both", until_total(&requeue_b, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, 2), 2);
    pthread_join(w[0], NULL);
    pthread_join(w[1], NULL);

    pthread_create(&t, NULL, shared_waiter, NULL);
    usleep(20 * 1000);
    t_eq("a private FUTEX_WAKE does not end a shared wait", futex(&mixed_word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0), 0);
    t_eq("a shared FUTEX_WAKE does, in private memory", until_total(&mixed_word, FUTEX_WAKE, 1, NULL, 1), 1);
    __atomic_store_n(&mixed_word, 1, __ATOMIC_SEQ_CST);
    futex(&mixed_word, FUTEX_WAKE, 1, NULL, NULL, 0);
    pthread_join(t, NULL);
}

/* ---- a raw clone: the child runs fn(arg) on its own stack and exits the thread ---- */
long raw_clone(unsigned long flags, void *stack_top, int *ptid, int *ctid, int (*fn)(void *), void *arg);
__asm__(".text\n"
        ".globl raw_clone\n"
        "raw_clone:\n"
        "  sub $16, %rsi\n"
        "  mov %r8, 0(%rsi)\n"      /* fn, popped by the child */
        "  mov %r9, 8(%rsi)\n"      /* arg */
        "  mov %rcx, %r10\n"        /* ctid: the fourth argument of the system call */
        "  xor %r8d, %r8d\n"        /* tls: unused (no CLONE_SETTLS) */
        "  mov $56, %eax\n"         /* SYS_clone */
        "  syscall\n"
        "  test %rax, %rax\n"
        "  jnz 1f\n"
        "  pop %rax\n"
        "  pop %rdi\n"
        "  call *%rax\n"
        "  mov %eax, %edi\n"
        "  mov $60, %eax\n"         /* SYS_exit: this thread only */
        "  syscall\n"
        "  hlt\n"
        "1: ret\n");

static volatile int clone_saw_ctid, clone_tid;
static int child_tid_word, parent_tid_word;

/* Runs without TLS of its own: raw system calls only, no errno. */
static int clone_child(void *arg)
{
    long tid;
    __asm__ volatile("syscall" : "=a"(tid) : "a"(SYS_gettid) : "rcx", "r11", "memory");
    clone_tid = (int)tid;
    clone_saw_ctid = *(volatile int *)arg;
    return 0;
}

static void raw_clone_cleartid(void)
{
    enum { STACK_BYTES = 64 * 1024 };
    char *stack = malloc(STACK_BYTES);
    unsigned long flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
                          CLONE_SYSVSEM | CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID;
    child_tid_word = -1;
    long tid = raw_clone(flags, stack + STACK_BYTES, &parent_tid_word, &child_tid_word, clone_child, &child_tid_word);
    t_check("clone returned a tid", tid > 0);
    int v;
    for (int tries = 0; tries < 5000 && (v = __atomic_load_n(&child_tid_word, __ATOMIC_SEQ_CST)) != 0; tries++)
        futex(&child_tid_word, FUTEX_WAIT, v, &(struct timespec){ 0, 1000000 }, NULL, 0);
    t_eq("CLONE_CHILD_CLEARTID: tid word cleared at thread exit", child_tid_word, 0);
    t_check("CLONE_PARENT_SETTID wrote the tid", parent_tid_word == tid);
    t_check("CLONE_CHILD_SETTID: the child saw its tid there", clone_saw_ctid == tid && clone_tid == tid);
    free(stack);
    t_check("set_tid_address returns the caller's tid", syscall(SYS_set_tid_address, &child_tid_word) == my_tid());
}

int main(void)
{
    t_init("threads");
    create_join();
    condvar();
    futexes();
    raw_clone_cleartid();
    return t_done();
}
