/*
 * linux_threads.c: Java threads on Linux without libc, beneath exo.rt.Threads and
 * java.lang.Thread. Each thread has one mapping: a guard page, its stack, an alternate
 * signal stack and its runtime block (exo_thread, exo.h), at which its FS base points. This
 * file creates threads (clone), parks and unparks them (futex), keeps the list of threads,
 * and stops them all for a collection.
 *
 * Stopping the world: a thread is RUNNING while it runs Java code; it is IN_NATIVE while it
 * blocks here (park, a lock) or at a safepoint, with its callee-saved registers spilled and
 * its stack pointer saved, so that the collector can scan [saved_sp, stack_high). The
 * collector sets exo_safepoint_requested, then waits until no other thread is RUNNING:
 * compiled code polls the flag at loop back-edges (EXO_SAFEPOINT_POLL), and a thread leaving
 * native code re-checks it after announcing it runs again (Dekker-style, both sides with
 * sequentially consistent accesses), so no thread runs Java code during a collection.
 *
 * While stopped, a thread waiting here helps the collector mark (exo_gc_help_open: the
 * collection's ParallelMarker is open), then waits on.
 *
 * Locks taken while others may wait for a safepoint are taken in native state. The heap lock
 * (exo.rt.Heap's slow path and collections) and the thread list's lock are futex mutexes.
 */
#include "exo.h"

long exo_sys6(long n, long a, long b, long c, long d, long e, long f);
void exo_set_alt_stack(void *base, size_t size);

#define SYS_mmap 9
#define SYS_mprotect 10
#define SYS_sched_yield 24
#define SYS_clone 56
#define SYS_exit 60
#define SYS_futex 202
#define FUTEX_WAIT_PRIVATE 128
#define FUTEX_WAKE_PRIVATE 129
#define CLONE_FLAGS (0x100 | 0x200 | 0x400 | 0x800 | 0x10000 | 0x40000 | 0x80000 | 0x100000 | 0x200000)
/* CLONE_VM FS FILES SIGHAND THREAD SYSVSEM SETTLS PARENT_SETTID CHILD_CLEARTID */
#define PAGE 4096
#define ALT_STACK_BYTES 16384

volatile jint exo_safepoint_requested;
static exo_thread *threads;            /* the main thread first */
static volatile jint threads_lock;
static volatile jint heap_lock;
static exo_thread *reusable;           /* mappings of ended threads */
static jint next_id = 2;

long exo_clone(long flags, void *stack, jint *ptid, jint *ctid, void *tls, void (*fn)(exo_thread *), exo_thread *arg);

/* The child starts on its new stack with fn and arg on it, calls fn(arg), then ends. */
__asm__(".globl exo_clone\n"
        "exo_clone:\n"
        "    mov 8(%rsp), %rax\n"        /* arg */
        "    sub $16, %rsi\n"
        "    mov %rax, 8(%rsi)\n"
        "    mov %r9, (%rsi)\n"          /* fn */
        "    mov %rcx, %r10\n"
        "    mov $56, %eax\n"            /* SYS_clone */
        "    syscall\n"
        "    test %rax, %rax\n"
        "    jnz 1f\n"
        "    xor %ebp, %ebp\n"
        "    pop %rax\n"
        "    pop %rdi\n"
        "    call *%rax\n"
        "    mov $60, %eax\n"            /* SYS_exit: only this thread */
        "    xor %edi, %edi\n"
        "    syscall\n"
        "    hlt\n"
        "1:  ret\n");

static void futex_wait(volatile jint *addr, jint expected, jlong timeout_nanos) {
    struct { long sec, nsec; } ts = { timeout_nanos / 1000000000, timeout_nanos % 1000000000 };
    exo_sys6(SYS_futex, (long)addr, FUTEX_WAIT_PRIVATE, expected, timeout_nanos < 0 ? 0 : (long)&ts, 0, 0);
}

