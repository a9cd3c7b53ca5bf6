/*
 * exo_rt.c: runtime glue shared by both targets, included by exoc into each generated
 * program after the prototypes, so it can call the Java runtime (exo.rt) through the
 * EXO_RT_* macros. Only what Java cannot express lives here: the pending-exception global,
 * allocation entry points, register spilling for the GC, memset/memcpy, fmod.
 */

#ifndef EXO_LINUX
jobj exo_pending;
exo_thread exo_kernel_thread = { .self = &exo_kernel_thread };
#endif
uintptr_t exo_stack_top;
extern jobj exo_method_class[], exo_method_name[], exo_method_file[];
extern const jint exo_method_count;
extern jobj exo_string_literals[];
extern const jint exo_string_literal_count;
extern jobj *const exo_static_roots[];
extern const jint exo_static_root_count;

#ifndef EXO_LINUX
/* The kernel initialises classes before its threads need them (one CPU, interrupts may
 * switch threads but initialisers run at boot): no waiting. */
int exo_init_enter(volatile int8_t *flag, jint *owner) {
    (void)owner;
    if (*flag != 0) {
        return 0;
    }
    *flag = 2;
    return 1;
}

void exo_init_leave(volatile int8_t *flag, int8_t state) {
    *flag = state;
}
#endif

static inline void exo_raise(jobj e) {
    if (e) {
        exo_pending = e;   /* null: creating the exception failed and left its own pending */
    }
}

/* Allocation returns null only when it threw (Heap.allocSlow): compiled code tests that. */
static inline jobj exo_new(const exo_class *c, jint size) {
    return EXO_RT_ALLOC_OBJECT((jlong)(uintptr_t)c, size);
}

static inline jobj exo_new_array(const exo_class *c, jint n) {
    return EXO_RT_ALLOC_ARRAY((jlong)(uintptr_t)c, n, c->elemSize);
}

/* exo_new_array when the compiler knows the element size (c->elemSize): gcc then folds the
 * size of an array of constant length into the bump (MethodGen.newArray). */
static inline jobj exo_new_array_of(const exo_class *c, jint n, jint elem_size) {
    return EXO_RT_ALLOC_ARRAY((jlong)(uintptr_t)c, n, elem_size);
}

/* memmove for the small blocks System.arraycopy mostly moves: every load before the first
 * store, so overlapping blocks are copied right; 8-byte loads only (the kernel's code may
 * run before the FPU state is set up). Larger blocks go to memmove. */
#define EXO_LD(T, p) ({ T v_; __builtin_memcpy(&v_, (p), sizeof v_); v_; })
#define EXO_ST(T, p, v) do { T v_ = (v); __builtin_memcpy((p), &v_, sizeof v_); } while (0)
static inline __attribute__((always_inline)) void exo_move_small(char *d, const char *s, size_t n) {
    if (n > 64) {
        memmove(d, s, n);
    } else if (n > 32) {
        uint64_t a = EXO_LD(uint64_t, s), b = EXO_LD(uint64_t, s + 8), c = EXO_LD(uint64_t, s + 16),
                e = EXO_LD(uint64_t, s + 24), f = EXO_LD(uint64_t, s + n - 32), g = EXO_LD(uint64_t, s + n - 24),
                h = EXO_LD(uint64_t, s + n - 16), i = EXO_LD(uint64_t, s + n - 8);
        EXO_ST(uint64_t, d, a); EXO_ST(uint64_t, d + 8, b); EXO_ST(uint64_t, d + 16, c); EXO_ST(uint64_t, d + 24, e);
        EXO_ST(uint64_t, d + n - 32, f); EXO_ST(uint64_t, d + n - 24, g);
        EXO_ST(uint64_t, d + n - 16, h); EXO_ST(uint64_t, d + n - 8, i);
    } else if (n > 16) {
        uint64_t a = EXO_LD(uint64_t, s), b = EXO_LD(uint64_t, s + 8),
                c = EXO_LD(uint64_t, s + n - 16), e = EXO_LD(uint64_t, s + n - 8);
        EXO_ST(uint64_t, d, a); EXO_ST(uint64_t, d + 8, b);
        EXO_ST(uint64_t, d + n - 16, c); EXO_ST(uint64_t, d + n - 8, e);
    } else if (n >= 8) {
        uint64_t a = EXO_LD(uint64_t, s), b = EXO_LD(uint64_t, s + n - 8);
        EXO_ST(uint64_t, d, a); EXO_ST(uint64_t, d + n - 8, b);
    } else if (n >= 4) {
        uint32_t a = EXO_LD(uint32_t, s), b = EXO_LD(uint32_t, s + n - 4);
        EXO_ST(uint32_t, d, a); EXO_ST(uint32_t, d + n - 4, b);
    } else if (n >= 2) {
        uint16_t a = EXO_LD(uint16_t, s), b = EXO_LD(uint16_t, s + n - 2);
        EXO_ST(uint16_t, d, a); EXO_ST(uint16_t, d + n - 2, b);
    } else if (n == 1) {
        *d = *s;
    }
}

