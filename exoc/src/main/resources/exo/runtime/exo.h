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

/* Every object starts with this 16-byte header. */
/* Field and element access. */
#define FLD(o, off, T) (*(T *)((char *)(o) + (off)))

typedef struct exo_obj {
    const exo_class *cls;
    uint32_t gc;      /* bit 0: mark */
    uint32_t hash;    /* identity hash, 0 = not yet assigned */
} exo_obj;
typedef exo_obj *jobj;

/* Arrays: header, length, elements from offset 24. */
typedef struct exo_array {
    exo_obj hdr;
    jint length;
    jint pad;
    char data[];
} exo_array;

#define EXO_ARRAY_DATA_OFFSET 24

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
#define CLASSDESC(c) ((const exo_class *)(uintptr_t)FLD(c, 16, jlong))

#define EXO_LIKELY(x) __builtin_expect(!!(x), 1)
#define EXO_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* The pending exception: set by a throw, tested after each call (docs/RUNTIME.md). */
extern jobj exo_pending;

#define ARRLEN(a) (((exo_array *)(a))->length)
#define ELEM(a, T, i) (((T *)((exo_array *)(a))->data)[i])

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
    const exo_class *c = o->cls;
    if (c == target) {
        return 1;
    }
    return exo_assignable(c, target);
}

/* Java's conversions from floating point saturate, and NaN becomes 0 (JLS 5.1.3). */
static inline jint exo_d2i(jdouble d) {
    if (d != d) return 0;
    if (d >= 2147483647.0) return 2147483647;
    if (d <= -2147483648.0) return (jint)0x80000000u;
    return (jint)d;
}

static inline jlong exo_d2l(jdouble d) {
    if (d != d) return 0;
    if (d >= 9223372036854775807.0) return INT64_MAX;
    if (d <= -9223372036854775808.0) return INT64_MIN;
    return (jlong)d;
}

static inline jint exo_fcmpl(jdouble a, jdouble b) { return a > b ? 1 : (a == b ? 0 : -1); }
static inline jint exo_fcmpg(jdouble a, jdouble b) { return a < b ? -1 : (a == b ? 0 : 1); }
static inline jint exo_lcmp(jlong a, jlong b) { return (a > b) - (a < b); }

static inline jint exo_idiv(jint a, jint b) { return b == -1 ? (jint)(0u - (uint32_t)a) : a / b; }
static inline jint exo_irem(jint a, jint b) { return b == -1 ? 0 : a % b; }
static inline jlong exo_ldiv(jlong a, jlong b) { return b == -1 ? (jlong)(0ull - (uint64_t)a) : a / b; }
static inline jlong exo_lrem(jlong a, jlong b) { return b == -1 ? 0 : a % b; }

jdouble exo_fmod(jdouble a, jdouble b);

static inline jfloat exo_fbits(uint32_t bits) { union { uint32_t i; jfloat f; } u; u.i = bits; return u.f; }
static inline jdouble exo_dbits(uint64_t bits) { union { uint64_t i; jdouble d; } u; u.i = bits; return u.d; }
static inline uint32_t exo_fraw(jfloat f) { union { uint32_t i; jfloat f; } u; u.f = f; return u.i; }
static inline uint64_t exo_draw(jdouble d) { union { uint64_t i; jdouble d; } u; u.d = d; return u.i; }

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

#endif
