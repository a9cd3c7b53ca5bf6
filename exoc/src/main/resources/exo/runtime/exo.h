/*
 * exo.h: the C side of compiled Java, included first by every file exoc generates.
 * It fixes the object layout (docs/RUNTIME.md), the class descriptor that exoc emits for
 * every class and array type, and the few inline helpers generated code uses for Java's
 * arithmetic rules. No libc: freestanding, for both the linux and the kernel target.
 */
#ifndef EXO_H
#define EXO_H

#include <stdint.h>
#include <stddef.h>

typedef int32_t jint;
typedef int64_t jlong;
typedef float jfloat;
typedef double jdouble;

typedef struct exo_class exo_class;

#include "exo_layout.h"

/* Field and element access. */
#define FLD(o, off, T) (*(T *)((char *)(o) + (off)))

/* Every object starts with this 8-byte header (exo_layout.h, docs/RUNTIME.md "Objects"):
 * a 32-bit class reference, the descriptor's address sign-extended (EXO_CLS), and the lock
 * and hash word of exo.rt.Monitors. Both are written at once, new objects and static ones
 * alike (`init`, EXO_HEADER_INIT): the 64-bit sign-extended address, one `movq $desc, (p)`
 * in either code model, which leaves the lock word at the address's upper half,
 * EXO_LOCK_INITIAL (0 on linux, 0xffffffff = "no hash" on the kernel). */
typedef union exo_obj {
    uint64_t init;
    struct {
        uint32_t cls_ref;
        uint32_t lock;    /* EXO_LOCK_INITIAL, a thin lock, an inflated monitor, or the hash */
    };
} exo_obj;
typedef exo_obj *jobj;

#define EXO_CLS(o) ((const exo_class *)(intptr_t)(int32_t)((jobj)(o))->cls_ref)
#define EXO_HEADER_INIT(desc) { .init = (uint64_t)(uintptr_t)(desc) }

/* Arrays: header, length, elements from offset 12 (1-, 2- and 4-byte elements) or 16
 * (8-byte elements, 8-aligned); so an int[1] takes 16 bytes. */
typedef struct exo_array {
    exo_obj hdr;
    jint length;
    char data[];      /* offset 12: the narrow elements; use EXO_ARRAY_DATA for others */
} exo_array;

#define EXO_ARRAY_DATA(elem_bytes) ((elem_bytes) == 8 ? EXO_ARRAY_DATA_WIDE : EXO_ARRAY_DATA_NARROW)

/* Class descriptor flags. */
#define EXO_ARRAY      0x01
#define EXO_REFARRAY   0x02
#define EXO_INTERFACE  0x04
#define EXO_PRIMITIVE  0x08
#define EXO_ABSTRACT   0x10
#define EXO_CLONEABLE  0x20

/* Emitted by exoc for every class, interface, array and primitive type the program uses.
 * exo.rt.ClassDesc mirrors the offsets of the fields the Java runtime reads. */
struct exo_class {
    jobj classObject;              /*  0: the java.lang.Class instance */
    const exo_class *super;        /*  8 */
    const exo_class *component;    /* 16: arrays: element type */
    const exo_class *arrayClass;   /* 24: the descriptor of T[], if the program uses it */
    const jint *refOffsets;        /* 32: reference field offsets, -1 terminated */
    jint instanceSize;             /* 40: bytes, header included (0 for arrays) */
    jint elemSize;                 /* 44: arrays: bytes per element */
    jint flags;                    /* 48 */
    jint id;                       /* 52: preorder number in the class tree */
    jint lastDescendant;           /* 56: largest id among subclasses */
    jint numInterfaces;            /* 60 */
    const exo_class *const *interfaces; /* 64: all superinterfaces */
    jobj (*enumValues)(void);      /* 72: enums: values() */
    void *vtable[];                /* 80 */
};

/* The two core library objects exoc emits as static data (layouts checked by exoc). */
typedef struct { exo_obj hdr; jobj value; jint hash; jint pad; } exo_string;
typedef struct { exo_obj hdr; jlong vmClass; jobj name; } exo_class_object;
#define CLASSDESC(c) ((const exo_class *)(uintptr_t)FLD(c, EXO_HEADER_BYTES, jlong))