/* System.arraycopy: two arrays of one type with indices in range, nearly every call, are
 * copied inline (no write barrier: the collector does not need one); everything else, and
 * the JDK's exceptions and messages, in exo.rt.Runtime.arraycopy. */
static inline __attribute__((always_inline)) void exo_arraycopy(jobj s, jint sp, jobj d, jint dp, jint n) {
    if (EXO_LIKELY(s != 0 && d != 0 && s->cls_ref == d->cls_ref && (EXO_CLS(s)->flags & EXO_ARRAY) != 0
            && (sp | dp | n) >= 0 && (jlong)sp + n <= ARRLEN(s) && (jlong)dp + n <= ARRLEN(d))) {
        size_t es = (size_t)EXO_CLS(s)->elemSize;
        size_t data = EXO_ARRAY_DATA(es);
        exo_move_small((char *)d + data + (size_t)dp * es, (char *)s + data + (size_t)sp * es, (size_t)n * es);
        return;
    }
    EXO_RT_ARRAYCOPY(s, sp, d, dp, n);
}

/* The pending exception leaves or is handled in frame (method, line): record it. */
static __attribute__((noinline, cold)) void exo_unwind_frame(jint method, jint line) {
    jobj e = exo_pending;
    exo_pending = 0;
    EXO_RT_FRAME(e, method, line);
    exo_pending = e;
}

int exo_assignable(const exo_class *from, const exo_class *to) {
    if (from == to) {
        return 1;
    }
    if (to->flags & EXO_INTERFACE) {
        return exo_implements(from, to);
    }
    if (to->flags & EXO_ARRAY) {
        if (!(from->flags & EXO_ARRAY)) {
            return 0;
        }
        const exo_class *fc = from->component, *tc = to->component;
        if ((fc->flags | tc->flags) & EXO_PRIMITIVE) {
            return fc == tc;
        }
        return exo_assignable(fc, tc);
    }
    if (from->flags & (EXO_ARRAY | EXO_PRIMITIVE)) {
        return to == &EXO_CLASS_OBJECT_DESC;
    }
    return exo_subclass_of(from, to);
}

static inline int exo_store_ok(jobj array, jobj value) {
    const exo_class *c = EXO_CLS(array)->component;
    return EXO_CLS(value) == c || exo_assignable(EXO_CLS(value), c);
}

/* Identity hashes live in the header's lock word (docs/RUNTIME.md, "Objects"): a hashed,
 * unlocked object's word is hash << 2 | 2, so the common case is one load and a test. A word
 * of 0 gets a hash by compare-and-swap (two threads racing: the first value stays); a locked
 * object's hash lives in its inflated monitor (exo.rt.Monitors.lockedHash, linux threads
 * only: single-threaded programs and the kernel never put a lock in the word). */
static uint32_t exo_hash_state = 0x2545F491u;

static __attribute__((noinline)) jint exo_identity_hash_slow(jobj o) {
    uint32_t x = exo_hash_state;   /* xorshift32; a race between threads only repeats a value */
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    exo_hash_state = x;
    uint32_t word = (x << 2) | 2u;
    uint32_t w = __atomic_load_n(&o->lock, __ATOMIC_ACQUIRE);
    while (w == EXO_LOCK_INITIAL) {
        if (__atomic_compare_exchange_n(&o->lock, &w, word, 0, __ATOMIC_SEQ_CST, __ATOMIC_ACQUIRE)) {
            return (jint)(word >> 2);
        }
    }
    if ((w & 3u) == 2u) {
        return (jint)(w >> 2);
    }
#ifdef EXO_LINUX
    return exo_locked_hash(o, (jint)word);
#else
    exo_fatal("exoc: a kernel object's lock word is not a hash");
#endif
}

static inline jint exo_identity_hash(jobj o) {
    uint32_t w = __atomic_load_n(&o->lock, __ATOMIC_RELAXED);
    if (EXO_LIKELY((w & 3u) == 2u)) {
        return (jint)(w >> 2);
    }
    return exo_identity_hash_slow(o);
}

