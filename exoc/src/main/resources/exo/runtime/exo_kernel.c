/*
 * exo_kernel.c: the kernel target's glue, included by exoc into the generated kernel after
 * exo_rt.c. The platform hooks of the Java runtime go to exo.kernel.Platform (Java); what
 * is here is only what the C runtime itself needs before or beneath Java (a fatal message
 * on COM1, QEMU's debug exit), and one-instruction helpers behind the exo.hw intrinsics.
 */

static inline jint exo_hw_inb(jint port) {
    uint8_t v;
    __asm__ volatile("inb %w1, %0" : "=a"(v) : "Nd"((uint16_t)port));
    return v;
}

static inline void exo_hw_outb(jint port, jint value) {
    __asm__ volatile("outb %0, %w1" : : "a"((uint8_t)value), "Nd"((uint16_t)port));
}

static inline jint exo_hw_inw(jint port) {
    uint16_t v;
    __asm__ volatile("inw %w1, %0" : "=a"(v) : "Nd"((uint16_t)port));
    return v;
}

static inline void exo_hw_outw(jint port, jint value) {
    __asm__ volatile("outw %0, %w1" : : "a"((uint16_t)value), "Nd"((uint16_t)port));
}

static inline jint exo_hw_inl(jint port) {
    uint32_t v;
    __asm__ volatile("inl %w1, %0" : "=a"(v) : "Nd"((uint16_t)port));
    return (jint)v;
}

static inline void exo_hw_outl(jint port, jint value) {
    __asm__ volatile("outl %0, %w1" : : "a"((uint32_t)value), "Nd"((uint16_t)port));
}

static inline jint exo_hw_interrupts_enabled(void) {
    uint64_t flags;
    __asm__ volatile("pushfq; pop %0" : "=r"(flags));
    return (flags >> 9) & 1;
}

/* The heap's critical section until the kernel provides its own: interrupts off. */
static inline jlong exo_hw_save_cli(void) {
    uint64_t flags;
    __asm__ volatile("pushfq; pop %0; cli" : "=r"(flags) : : "memory");
    return (jlong)flags;
}

static inline void exo_hw_restore_flags(jlong flags) {
    __asm__ volatile("push %0; popfq" : : "r"((uint64_t)flags) : "memory", "cc");
}

static inline jint exo_hw_cpuid(jint leaf, jint subleaf, jint reg) {
    uint32_t r[4];
    __asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(subleaf));
    return (jint)r[reg & 3];
}

static inline jlong exo_hw_read_cr_0(void) { uint64_t v; __asm__ volatile("mov %%cr0, %0" : "=r"(v)); return (jlong)v; }
static inline jlong exo_hw_read_cr_2(void) { uint64_t v; __asm__ volatile("mov %%cr2, %0" : "=r"(v)); return (jlong)v; }
static inline jlong exo_hw_read_cr_3(void) { uint64_t v; __asm__ volatile("mov %%cr3, %0" : "=r"(v)); return (jlong)v; }
static inline jlong exo_hw_read_cr_4(void) { uint64_t v; __asm__ volatile("mov %%cr4, %0" : "=r"(v)); return (jlong)v; }
#define exo_hw_read_cr(n) exo_hw_read_cr_##n()

static inline jlong exo_hw_rdmsr(jint msr) {
    uint32_t lo, hi;
    __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return (jlong)(((uint64_t)hi << 32) | lo);
}

static inline void exo_hw_wrmsr(jint msr, jlong value) {
    __asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)value), "d"((uint32_t)((uint64_t)value >> 32)));
}

#define EXO_MSR_GS_BASE 0xC0000101

/* Reloads CS with a far return, and the data segment registers. In 64-bit mode a load of
 * GS also loads its base from the descriptor (0): the base, which names the per-CPU area and
 * the running thread's allocation buffer, is put back before anything can allocate. */