static void futex_wake(volatile jint *addr, jint count) {
    exo_sys6(SYS_futex, (long)addr, FUTEX_WAKE_PRIVATE, count, 0, 0, 0);
}

/* A futex mutex: 0 free, 1 locked, 2 locked with waiters (Drepper, "Futexes Are Tricky"). */
static int mutex_try(volatile jint *m) {
    return __sync_bool_compare_and_swap(m, 0, 1);
}

static void mutex_wait(volatile jint *m) {
    jint c = __atomic_exchange_n(m, 2, __ATOMIC_SEQ_CST);
    while (c != 0) {
        futex_wait(m, 2, -1);
        c = __atomic_exchange_n(m, 2, __ATOMIC_SEQ_CST);
    }
}

static void mutex_unlock(volatile jint *m) {
    if (__atomic_exchange_n(m, 0, __ATOMIC_SEQ_CST) == 2) {
        futex_wake(m, 1);
    }
}

/* Spill the callee-saved registers into this frame and publish the stack pointer: from here
 * on the collector may scan this thread. Only in a function that is not inlined. */
#define ENTER_NATIVE(self) do { \
        __builtin_unwind_init(); \
        uintptr_t sp_; \
        __asm__ volatile("mov %%rsp, %0" : "=r"(sp_)); \
        (self)->saved_sp = sp_; \
        __atomic_store_n(&(self)->state, EXO_IN_NATIVE, __ATOMIC_SEQ_CST); \
        futex_wake(&(self)->state, 1); \
    } while (0)

/* Back to Java code, after any collection in progress. Call it through LEAVE_NATIVE from
 * the function that ran ENTER_NATIVE. */
/* exo_safepoint_requested: 0 none, 1 stop, EXO_GC_HELP stopped and the marking open to
 * helpers (a new value, so that the waiters' futex_wait returns). The collection count of
 * the last opening tells a waiter whether it has helped in this one already. */
#define EXO_GC_HELP 2
static volatile jint gc_help_generation;

/* In native state: helps the collection's marking once, if it is open; did it? It runs
 * below the frame that spilled the registers, which the collector has scanned already. */
static int maybe_help(exo_thread *self) {
    if (__atomic_load_n(&exo_safepoint_requested, __ATOMIC_SEQ_CST) != EXO_GC_HELP
            || self->gc_helped == gc_help_generation) {
        return 0;
    }
    self->gc_helped = gc_help_generation;
    exo_gc_help();
    return 1;
}

static void leave_native(exo_thread *self) {
    for (;;) {
        __atomic_store_n(&self->state, EXO_RUNNING, __ATOMIC_SEQ_CST);
        if (!__atomic_load_n(&exo_safepoint_requested, __ATOMIC_SEQ_CST)) {
            return;
        }
        __atomic_store_n(&self->state, EXO_AT_SAFEPOINT, __ATOMIC_SEQ_CST);
        futex_wake(&self->state, 1);
        jint r;
        while ((r = __atomic_load_n(&exo_safepoint_requested, __ATOMIC_SEQ_CST)) != 0) {
            if (maybe_help(self)) {
                continue;
            }
            futex_wait(&exo_safepoint_requested, r, -1);
        }
    }
}

/* While leave_native waits for a collection to end, the collector still scans this thread's
 * stack from saved_sp, so the frame that spilled the callee-saved registers (ENTER_NATIVE)
 * must stay in place until leave_native returns. A plain call in tail position would let
 * gcc restore the registers, pop that frame and jump to leave_native, whose own frame then
 * overwrites the spill slots: a reference held only in a callee-saved register was missed
 * and its object freed (threads_gc_alloc lost a live array this way). The empty asm after
 * the call keeps it from being a tail call. */
#define LEAVE_NATIVE(self) do { leave_native(self); __asm__ volatile("" ::: "memory"); } while (0)

/* The thread that stopped the world, which runs the collection meanwhile. */
static exo_thread *volatile world_stopper;

