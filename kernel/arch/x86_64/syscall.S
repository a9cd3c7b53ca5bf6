/*
 * syscall.S - the system-call entry from user mode, and the way back into user mode:
 *     void exo_syscall_entry(void);             (IA32_LSTAR: where the syscall instruction lands)
 *     uint64_t exo_syscall_call(Task *task, int nr, uint64_t frame);
 *                                        (the kernel: exo.kernel.syscall.Syscalls.call; task is
 *                                         the running thread's, never null; returns the result)
 *     uint64_t exo_syscall_exit(uint64_t frame, uint64_t result, Throwable *bug);
 *                                        (Syscalls.exit, the slow way out; returns the caller's
 *                                         rax, or leaves through exo_enter_user itself)
 *     void exo_enter_user(uint64_t frame);      (resumes user mode from a trap frame; no return)
 *
 * syscall leaves the user's rip in rcx and rflags in r11, clears the RFLAGS bits of SFMASK
 * (IF among them) and loads the kernel's CS/SS from STAR, but keeps the user's rsp and GS. The
 * entry swaps GS to the per-CPU area, parks the user rsp there, takes the running thread's
 * kernel stack from it and builds the same trap frame as traps.S (FRAME_* offsets), with
 * vector VECTOR_SYSCALL: the number in rax, the arguments in rdi, rsi, rdx, r10, r8, r9. Every
 * path into and out of the kernel thus shares one frame format (signals, fork and exec read and
 * write it). Interrupts go back on for the Java dispatcher, which may block. The user's FPU/SSE
 * state is not saved: the kernel is compiled for general registers only (its few floating-point
 * functions save and restore it themselves: exoc's KernelFpu), so the registers keep the
 * user's values through the call, and the context switch saves them when the thread leaves the
 * CPU. The image signal delivery and rt_sigreturn read and write (exo.kernel.proc.Delivery,
 * which fxsaves and fxrstors it) has a fixed place right above the frame, at the top of the
 * thread's stack (sched.ThreadStack.SIGNAL_FPU_BYTES): nothing to reserve here.
 *
 * After the call, with interrupts off, the entry tests what sends it the slow way: the
 * running Task's exit-work flag (Task.work, at the offset exoc exports as exo_task_work:
 * signals, exit, stop, a full restore, strace), a pending Java exception (exo_pending: a
 * kernel bug, which exo_syscall_exit reports and kills the caller for) and the ERESTART*
 * results (-516..-512, which Delivery turns into EINTR or a restart). The way out is then
 * sysretq, which restores rip from rcx and rflags from r11 (so it cannot restore those two
 * registers, which the syscall ABI clobbers anyway) and reloads only the registers the C code
 * may clobber (the argument registers) and rbp, which the entry zeroes: the other
 * callee-saved ones were pushed for the frame's readers (fork, signals) but were preserved by
 * the compiled code (tests/syscalls/regs.c checks every register across calls that return,
 * block, are interrupted and fork). A call that needs every register restored from the
 * frame, rax included (rt_sigreturn, execve, signal delivery, a non-canonical rip, on which
 * sysretq would fault in ring 0 with the user's rsp: Intel SDM vol. 2B, SYSRET), does not
 * come back: exo_syscall_exit leaves through exo_enter_user (iretq) itself. GS goes back to
 * the user's just before leaving.
 *
 * exo_enter_user is also how a new user thread first runs (exec, fork, clone): its kernel
 * stack holds a trap frame built by the kernel, and the thread jumps here with its address.
 */
#include "layout.h"

    .section .text
    .balign 16
    .globl exo_syscall_entry
    .type exo_syscall_entry, @function
exo_syscall_entry:
    swapgs
    mov %rsp, %gs:PERCPU_USER_RSP
    mov %gs:PERCPU_KERNEL_RSP, %rsp
    pushq $SEL_USER_DATA                /* ss */
    pushq %gs:PERCPU_USER_RSP           /* rsp */
    pushq %r11                          /* rflags */
    pushq $SEL_USER_CODE                /* cs */
    pushq %rcx                          /* rip */
    pushq $0                            /* error code: none */
    pushq $VECTOR_SYSCALL               /* vector */
    push %rax
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
    mov %rsp, %rdx                      /* the frame: 22 words, rsp stays 16-byte aligned */
    mov %gs:PERCPU_USER_CONTEXT, %rdi   /* the running thread's Task (the user's rdi is in the frame) */
    mov %rax, exo_task_orig_rax(%rdi)   /* Task.origRax: the number, for restarts and strace */
    mov %eax, %esi                      /* the number: rax's low 32 bits, as on Linux */
    xor %ebp, %ebp                      /* ends the frame-pointer chain (stack walks) */
                                        /* (no cld: SFMASK clears DF, SyscallMsrs) */
    sti
    call exo_syscall_call
    cli
    mov %gs:PERCPU_USER_CONTEXT, %rcx
    cmpl $0, exo_task_work(%rcx)        /* exit work? */
    jnz 2f
    cmpq $0, exo_pending(%rip)          /* an exception out of the call? */
    jnz 2f
    lea ERESTART_RESTARTBLOCK(%rax), %rcx   /* -ERESTART_RESTARTBLOCK .. -ERESTARTSYS? */
    cmp $(ERESTART_RESTARTBLOCK - ERESTARTSYS), %rcx
    jbe 2f
1:  /* rax is the result. rbx and r12-r15 still hold the user's values: the C code preserved
     * them (SysV ABI), and a call that rewrote them in the frame left through exo_enter_user.
     * rbp was zeroed above (the end of the frame-pointer chain), so it comes back from the
     * frame. */
    mov FRAME_RBP(%rsp), %rbp
    mov FRAME_RDI(%rsp), %rdi
    mov FRAME_RSI(%rsp), %rsi
    mov FRAME_RDX(%rsp), %rdx
    mov FRAME_R10(%rsp), %r10
    mov FRAME_R8(%rsp), %r8
    mov FRAME_R9(%rsp), %r9
    mov FRAME_RIP(%rsp), %rcx           /* sysret loads rip from rcx and rflags from r11 */
    mov FRAME_RFLAGS(%rsp), %r11
    mov FRAME_RSP(%rsp), %rsp
    swapgs
    sysretq
2:  /* the slow way out: the exception, if any, goes to exo_syscall_exit as its argument */
    mov exo_pending(%rip), %rdx
    movq $0, exo_pending(%rip)
    mov %rax, %rsi                      /* the result */
    mov %rsp, %rdi                      /* the frame */
    sti
    call exo_syscall_exit
    cli
    jmp 1b
    .size exo_syscall_entry, . - exo_syscall_entry

    .balign 16
    .globl exo_enter_user
    .type exo_enter_user, @function
exo_enter_user:
    cli
    mov %rdi, %rsp
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
    swapgs
    iretq
    .size exo_enter_user, . - exo_enter_user

    .section .note.GNU-stack, "", @progbits