static inline void exo_hw_reload_segments(jint code, jint data) {
    jlong gs_base = exo_hw_rdmsr(EXO_MSR_GS_BASE);
    __asm__ volatile("pushq %q0\n"
                     "leaq 1f(%%rip), %%rax\n"
                     "pushq %%rax\n"
                     "lretq\n"
                     "1:\n"
                     "mov %w1, %%ds\n mov %w1, %%es\n mov %w1, %%ss\n mov %w1, %%fs\n mov %w1, %%gs\n"
                     : : "r"((uint64_t)code), "r"(data) : "rax", "memory");
    /* "memory": no gs-relative load (EXO_SELF) may move up between the reload and this. */
    __asm__ volatile("wrmsr" : : "c"(EXO_MSR_GS_BASE), "a"((uint32_t)gs_base),
                     "d"((uint32_t)((uint64_t)gs_base >> 32)) : "memory");
}

/* The per-CPU area until the kernel sets up its own (exo.kernel.cpu.PerCpu.setUp copies the
 * runtime block's address over): only the slot that names the boot thread's runtime block,
 * so that the allocation fast path (EXO_SELF, exo.h) works from the first allocation. The
 * generated exo_kernel_main calls this first, interrupts off. */
static uintptr_t exo_boot_percpu[EXO_PERCPU_RUNTIME_BLOCK / 8 + 1];

static void exo_kernel_gs_init(void) {
    exo_boot_percpu[EXO_PERCPU_RUNTIME_BLOCK / 8] = (uintptr_t)&exo_kernel_thread;
    uint64_t base = (uintptr_t)exo_boot_percpu;
    /* "memory": the slot's store comes first, and no EXO_SELF load moves above this. */
    __asm__ volatile("wrmsr" : : "c"(EXO_MSR_GS_BASE), "a"((uint32_t)base), "d"((uint32_t)(base >> 32)) : "memory");
}

/* The context switch, in kernel/arch/x86_64/switch.S: saves the callee-saved registers and
 * FPU/SSE state on the current stack, stores the stack pointer to *save_rsp, and resumes
 * the thread whose stack pointer is new_rsp. */
void exo_switch_stacks(uint64_t *save_rsp, uint64_t new_rsp);

/* Into user mode from a trap frame (kernel/arch/x86_64/syscall.S); never returns. */
void exo_enter_user(uint64_t frame) __attribute__((noreturn));

/* exo_platform_write and exo_platform_exit (exo_fatal's output and exit) are generated for the
 * kernel target: they call the kernel's Platform.writeRaw and Platform.exit (EntryGen). */

/* Java stack traces from the machine stack (Throwable.fillInStackTrace in the kernel, for
 * panic reports): the kernel is compiled with frame pointers, and exoc emits the start
 * address of every method. A return address belongs to the method with the greatest start
 * below it. Inlined methods have no frame of their own and do not appear. */
extern void *const exo_code_start[];
extern const jint exo_code_method[];
extern const jint exo_code_count;

/* The method whose code contains pc (-1: not Java), and where its code starts. */
static jint exo_code_find(uintptr_t pc, uintptr_t *start_out) {
    uintptr_t best = 0;
    jint id = -1;
    for (jint i = 0; i < exo_code_count; i++) {
        uintptr_t start = (uintptr_t)exo_code_start[i];
        if (start <= pc && start > best) {
            best = start;
            id = exo_code_method[i];
        }
    }
    *start_out = best;
    return id;
}

static jint exo_code_lookup(uintptr_t pc) {
    uintptr_t start;
    return exo_code_find(pc, &start);
}

/* The line table (MethodGen.lineMarker): one record per call site or faulting intrinsic and
 * line, in section exo_lines, emitted by gcc in code order per function but not sorted
 * across the image. pc is stored relative to the record itself (no 64-bit relocation);
 * on first use the records are rewritten with the absolute address's low 32 bits (kernel
 * code lives in the top 2 GiB, so sign extension restores it) and sorted by it. The first
 * use is a panic or an exception's stack walk; one CPU, so no lock. */