__attribute__((noinline)) void exo_safepoint_slow(void) {
    exo_thread *self = EXO_SELF->self;
    if (self == world_stopper) {
        return;   /* the collector's own loops */
    }
    ENTER_NATIVE(self);
    LEAVE_NATIVE(self);
}

/*
 * exo.rt.Syscall.syscall6: a system call made in native state, since any of them may block
 * (read on a pipe or a terminal, wait4...) and a blocked RUNNING thread would hold up every
 * collection. Unlike ENTER_NATIVE it wakes a waiting collector only when one has asked for a
 * safepoint (state stored, then the request read, both sequentially consistent: the
 * collector stores its request before it reads the states), so an ordinary write(2) costs
 * no extra system call. The buffers stay valid: the collector does not move objects, and the
 * caller's frame keeps them alive.
 */
__attribute__((noinline)) jlong exo_syscall6_native(jlong n, jlong a, jlong b, jlong c, jlong d, jlong e, jlong f) {
    exo_thread *self = EXO_SELF->self;
    __builtin_unwind_init();
    uintptr_t sp;
    __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
    self->saved_sp = sp;
    __atomic_store_n(&self->state, EXO_IN_NATIVE, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&exo_safepoint_requested, __ATOMIC_SEQ_CST)) {
        futex_wake(&self->state, 1);
    }
    jlong r = exo_sys6(n, a, b, c, d, e, f);
    LEAVE_NATIVE(self);
    return r;
}

/* Locks taken by threads that the collector may be waiting for. */
__attribute__((noinline)) static void lock_in_native(volatile jint *m) {
    if (mutex_try(m)) {
        return;
    }
    exo_thread *self = EXO_SELF->self;
    ENTER_NATIVE(self);
    mutex_wait(m);
    LEAVE_NATIVE(self);
}

void exo_threads_init(exo_thread *main_thread) {
    threads = main_thread;
}

/* The heap lock: a thread waiting for it while another collects helps mark (the collector
 * holds the lock for the whole collection; exo_gc_help_open wakes the waiters). A wake-up
 * that comes between the test and futex_wait is lost: the thread then only waits. */
__attribute__((noinline)) void exo_heap_lock(void) {
    if (mutex_try(&heap_lock)) {
        return;
    }
    exo_thread *self = EXO_SELF->self;
    ENTER_NATIVE(self);
    jint c = __atomic_exchange_n(&heap_lock, 2, __ATOMIC_SEQ_CST);
    while (c != 0) {
        maybe_help(self);
        futex_wait(&heap_lock, 2, -1);
        c = __atomic_exchange_n(&heap_lock, 2, __ATOMIC_SEQ_CST);
    }
    LEAVE_NATIVE(self);
}

void exo_heap_unlock(void) {
    mutex_unlock(&heap_lock);
}

/* Called with the heap lock held: every other thread is stopped when it returns. The
 * thread list's lock stays held until exo_resume_world, so no thread starts or ends. */
void exo_stop_world(void) {
    exo_thread *self = EXO_SELF->self;
    if (!mutex_try(&threads_lock)) {
        mutex_wait(&threads_lock);   /* its holders are in native state: they do not wait for us */
    }
    world_stopper = self;
    __atomic_store_n(&exo_safepoint_requested, 1, __ATOMIC_SEQ_CST);
    for (exo_thread *t = threads; t != 0; t = t->next) {
        if (t == self) {
            continue;
        }
        while (__atomic_load_n(&t->state, __ATOMIC_SEQ_CST) == EXO_RUNNING) {
            futex_wait(&t->state, EXO_RUNNING, 10000000);
        }
    }
}

/* ParallelMarker is open: the threads waiting in leave_native join it (exo_gc_help). */
void exo_gc_help_open(void) {
    gc_help_generation++;
    __atomic_store_n(&exo_safepoint_requested, EXO_GC_HELP, __ATOMIC_SEQ_CST);
    futex_wake(&exo_safepoint_requested, 0x7fffffff);
    futex_wake(&heap_lock, 0x7fffffff);
}

