/*
 * traps.S - the entry stubs of all 256 interrupt vectors and their table:
 *     void exo_trap_dispatch(uint64_t frame);       (the kernel: exo.kernel.trap.Traps)
 *     const uint64_t exo_trap_stubs[256];           (read by the Java IDT builder)
 *
 * Each stub pushes a 0 error code when the CPU pushes none, then its vector number, and
 * jumps to trap_common, which pushes rax, rbx, rcx, rdx, rsi, rdi, rbp, r8..r15, calls
 * exo_trap_dispatch(rsp), pops them back, drops vector and error code, and irets. The
 * resulting frame (offsets in layout.h, FRAME_*) is, from low to high address:
 *     r15 r14 r13 r12 r11 r10 r9 r8 rbp rdi rsi rdx rcx rbx rax vector error rip cs
 *     rflags rsp ss
 * The dispatcher may change any field (e.g. rip, rax) and the iret resumes from it. A trap
 * from user mode swaps GS to the per-CPU area on the way in and back on the way out.
 *
 * Stack alignment: in 64-bit mode the CPU aligns rsp to 16 before pushing its 5-word
 * frame; 2 + 15 more words make 22 in all, so rsp is 16-byte aligned at the call as the
 * SysV ABI wants. The FPU/SSE state is not saved: the kernel is compiled for general
 * registers only (its few floating-point functions save and restore it themselves: exoc's
 * KernelFpu), and a switch away saves it. The image signal delivery reads and writes
 * (proc.Delivery) has a fixed place above a user frame, at the top of the thread's stack
 * (sched.ThreadStack.SIGNAL_FPU_BYTES); only traps from user mode deliver signals.
 */
#include "layout.h"

/* Vectors for which the CPU pushes an error code (Intel SDM vol. 3A, table 6-1):
 * #DF 8, #TS 10, #NP 11, #SS 12, #GP 13, #PF 14, #AC 17, #CP 21, #VC 29, #SX 30. */
#define HAS_ERROR_CODE(v) ((v) == 8 || ((v) >= 10 && (v) <= 14) || (v) == 17 \
                           || (v) == 21 || (v) == 29 || (v) == 30)

    .macro trap_stub vector
    .balign 16
trap_stub_\vector:
    .if HAS_ERROR_CODE(\vector)
    .else
    pushq $0
    .endif
    pushq $\vector
    jmp trap_common
    .endm

    .macro stub_address vector
    .quad trap_stub_\vector
    .endm

    .section .text
    .balign 16
    .globl trap_common                  /* so that Java stack walks can skip its frame */
    .type trap_common, @function
trap_common:
    /* From user mode (CS's privilege level 3): switch GS to the per-CPU area. */
    testb $3, FRAME_CS - FRAME_VECTOR(%rsp)
    jz 1f
    swapgs
1:  push %rax
    push %rbx
    push %rcx
    push %rdx
    push %rsi
    push %rdi
    push %rbp
    push %r8
    push %r9
    push %r10
    push %r11
    push %r12
    push %r13
    push %r14
    push %r15
    mov %rsp, %rdi
    cld                                 /* the C ABI expects DF = 0 */
    call exo_trap_dispatch
    pop %r15
    pop %r14
    pop %r13
    pop %r12
    pop %r11
    pop %r10
    pop %r9
    pop %r8
    pop %rbp
    pop %rdi
    pop %rsi
    pop %rdx
    pop %rcx
    pop %rbx
    pop %rax
    add $16, %rsp                       /* vector and error code */
    testb $3, FRAME_CS - FRAME_RIP(%rsp)
    jz 2f
    swapgs                              /* back to user mode: the user's GS again */
2:  iretq
    .size trap_common, . - trap_common

    /* The 256 stubs, generated; .altmacro lets %i pass the counter's value. */
    .altmacro
    .set i, 0
    .rept 256
    trap_stub %i
    .set i, i + 1
    .endr

    .section .rodata
    .balign 8
    .globl exo_trap_stubs
    .type exo_trap_stubs, @object
exo_trap_stubs:
    .set i, 0
    .rept 256
    stub_address %i
    .set i, i + 1
    .endr
    .size exo_trap_stubs, . - exo_trap_stubs
    .noaltmacro

    .section .note.GNU-stack, "", @progbits