struct exo_line { int32_t pc; jint method; jint line; };
extern struct exo_line __start_exo_lines[], __stop_exo_lines[];
static int exo_lines_ready;

#define EXO_LINE(method, line) __asm__ inline volatile("1:\n\t.pushsection exo_lines,\"aw\"\n\t.balign 4\n\t" \
        ".long 1b - ., " #method ", " #line "\n\t.popsection")

static void exo_lines_sift(struct exo_line *a, size_t root, size_t n) {
    for (size_t child; (child = 2 * root + 1) < n; root = child) {
        if (child + 1 < n && a[child + 1].pc > a[child].pc) {
            child++;
        }
        if (a[root].pc >= a[child].pc) {
            return;
        }
        struct exo_line t = a[root]; a[root] = a[child]; a[child] = t;
    }
}

static void exo_lines_prepare(void) {
    struct exo_line *a = __start_exo_lines;
    size_t n = (size_t)(__stop_exo_lines - __start_exo_lines);
    for (size_t i = 0; i < n; i++) {
        a[i].pc = (int32_t)(uintptr_t)((char *)&a[i].pc + a[i].pc);
    }
    for (size_t i = n / 2; i-- > 0;) {                 /* heapsort by address */
        exo_lines_sift(a, i, n);
    }
    for (size_t end = n; end-- > 1;) {
        struct exo_line t = a[0]; a[0] = a[end]; a[end] = t;
        exo_lines_sift(a, 0, end);
    }
    exo_lines_ready = 1;
}

/* The line record nearest below pc in the method containing pc, or 0. An inlined method's
 * records carry its own id: the line is then that method's. */
static const struct exo_line *exo_line_find(uintptr_t pc) {
    uintptr_t start;
    if (exo_code_find(pc, &start) < 0) {
        return 0;
    }
    if (!exo_lines_ready) {
        exo_lines_prepare();
    }
    const struct exo_line *a = __start_exo_lines;
    size_t lo = 0, hi = (size_t)(__stop_exo_lines - __start_exo_lines);
    int32_t key = (int32_t)pc;
    while (lo < hi) {                                    /* first record above pc */
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid].pc <= key) lo = mid + 1; else hi = mid;
    }
    if (lo == 0 || (uintptr_t)(intptr_t)a[lo - 1].pc < start) {
        return 0;
    }
    return &a[lo - 1];
}

/* exo.hw.CodeMap: the method (the innermost inlined one when a line record says so) and
 * the source line of the code at pc; -1 when unknown. */
static jint exo_code_method_at(jlong pc) {
    const struct exo_line *l = exo_line_find((uintptr_t)pc);
    return l != 0 ? l->method : exo_code_lookup((uintptr_t)pc);
}

static jint exo_code_line_at(jlong pc) {
    const struct exo_line *l = exo_line_find((uintptr_t)pc);
    return l != 0 ? l->line : -1;
}

/* VM.stackWalk: (method, line) pairs of the callers, innermost first; returns the number of
 * ints stored. */
static __attribute__((noinline)) jint exo_stack_walk(jobj trace) {
    uintptr_t *fp = __builtin_frame_address(0);
    jint n = 0;
    while (fp != 0 && n + 2 <= ARRLEN(trace) && (uintptr_t)fp < exo_stack_top) {
        uintptr_t call = fp[1] - 1;   /* -1: the call, not the next instruction */
        jint id = exo_code_lookup(call);
        if (id >= 0) {
            ELEM(trace, jint, n++) = exo_code_method_at((jlong)call);
            ELEM(trace, jint, n++) = exo_code_line_at((jlong)call);
        }
        uintptr_t *next = (uintptr_t *)fp[0];
        if (next <= fp) {
            break;
        }
        fp = next;
    }
    return n;
}
