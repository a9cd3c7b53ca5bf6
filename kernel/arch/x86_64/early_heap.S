/*
 * early_heap.S - the exceptions of the first instructions of the Java kernel, before it
 * loads its own IDT:
 *     void early_traps_install(void);      (boot.S, just before exo_kernel_main)
 *
 * The runtime's heap is a window of virtual addresses (exo_heap_start..exo_heap_end, the
 * top GiB, BootMaps.HEAP_WINDOW_BASE), not memory of the image. The Java kernel maps frames
 * there when the runtime asks, before it touches a range (mm.KernelHeap.back, through
 * exo.kernel.Platform.backHeap), but the heap is set up and used before the kernel has a
 * frame allocator or an IDT. Until then, this file's page-fault
 * handler backs a faulting heap page with a page of early_heap_pool (.bss: zeroed, and
 * kept out of the frame allocator with the rest of the image), taking the page-table pages
 * it needs from the same pool. The boot page tables and the pool are all inside the image,
 * so a table's virtual address is its physical address + KERNEL_VMA.
 *
 * Any other early exception (or a fault outside the window, or the pool running out)
 * prints "Exo-OS early exception V, cr2 X, rip Y" on COM1 and halts, instead of the
 * triple fault and reset that an empty IDT gives.
 */
#include "layout.h"

#define EARLY_VECTORS   32
#define PF_VECTOR       14
#define GATE_INTERRUPT  0x8E00          /* present, DPL 0, 64-bit interrupt gate */

    .section .text
    .globl early_traps_install
    .type early_traps_install, @function
early_traps_install:
    lea early_idt(%rip), %rdi
    lea early_stubs(%rip), %rsi
    xor %ecx, %ecx
1:  mov %rsi, %rax                      /* gate: offset 15..0, selector, type, 31..16, 63..32 */
    mov %ax, (%rdi)
    movw $SEL_KERNEL_CODE, 2(%rdi)
    movw $GATE_INTERRUPT, 4(%rdi)
    shr $16, %rax
    mov %ax, 6(%rdi)
    shr $16, %rax
    mov %eax, 8(%rdi)
    movl $0, 12(%rdi)
    add $16, %rdi
    add $16, %rsi
    inc %ecx
    cmp $EARLY_VECTORS, %ecx
    jb 1b
    lidt early_idtr(%rip)
    ret
    .size early_traps_install, . - early_traps_install

    /* One 16-byte stub per vector: push the vector, go to the common code. The CPU has
     * pushed an error code for some vectors; early_fatal never returns, so it need not know. */
    .balign 16
early_stubs:
    .set v, 0
    .rept EARLY_VECTORS
    .balign 16
    .if v == PF_VECTOR
    jmp early_page_fault
    .else
    pushq $v
    jmp early_fatal
    .endif
    .set v, v + 1
    .endr

/* #PF: error code on the stack. Backs the page at cr2 if it is in the heap's window. */
early_page_fault:
    push %rax
    push %rcx
    push %rdx
    push %rsi
    push %rdi
    mov %cr2, %rdi
    movabs $exo_heap_start, %rax
    cmp %rax, %rdi
    jb .Lnot_heap
    movabs $exo_heap_end, %rax
    cmp %rax, %rdi
    jae .Lnot_heap
    testq $1, 40(%rsp)                  /* error code P: a protection fault, not a hole */
    jnz .Lnot_heap
    and $~0xFFF, %rdi
    mov %cr3, %rsi
    movabs $PTE_ADDRESS_MASK, %rax
    and %rax, %rsi                      /* rsi = physical address of the current table */
    mov $39, %ecx                       /* shift of the PML4 index */
2:  mov %rdi, %rax
    shr %cl, %rax
    and $511, %eax
    movabs $KERNEL_VMA, %rdx
    add %rdx, %rsi
    lea (%rsi, %rax, 8), %rsi           /* rsi = the entry for rdi at this level */
    cmp $12, %ecx
    je 3f
    mov (%rsi), %rax
    test $1, %al
    jnz 4f
    call early_pool_page                /* no table yet: a zeroed pool page becomes one */
    or $PTE_TABLE, %rax
    mov %rax, (%rsi)