/* Class initialisation (JVMS 5.5): 1 if the caller is to run the initialiser (the flag is
 * then 2), 0 if the class is initialised, erroneous (3) or this thread is initialising it;
 * on linux a thread waits while another one runs it. exo_init_leave sets the final state:
 * 1 done, 3 erroneous (the initialiser threw). */
int exo_init_enter(volatile int8_t *flag, jint *owner);
void exo_init_leave(volatile int8_t *flag, int8_t state);

#define EXO_LIKELY(x) __builtin_expect(!!(x), 1)
#define EXO_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* The runtime's per-thread state (docs/RUNTIME.md, "Threads"); exo.rt.ThreadBlock mirrors
 * the offsets. Linux: each thread's FS base points at its block, so a field is one
 * fs-relative access. Kernel: each kernel thread has a block too, and the per-CPU area
 * (GS) holds the running thread's block address at EXO_PERCPU_RUNTIME_BLOCK, which the
 * context switch replaces (exo_pending stays one global the threads switch themselves). */
typedef struct exo_thread {
    struct exo_thread *self;       /*   0 */
    jobj pending;                  /*   8: the pending exception (linux) */
    jlong tlab_cursor;             /*  16: the allocation buffer (exo.rt.Allocator) */
    jlong tlab_limit;              /*  24 */
    jint tlab_block;               /*  32 */
    jint tlab_next_line;           /*  36 */
    jlong overflow_cursor;         /*  40 */
    jlong overflow_limit;          /*  48 */
    jint state;                    /*  56: EXO_RUNNING, EXO_IN_NATIVE, EXO_AT_SAFEPOINT (a futex) */
    jint park;                     /*  60: park permit (a futex) */
    uintptr_t stack_low;           /*  64 */
    uintptr_t stack_high;          /*  72 */
    uintptr_t saved_sp;            /*  80: where the GC scans from while stopped */
    jobj thread_object;            /*  88: the java.lang.Thread (a GC root) */
    struct exo_thread *next;       /*  96: all threads, a list */
    jint kernel_tid;               /* 104: cleared by Linux when the thread is gone */
    jint id;                       /* 108: 1 for main, then 2, 3... */
    jlong map_base;                /* 112: the mapping holding stack and block */
    jlong map_size;                /* 120 */
    jint exited;                   /* 128: the thread has left Java for good */
    jint gc_helped;                /* 132: the last collection it helped mark (linux_threads.c) */
    jlong kept_hole_start;         /* 136: kernel: the hole kept over the last collection */
    jlong kept_hole_end;           /* 144:   (exo.rt.KeptHoles) */
    jlong zero_from;               /* 152: memory to zero after the heap lock (exo.rt.Allocator) */
    jlong zero_to;                 /* 160 */
} exo_thread;

#define EXO_RUNNING 0
#define EXO_IN_NATIVE 1
#define EXO_AT_SAFEPOINT 2

#ifdef EXO_LINUX
#define EXO_SELF ((__seg_fs exo_thread *)0)
/* The pending exception: set by a throw, tested after each call (docs/RUNTIME.md). */
#define exo_pending (EXO_SELF->pending)
/* Set while a collection wants every thread stopped: polled at loop back-edges. */
extern volatile jint exo_safepoint_requested;
void exo_safepoint_slow(void);
#define EXO_SAFEPOINT_POLL() do { if (EXO_UNLIKELY(exo_safepoint_requested)) exo_safepoint_slow(); } while (0)
#else
/* The boot thread's block; exo_kernel_gs_init (exo_kernel.c) points GS at a boot per-CPU
 * area naming it before the first allocation. The offset is the kernel's
 * arch.x86_64.trap.PerCpuArea.RUNTIME_BLOCK (PerCpuAreaTest checks the two agree). The
 * address loaded through GS is the running thread's whatever CPU the thread resumes on,
 * so gcc may keep it in a register across a preemption. */