void exo_resume_world(void) {
    world_stopper = 0;
    __atomic_store_n(&exo_safepoint_requested, 0, __ATOMIC_SEQ_CST);
    futex_wake(&exo_safepoint_requested, 0x7fffffff);
    mutex_unlock(&threads_lock);
}

/* The thread list, while the world is stopped. */
jint exo_thread_count(void) {
    jint n = 0;
    for (exo_thread *t = threads; t != 0; t = t->next) {
        n++;
    }
    return n;
}

jlong exo_thread_block(jint i) {
    exo_thread *t = threads;
    while (i-- > 0 && t != 0) {
        t = t->next;
    }
    return (jlong)(uintptr_t)t;
}

__attribute__((noinline)) void exo_park(jlong timeout_nanos) {
    exo_thread *self = EXO_SELF->self;
    if (__atomic_exchange_n(&self->park, 0, __ATOMIC_SEQ_CST) == 1 || timeout_nanos == 0) {
        return;
    }
    ENTER_NATIVE(self);
    futex_wait(&self->park, 0, timeout_nanos);
    LEAVE_NATIVE(self);
    __atomic_store_n(&self->park, 0, __ATOMIC_SEQ_CST);
}

void exo_unpark(jlong block) {
    exo_thread *t = (exo_thread *)(uintptr_t)block;
    if (__atomic_exchange_n(&t->park, 1, __ATOMIC_SEQ_CST) == 0) {
        futex_wake(&t->park, 1);
    }
}

void exo_thread_yield(void) {
    exo_sys6(SYS_sched_yield, 0, 0, 0, 0, 0, 0);
}

static void thread_entry(exo_thread *t) {
    exo_set_alt_stack((void *)t->stack_high, ALT_STACK_BYTES);
    leave_native(t);
    exo_thread_main(t->thread_object);
    exo_thread_exit();
}

/* The end of a thread: off the list, its mapping kept for a later thread (once Linux has
 * cleared kernel_tid, the stack is no longer in use), then exit(2) of this thread only. */
__attribute__((noinline)) void exo_thread_exit(void) {
    exo_thread *self = EXO_SELF->self;
    ENTER_NATIVE(self);
    mutex_wait(&threads_lock);
    exo_thread **p = &threads;
    while (*p != self) {
        p = &(*p)->next;
    }
    *p = self->next;
    self->thread_object = 0;
    self->exited = 1;
    self->next = reusable;
    reusable = self;
    mutex_unlock(&threads_lock);
    for (;;) {
        exo_sys6(SYS_exit, 0, 0, 0, 0, 0, 0);
    }
}

/* A mapping for a thread with stack_bytes of stack: a reused one, or a new one (or 0). */
static exo_thread *new_block(jlong stack_bytes) {
    for (exo_thread **p = &reusable; *p != 0; p = &(*p)->next) {
        exo_thread *t = *p;
        if (__atomic_load_n(&t->kernel_tid, __ATOMIC_SEQ_CST) == 0 && t->stack_high - t->stack_low >= (uintptr_t)stack_bytes) {
            *p = t->next;
            jlong base = t->map_base, size = t->map_size;
            uintptr_t low = t->stack_low, high = t->stack_high;
            memset(t, 0, sizeof *t);
            t->map_base = base;
            t->map_size = size;
            t->stack_low = low;
            t->stack_high = high;
            return t;
        }
    }
    jlong size = PAGE + stack_bytes + ALT_STACK_BYTES + PAGE;
    /* PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE|MAP_STACK */
    long base = exo_sys6(SYS_mmap, 0, size, 3, 0x22 | 0x4000 | 0x20000, -1, 0);
    if (base < 0 && base > -4096) {
        return 0;
    }
    exo_sys6(SYS_mprotect, base, PAGE, 0, 0, 0, 0);   /* the guard page */
    exo_thread *t = (exo_thread *)(base + size - PAGE);
    t->map_base = base;
    t->map_size = size;
    t->stack_low = base + PAGE;
    t->stack_high = base + PAGE + stack_bytes;
    return t;
}

