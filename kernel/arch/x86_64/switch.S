/*
 * switch.S - the context switch between kernel threads:
 *     void exo_switch_stacks(uint64_t *save_rsp, uint64_t new_rsp);
 *     void exo_thread_trampoline(void);       (where a new thread first "returns" to)
 *
 * Java calls exo_switch_stacks through the intrinsic exo.hw.Cpu.switchStacks, always with
 * interrupts off (exo.kernel.sched.Scheduler). It pushes the callee-saved registers and the
 * FPU/SSE state (fxsave64, eagerly at every switch: lazy FPU switching leaks register
 * contents across threads, CVE-2018-3665) on the current stack, stores the stack pointer at
 * *save_rsp, loads new_rsp, restores the other thread's FPU/SSE state and registers from its
 * stack and returns into it. Caller-saved registers need no saving: the call clobbers them
 * as far as the compiler knows. RFLAGS is not saved: IF is 0 on both sides and each thread
 * restores its own interrupt state after the switch (or through iretq when it was preempted);
 * DF is 0 as the ABI requires. The layout left at a saved stack pointer is the switch frame
 * of layout.h (SWITCH_*); the GC scans it conservatively, from the saved stack pointer up.
 *
 * Alignment: the caller's stack is 16-byte aligned at the call (SysV ABI), so after the
 * return address and six pushes rsp = 8 mod 16, and 520 bytes more make the fxsave area
 * 16-byte aligned, as fxsave64 requires.
 *
 * A new thread's stack is built by the Java kernel (SwitchFrame.build): zeroed registers, an
 * FPU/SSE image with the power-up control words, and exo_thread_trampoline as the return
 * address. The trampoline then runs on an aligned stack and calls the exported Java method
 * exo_thread_start (Scheduler.threadStart), which never returns. The trampoline exists only
 * because a C function must be entered with rsp = 8 mod 16 (as after a call), while the ret
 * of the switch leaves rsp = 0 mod 16.
 */
#include "layout.h"

    .section .text
    .balign 16
    .globl exo_switch_stacks
    .type exo_switch_stacks, @function
exo_switch_stacks:
    push %rbp
    push %rbx
    push %r12
    push %r13
    push %r14
    push %r15
    sub $SWITCH_FXSAVE_AREA, %rsp
    fxsave64 SWITCH_FXSAVE(%rsp)
    mov %rsp, (%rdi)                    /* *save_rsp: this thread is now suspended */
    mov %rsi, %rsp                      /* the other thread's switch frame */
    fxrstor64 SWITCH_FXSAVE(%rsp)
    add $SWITCH_FXSAVE_AREA, %rsp
    pop %r15
    pop %r14
    pop %r13
    pop %r12
    pop %rbx
    pop %rbp
    ret
    .size exo_switch_stacks, . - exo_switch_stacks

    .balign 16
    .globl exo_thread_trampoline
    .type exo_thread_trampoline, @function
exo_thread_trampoline:
    xor %ebp, %ebp                      /* end of the frame-pointer chain (stack walks) */
    call exo_thread_start
    ud2                                 /* exo_thread_start never returns */
    .size exo_thread_trampoline, . - exo_thread_trampoline

    .section .note.GNU-stack, "", @progbits
