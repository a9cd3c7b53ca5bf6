/*
 * SignalAbiHostTest's probe: a static program with its own _start and raw system calls. It
 * installs a SIGUSR1 handler through the kernel's 32-byte struct sigaction (handler, flags,
 * restorer, mask), reads it back, blocks SIGTERM, then sends itself SIGUSR1 with known values in
 * every register it can choose. The handler records rsp/rdi/rsi/rdx at entry and dumps the
 * frame from its rsp to the end of the fxsave image; after rt_sigreturn the registers are dumped
 * again. Output: one hex value per line, the frame as one hex string.
 */
static long sys4(long n, long a, long b, long c, long d) {
    register long r10 __asm__("r10") = d; long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10) : "rcx", "r11", "memory");
    return r;
}
unsigned long entry_rsp, entry_rdi, entry_rsi, entry_rdx, after[13];
extern void handler_entry(void), restorer(void), raise_with_known_regs(long pid);
__asm__(
    ".globl restorer\nrestorer:\n mov $15, %eax\n syscall\n hlt\n"
    ".globl handler_entry\nhandler_entry:\n"
    " mov %rsp, entry_rsp(%rip)\n mov %rdi, entry_rdi(%rip)\n mov %rsi, entry_rsi(%rip)\n mov %rdx, entry_rdx(%rip)\n"
    " sub $8, %rsp\n call dump_frame\n add $8, %rsp\n ret\n"
    ".globl raise_with_known_regs\nraise_with_known_regs:\n"
    " push %rbx\n push %rbp\n push %r12\n push %r13\n push %r14\n push %r15\n"
    " mov $0x0808080808080808, %r8\n mov $0x0909090909090909, %r9\n mov $0x1010101010101010, %r10\n"
    " mov $0x1212121212121212, %r12\n mov $0x1313131313131313, %r13\n"
    " mov $0x1414141414141414, %r14\n mov $0x1515151515151515, %r15\n"
    " mov $0x0b0b0b0b0b0b0b0b, %rbx\n mov $0x0e0e0e0e0e0e0e0e, %rbp\n mov $0x0d0d0d0d0d0d0d0d, %rdx\n"
    " mov $10, %esi\n mov $62, %eax\n syscall\n"
    " mov %r8, after+0(%rip)\n mov %r9, after+8(%rip)\n mov %r10, after+16(%rip)\n mov %r12, after+24(%rip)\n"
    " mov %r13, after+32(%rip)\n mov %r14, after+40(%rip)\n mov %r15, after+48(%rip)\n mov %rbx, after+56(%rip)\n"
    " mov %rbp, after+64(%rip)\n mov %rdx, after+72(%rip)\n mov %rdi, after+80(%rip)\n mov %rsi, after+88(%rip)\n"
    " mov %rax, after+96(%rip)\n"
    " pop %r15\n pop %r14\n pop %r13\n pop %r12\n pop %rbp\n pop %rbx\n ret\n");
static char out[1 << 16];
static int len;
static void hex(unsigned long v) { for (int i = 15; i >= 0; i--) out[len++] = "0123456789abcdef"[(v >> (4 * i)) & 15]; out[len++] = '\n'; }
void dump_frame(void) {
    unsigned long *sc = (unsigned long *) (entry_rsp + 8 + 40);
    unsigned long fpstate = sc[23];
    hex(entry_rsp); hex(entry_rdi); hex(entry_rsi); hex(entry_rdx); hex(fpstate);
    for (unsigned char *b = (unsigned char *) entry_rsp; b < (unsigned char *) fpstate + 512; b++) {
        out[len++] = "0123456789abcdef"[*b >> 4]; out[len++] = "0123456789abcdef"[*b & 15];
    }
    out[len++] = '\n';
}
void cstart(void) {
    unsigned long act[4] = {(unsigned long) handler_entry, 0x04000004UL, (unsigned long) restorer, 1UL << 11};
    unsigned long old[4];
    unsigned long mask = 1UL << 14;
    if (sys4(13, 10, (long) act, 0, 8) != 0) sys4(60, 2, 0, 0, 0);
    sys4(13, 10, 0, (long) old, 8);
    sys4(14, 2, (long) &mask, 0, 8);
    long pid = sys4(39, 0, 0, 0, 0);
    hex(pid); hex(sys4(102, 0, 0, 0, 0));
    for (int i = 0; i < 4; i++) hex(old[i]);
    raise_with_known_regs(pid);
    for (int i = 0; i < 13; i++) hex(after[i]);
    sys4(1, 1, (long) out, len, 0);
    sys4(60, 0, 0, 0, 0);
}
__asm__(".globl _start\n_start:\n and $-16, %rsp\n call cstart\n hlt\n");