/* Starts a thread running exo.rt.Threads.run(thread); its runtime block, or 0 if it cannot be
 * created. */
__attribute__((noinline)) jlong exo_thread_start(jobj thread, jlong stack_bytes) {
    exo_thread *self = EXO_SELF->self;
    stack_bytes = (stack_bytes + PAGE - 1) & -(jlong)PAGE;
    ENTER_NATIVE(self);
    mutex_wait(&threads_lock);
    exo_thread *t = new_block(stack_bytes);
    if (t != 0) {
        t->self = t;
        t->thread_object = thread;
        t->state = EXO_IN_NATIVE;
        t->saved_sp = t->stack_high;   /* nothing to scan until it runs */
        t->id = next_id++;
        t->kernel_tid = -1;
        exo_thread **p = &threads;
        while (*p != 0) {
            p = &(*p)->next;
        }
        *p = t;
    }
    mutex_unlock(&threads_lock);
    jlong block = 0;
    if (t != 0) {
        long r = exo_clone(CLONE_FLAGS, (void *)(t->stack_high & -16ul), &t->kernel_tid, &t->kernel_tid, t, thread_entry, t);
        if (r < 0) {
            mutex_wait(&threads_lock);
            exo_thread **p = &threads;
            while (*p != t) {
                p = &(*p)->next;
            }
            *p = t->next;
            t->thread_object = 0;
            t->kernel_tid = 0;
            t->next = reusable;
            reusable = t;
            mutex_unlock(&threads_lock);
        } else {
            block = (jlong)(uintptr_t)t;
        }
    }
    LEAVE_NATIVE(self);
    return block;
}

/* Class initialisation (JVMS 5.5): one thread runs a class's initialiser, the others wait
 * for it (in native state: it may allocate and collect); a recursive use by the initialising
 * thread proceeds. */
static volatile jint init_lock;
static volatile jint init_generation;

__attribute__((noinline)) int exo_init_enter(volatile int8_t *flag, jint *owner) {
    exo_thread *self = EXO_SELF->self;
    lock_in_native(&init_lock);
    for (;;) {
        int8_t f = *flag;
        if (f == 1 || f == 3 || (f == 2 && *owner == self->id)) {
            mutex_unlock(&init_lock);
            return 0;
        }
        if (f == 0) {
            *flag = 2;
            *owner = self->id;
            mutex_unlock(&init_lock);
            return 1;
        }
        jint generation = init_generation;
        mutex_unlock(&init_lock);
        ENTER_NATIVE(self);
        futex_wait(&init_generation, generation, -1);
        LEAVE_NATIVE(self);
        lock_in_native(&init_lock);
    }
}

void exo_init_leave(volatile int8_t *flag, int8_t state) {
    lock_in_native(&init_lock);
    __atomic_store_n(flag, state, __ATOMIC_SEQ_CST);
    init_generation++;
    mutex_unlock(&init_lock);
    futex_wake(&init_generation, 0x7fffffff);
}

/* CPUs this process may run on: the bits of sched_getaffinity's mask (at least 1). */
jint exo_cpu_count(void) {
    uint64_t mask[16] = {0};
    long n = exo_sys6(204, 0, sizeof mask, (long)mask, 0, 0, 0);   /* SYS_sched_getaffinity */
    jint count = 0;
    for (long i = 0; i < n / 8; i++) {
        for (uint64_t m = mask[i]; m != 0; m &= m - 1) {   /* no libgcc: count bits by hand */
            count++;
        }
    }
    return count > 0 ? count : 1;
}