4:  movabs $PTE_ADDRESS_MASK, %rdx
    and %rdx, %rax
    mov %rax, %rsi
    sub $9, %ecx
    jmp 2b
3:  call early_pool_page                /* the leaf: present, writable */
    or $PTE_TABLE, %rax
    mov %rax, (%rsi)
    pop %rdi
    pop %rsi
    pop %rdx
    pop %rcx
    pop %rax
    add $8, %rsp                        /* the error code */
    iretq
.Lnot_heap:
    pop %rdi
    pop %rsi
    pop %rdx
    pop %rcx
    pop %rax
    add $8, %rsp
    pushq $PF_VECTOR
    jmp early_fatal

/* rax = physical address of the next zeroed pool page; halts when the pool is used up. */
early_pool_page:
    mov early_pool_next(%rip), %rax
    lea early_heap_pool_end(%rip), %rdx
    cmp %rdx, %rax
    jae .Lpool_empty
    lea 4096(%rax), %rdx
    mov %rdx, early_pool_next(%rip)
    movabs $KERNEL_VMA, %rdx
    sub %rdx, %rax
    ret
.Lpool_empty:
    lea msg_pool_empty(%rip), %rsi
    call early_puts
    jmp early_halt

/* The vector on the stack: "Exo-OS early exception V, cr2 X, rip Y", then halt. rip is
 * the interrupted one when the CPU pushed no error code, else the word after it. */
early_fatal:
    lea msg_early(%rip), %rsi
    call early_puts
    mov (%rsp), %rax
    call early_hex
    lea msg_cr2(%rip), %rsi
    call early_puts
    mov %cr2, %rax
    call early_hex
    lea msg_rip(%rip), %rsi
    call early_puts
    mov 8(%rsp), %rax
    call early_hex
    lea msg_eol(%rip), %rsi
    call early_puts
early_halt:
    cli
    hlt
    jmp early_halt

/* Writes the NUL-terminated string at rsi to COM1. */
early_puts:
    lodsb
    test %al, %al
    jz 1f
    call early_putc
    jmp early_puts
1:  ret

/* Writes rax in hexadecimal (16 digits) to COM1. */
early_hex:
    mov %rax, %rdi
    mov $16, %ecx
1:  rol $4, %rdi
    mov %edi, %eax
    and $15, %eax
    lea hex_digits(%rip), %rdx
    mov (%rdx, %rax), %al
    call early_putc
    dec %ecx
    jnz 1b
    ret

/* Writes al to COM1 once its transmitter is empty. */
early_putc:
    push %rdx
    push %rax
    mov $(COM1 + 5), %dx
1:  in %dx, %al
    test $0x20, %al
    jz 1b
    pop %rax
    mov $COM1, %dx
    out %al, %dx
    pop %rdx
    ret

    .section .rodata
msg_early:
    .asciz "\r\nExo-OS early exception 0x"
msg_cr2:
    .asciz ", cr2 0x"
msg_rip:
    .asciz ", word after it 0x"
msg_eol:
    .asciz " (before the kernel's IDT); halted\r\n"
msg_pool_empty:
    .asciz "\r\nExo-OS: the early heap pool is used up before the frame allocator runs; halted\r\n"
hex_digits:
    .ascii "0123456789abcdef"

    .section .data
    .balign 8
early_idtr:
    .short EARLY_VECTORS * 16 - 1
    .quad early_idt
    .globl early_pool_next              /* mm.KernelHeap reports how much the boot used */
early_pool_next:
    .quad early_heap_pool

    .section .bss
    .balign 16
early_idt:
    .skip EARLY_VECTORS * 16
    .balign 4096
    .globl early_heap_pool, early_heap_pool_end
early_heap_pool:
    .skip EARLY_HEAP_POOL_BYTES
early_heap_pool_end:

    .section .note.GNU-stack, "", @progbits