static inline jobj exo_class_component(jobj c) {
    const exo_class *d = CLASSDESC(c)->component;
    return d ? d->classObject : 0;
}

static inline jobj exo_class_super(jobj c) {
    const exo_class *d = CLASSDESC(c);
    return (d->super && !(d->flags & EXO_INTERFACE)) ? d->super->classObject : 0;
}

static inline jobj exo_class_enum_values(jobj c) {
    const exo_class *d = CLASSDESC(c);
    return d->enumValues ? d->enumValues() : 0;
}

static inline jobj exo_method_string(jobj *table, jint id) {
    return (id >= 0 && id < exo_method_count) ? table[id] : 0;
}

static inline jobj exo_string_literal(jint i) {
    return (i >= 0 && i < exo_string_literal_count) ? exo_string_literals[i] : 0;
}

static inline void exo_vm_write(jint fd, jobj bytes, jint off, jint len) {
    exo_platform_write(fd, &ELEM(bytes, int8_t, off), len);
}

/* A collection: spill the callee-saved registers into this frame, then scan from here. */
static __attribute__((noinline)) void exo_gc(void) {
    __builtin_unwind_init();
    volatile jobj pending = exo_pending;   /* keep it on the scanned stack */
    uintptr_t sp;
    __asm__ volatile("mov %%rsp, %0" : "=r"(sp));
    EXO_RT_COLLECT((jlong)sp);
    (void)pending;
}

/* Java's % on floating point: the x87 partial remainder is exactly C's fmod. The operands go
 * through memory so that gcc needs no x87 registers (the kernel disables them: EXO_FPU). */
EXO_FPU jdouble exo_fmod(jdouble a, jdouble b) {
    jdouble r;
    __asm__("fldl %2\n\tfldl %1\n"
            "1:\tfprem\n\tfnstsw %%ax\n\ttestw $0x400, %%ax\n\tjnz 1b\n"
            "\tfstpl %0\n\tfstp %%st(0)" : "=m"(r) : "m"(a), "m"(b) : "ax", "cc");
    return r;
}

/* Most calls clear a small object: a few word stores beat rep stosb's start-up cost. Larger
 * blocks go by rep stosq, then rep stosb for the last 0-7 bytes: under QEMU every iteration of
 * a rep instruction counts (icount) and costs (TCG) about the same whatever its width, so
 * 8-byte steps make a page eight times cheaper than byte steps. The attribute keeps gcc from
 * turning the loop back into a call of memset. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memset(void *dst, int c, size_t n) {
    if (c == 0 && n <= 128 && ((n | (uintptr_t)dst) & 7) == 0) {
        uint64_t *w = dst;
        for (size_t i = 0; i < n / 8; i++) {
            w[i] = 0;
        }
        return dst;
    }
    void *d = dst;
    size_t words = n >> 3, bytes = n & 7;
    uint64_t pattern = (uint8_t)c * 0x0101010101010101ULL;
    __asm__ volatile("rep stosq" : "+D"(d), "+c"(words) : "a"(pattern) : "memory");
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(bytes) : "a"(pattern) : "memory");
    return dst;
}

/* As memset: word loops for small aligned blocks, rep movsq then rep movsb for the rest. */
__attribute__((optimize("no-tree-loop-distribute-patterns")))
void *memcpy(void *dst, const void *src, size_t n) {
    if (n <= 128 && ((n | (uintptr_t)dst | (uintptr_t)src) & 7) == 0) {
        uint64_t *d = dst;
        const uint64_t *s = src;
        for (size_t i = 0; i < n / 8; i++) {
            d[i] = s[i];
        }
        return dst;
    }
    if (n <= 32) {
        char *d = dst;
        const char *s = src;
        for (size_t i = 0; i < n; i++) {
            d[i] = s[i];
        }
        return dst;
    }
    void *d = dst;
    size_t words = n >> 3, bytes = n & 7;
    __asm__ volatile("rep movsq" : "+D"(d), "+S"(src), "+c"(words) : : "memory");
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(src), "+c"(bytes) : : "memory");
    return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
    if ((uintptr_t)dst - (uintptr_t)src >= n) {
        return memcpy(dst, src, n);
    }
    /* Overlapping with dst above src: copy backwards. */
    char *d = (char *)dst + n - 1;
    const char *s = (const char *)src + n - 1;
    __asm__ volatile("std; rep movsb; cld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
    return dst;
}

void exo_fatal(const char *msg) {
    size_t n = 0;
    while (msg[n]) {
        n++;
    }
    exo_platform_write(2, msg, (jlong)n);
    exo_platform_write(2, "\n", 1);
    exo_platform_exit(1);
}