extern exo_thread exo_kernel_thread;
#define EXO_PERCPU_RUNTIME_BLOCK 72
#define EXO_SELF ((exo_thread *)*(__seg_gs uintptr_t *)EXO_PERCPU_RUNTIME_BLOCK)
extern jobj exo_pending;
#endif
/* A field of the running thread's block by byte offset (exo.rt.Mem.loadThread64...). */
/* EXO_TL_STORE_ORDERED: a store made after every store before it (Mem.storeThread64Ordered).
 * Linux threads stop only at safepoints, so the order is not observable there. */
#ifdef EXO_LINUX
#define EXO_TL(T, off) (*(__seg_fs T *)(uintptr_t)(off))
#define EXO_TL_STORE_ORDERED(T, off, v) (EXO_TL(T, off) = (v))
#else
#define EXO_TL(T, off) (*(T *)((char *)EXO_SELF + (off)))
#define EXO_TL_STORE_ORDERED(T, off, v) __atomic_store_n(&EXO_TL(T, off), (T)(v), __ATOMIC_RELEASE)
#endif

#define ARRLEN(a) (((exo_array *)(a))->length)
#define ELEM(a, T, i) (((T *)((char *)(a) + EXO_ARRAY_DATA(sizeof(T))))[i])

static inline int exo_subclass_of(const exo_class *c, const exo_class *target) {
    return (uint32_t)(c->id - target->id) <= (uint32_t)(target->lastDescendant - target->id);
}

static inline int exo_implements(const exo_class *c, const exo_class *itf) {
    for (jint i = 0; i < c->numInterfaces; i++) {
        if (c->interfaces[i] == itf) {
            return 1;
        }
    }
    return 0;
}

int exo_assignable(const exo_class *from, const exo_class *to);

static inline int exo_instanceof(jobj o, const exo_class *target) {
    if (o == 0) {
        return 0;
    }
    const exo_class *c = EXO_CLS(o);
    if (c == target) {
        return 1;
    }
    return exo_assignable(c, target);
}

/* The kernel is compiled with -mgeneral-regs-only (EXO_FPU_FENCED), so that its code never
 * touches the user's FPU/SSE registers and the system-call entry need not save them; the few
 * functions that compute in floating point are compiled for SSE with EXO_FPU, and exoc wraps
 * each of them that is entered from general-register code in exo_fpu_fence (fxsave before,
 * fxrstor after: docs/RUNTIME.md, "Floating point in the kernel"). Elsewhere EXO_FPU is empty. */
#ifdef EXO_FPU_FENCED
#define EXO_FPU __attribute__((target("sse2")))
#define EXO_FPU_SAVE() char exo_fpu_area_[512] __attribute__((aligned(16))); \
    __asm__ volatile("fxsave64 %0" : "=m"(*(char (*)[512])exo_fpu_area_) :: "memory")
#define EXO_FPU_RESTORE() __asm__ volatile("fxrstor64 %0" :: "m"(*(char (*)[512])exo_fpu_area_) : "memory")
#else
#define EXO_FPU
#endif

/* Java's conversions from floating point saturate, and NaN becomes 0 (JLS 5.1.3). */
static inline EXO_FPU jint exo_d2i(jdouble d) {
    if (d != d) return 0;
    if (d >= 2147483647.0) return 2147483647;
    if (d <= -2147483648.0) return (jint)0x80000000u;
    return (jint)d;
}

static inline EXO_FPU jlong exo_d2l(jdouble d) {
    if (d != d) return 0;
    if (d >= 9223372036854775807.0) return INT64_MAX;
    if (d <= -9223372036854775808.0) return INT64_MIN;
    return (jlong)d;
}

static inline EXO_FPU jint exo_fcmpl(jdouble a, jdouble b) { return a > b ? 1 : (a == b ? 0 : -1); }
static inline EXO_FPU jint exo_fcmpg(jdouble a, jdouble b) { return a < b ? -1 : (a == b ? 0 : 1); }
static inline jint exo_lcmp(jlong a, jlong b) { return (a > b) - (a < b); }

static inline jint exo_idiv(jint a, jint b) { return b == -1 ? (jint)(0u - (uint32_t)a) : a / b; }
static inline jint exo_irem(jint a, jint b) { return b == -1 ? 0 : a % b; }
static inline jlong exo_ldiv(jlong a, jlong b) { return b == -1 ? (jlong)(0ull - (uint64_t)a) : a / b; }
static inline jlong exo_lrem(jlong a, jlong b) { return b == -1 ? 0 : a % b; }

EXO_FPU jdouble exo_fmod(jdouble a, jdouble b);

static inline EXO_FPU jfloat exo_fbits(uint32_t bits) { union { uint32_t i; jfloat f; } u; u.i = bits; return u.f; }
static inline EXO_FPU jdouble exo_dbits(uint64_t bits) { union { uint64_t i; jdouble d; } u; u.i = bits; return u.d; }
static inline EXO_FPU uint32_t exo_fraw(jfloat f) { union { uint32_t i; jfloat f; } u; u.f = f; return u.i; }
static inline EXO_FPU uint64_t exo_draw(jdouble d) { union { uint64_t i; jdouble d; } u; u.d = d; return u.i; }

void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);

void exo_fatal(const char *msg) __attribute__((noreturn));

/* Provided by the target's glue (linux.c or the kernel). */
void exo_platform_write(jint fd, const void *buf, jlong len);
void exo_platform_exit(jint status) __attribute__((noreturn));
jlong exo_platform_nanotime(void);
jlong exo_platform_millis(void);
/* The bounds of the heap region the GC manages. */
void exo_platform_heap(jlong wanted, jlong *base, jlong *size);
/* Highest address of the current stack (roots are scanned from sp up to it). */
extern uintptr_t exo_stack_top;

#ifdef EXO_LINUX
/* Threads (linux.c): exo.rt.VM's thread natives. */
void exo_thread_main(jobj thread);   /* program.c: runs a new thread's Java side */
void exo_gc_help(void);              /* program.c: exo.rt.Heap.helpCollect, or nothing */
jint exo_locked_hash(jobj o, jint word); /* program.c: exo.rt.Monitors.lockedHash */
jlong exo_thread_start(jobj thread, jlong stack_bytes);
void exo_stop_world(void);
void exo_resume_world(void);
jint exo_thread_count(void);
jlong exo_thread_block(jint i);
void exo_heap_lock(void);
void exo_heap_unlock(void);
void exo_park(jlong timeout_nanos);
void exo_unpark(jlong block);
void exo_thread_yield(void);
void exo_thread_exit(void);
jint exo_cpu_count(void);
/* exo.rt.Syscall (SyscallIntrinsics): a system call made in native state (linux_threads.c), so
 * that a thread blocked in read(2) does not hold up a collection; and envp from _start. */
jlong exo_syscall6_native(jlong n, jlong a, jlong b, jlong c, jlong d, jlong e, jlong f);
extern char **exo_envp;
/* exo.rt.Syscall.spawn: fork and exec for ProcessBuilder, the child side in C (linux.c). */
jlong exo_spawn(jlong path, jlong argv, jlong envp, jlong fds, jlong cwd, jlong err_fd);
#endif

/* linux target: a raw system call (exo.rt.Syscall.syscall6) and the environment from _start. */
extern char **exo_envp;
static inline jlong exo_syscall6(jlong n, jlong a, jlong b, jlong c, jlong d, jlong e, jlong f) {
    register jlong r10 __asm__("r10") = d;
    register jlong r8 __asm__("r8") = e;
    register jlong r9 __asm__("r9") = f;
    jlong ret;
    __asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

/* linux target: exo.sys's signal handlers (linux.c, exo.rt.SysSupport): the C handler only
 * records the signal in exo_signals_pending (bit sig-1); Java runs its handler at a poll. */
extern unsigned long exo_signals_pending;
void exo_signal_handler(int sig);
void exo_signal_restorer(void);

#endif
