/*
 * boot.S - from GRUB's 32-bit hand-off to the first call into the kernel:
 *     void exo_kernel_main(uint64_t multiboot2_info_phys);
 *
 * GRUB enters _start in 32-bit protected mode, paging off, with eax = 0x36D76289 and
 * ebx = physical address of the Multiboot2 information. This file checks both (and
 * CPUID long mode), zeroes .bss, builds the early page tables, turns on long mode with a
 * temporary GDT, jumps to the higher half, enables SSE, switches to the 64 KiB boot stack
 * and calls exo_kernel_main with interrupts off. If that returns, the CPU halts forever.
 * A failed check prints a line on the VGA text screen and COM1, then halts.
 *
 * The code runs at its physical address until the far jump to the higher half, so every
 * absolute address before that point is written PHYS(symbol). The final GDT, IDT, TSS,
 * PIC and page tables are the Java kernel's (exo.kernel.*), not this file's.
 */
#include "layout.h"      /* generated from the Java kernel's classes (LayoutHeader) */

#define PHYS(sym)       ((sym) - KERNEL_VMA)

#define PML4_INDEX(va)  (((va) >> 39) & 511)
#define PDPT_INDEX(va)  (((va) >> 30) & 511)

    .section .text.boot, "ax"
    .code32
    .globl _start
    .type _start, @function
_start:
    cli
    cld
    cmp $MB2_BOOT_MAGIC, %eax
    jne .Lno_multiboot
    mov %ebx, %ebp                      /* Multiboot2 info (phys), kept until the call */

    /* Zero .bss. GRUB zeroes it already (p_memsz > p_filesz), but the page tables and
     * the stack below rely on it and other loaders need not, so do not trust it. */
    mov $PHYS(__bss_start), %edi
    mov $PHYS(__bss_end), %ecx
    sub %edi, %ecx
    shr $2, %ecx
    xor %eax, %eax
    rep stosl
    mov $PHYS(boot_stack_top), %esp

    /* CPUID exists if EFLAGS.ID can be flipped; then ask for long mode. */
    pushfl
    pop %eax
    mov %eax, %ecx
    xor $EFLAGS_ID, %eax
    push %eax
    popfl
    pushfl
    pop %eax
    push %ecx
    popfl
    cmp %eax, %ecx
    je .Lno_long_mode
    mov $0x80000000, %eax
    cpuid
    cmp $0x80000001, %eax
    jb .Lno_long_mode
    mov $0x80000001, %eax
    cpuid
    test $CPUID_LM, %edx
    jz .Lno_long_mode
    mov %edx, %esi                      /* keep the NX bit for EFER */

    call build_page_tables

    /* Long mode: PAE, CR3, EFER.LME (+ NXE if the CPU has NX), then paging. */
    mov %cr4, %eax
    or $CR4_PAE, %eax
    mov %eax, %cr4
    mov $PHYS(boot_pml4), %eax
    mov %eax, %cr3
    mov $MSR_EFER, %ecx
    rdmsr
    or $EFER_LME, %eax
    test $CPUID_NX, %esi
    jz 1f
    or $EFER_NXE, %eax
1:  wrmsr
    mov %cr0, %eax
    or $(CR0_PG | CR0_PE), %eax
    mov %eax, %cr0
    lgdt PHYS(boot_gdtr32)
    ljmp $SEL_KERNEL_CODE, $PHYS(long_mode_low)

/*
 * Early page tables, all with 2 MiB pages over one set of page directories (boot_pd)
 * that maps physical 0..4 GiB:
 *   0x0000000000000000 + 0..1 GiB   identity (needed while switching, then dispensable)
 *   0xFFFF800000000000 + 0..4 GiB   direct map
 *   0xFFFFFFFF80000000 + 0..1 GiB   kernel image (-2 GiB, gcc -mcmodel=kernel)
 */
build_page_tables:
    mov $PHYS(boot_pd), %edi
    mov $PTE_2MIB, %eax
    mov $(512 * DIRECT_MAP_GIB), %ecx
1:  mov %eax, (%edi)                    /* high dword stays 0 (.bss) */
    add $PAGE_2MIB, %eax
    add $8, %edi
    loop 1b

    mov $PHYS(boot_pdpt_direct), %edi
    mov $(PHYS(boot_pd) + PTE_TABLE), %eax
    mov $DIRECT_MAP_GIB, %ecx
2:  mov %eax, (%edi)
    add $4096, %eax
    add $8, %edi
    loop 2b

    movl $(PHYS(boot_pd) + PTE_TABLE), PHYS(boot_pdpt_low)
    movl $(PHYS(boot_pd) + PTE_TABLE), PHYS(boot_pdpt_high) + 8 * PDPT_INDEX(KERNEL_VMA)
    movl $(PHYS(boot_pdpt_low) + PTE_TABLE), PHYS(boot_pml4)
    movl $(PHYS(boot_pdpt_direct) + PTE_TABLE), PHYS(boot_pml4) + 8 * PML4_INDEX(DIRECT_MAP_BASE)
    movl $(PHYS(boot_pdpt_high) + PTE_TABLE), PHYS(boot_pml4) + 8 * PML4_INDEX(KERNEL_VMA)
    ret

/* Failure: esi = message (phys). VGA white on red at the top left, and COM1. */
.Lno_multiboot:
    mov $PHYS(msg_no_multiboot), %esi
    jmp boot_fail
.Lno_long_mode:
    mov $PHYS(msg_no_long_mode), %esi
boot_fail:
    mov $VGA_TEXT, %edi
1:  lodsb
    test %al, %al
    jz 4f
    mov %al, %bl
    cmp $' ', %al
    jb 2f                               /* CR, LF: serial only */
    mov $0x4F, %ah
    mov %ax, (%edi)
    add $2, %edi
2:  mov $(COM1 + 5), %dx                /* line status: wait for an empty THR, bounded */
    mov $100000, %ecx
3:  in %dx, %al
    test $0x20, %al
    loopz 3b
    mov %bl, %al
    mov $COM1, %dx
    out %al, %dx
    jmp 1b
4:  cli
    hlt
    jmp 4b

    .code64
long_mode_low:                          /* 64-bit, still at the identity-mapped address */
    movabs $long_mode_high, %rax
    jmp *%rax

long_mode_high:
    lgdt boot_gdtr64(%rip)              /* same GDT, through its higher-half address */
    mov $SEL_KERNEL_DATA, %ax
    mov %ax, %ds
    mov %ax, %es
    mov %ax, %ss
    xor %eax, %eax
    mov %ax, %fs
    mov %ax, %gs
    lea boot_stack_top(%rip), %rsp

    /* SSE for compiled C: no x87 emulation, monitor coprocessor, FXSAVE and #XM on. */
    mov %cr0, %rax
    and $~CR0_EM, %rax
    or $CR0_MP, %rax
    mov %rax, %cr0
    mov %cr4, %rax
    or $(CR4_OSFXSR | CR4_OSXMMEXCPT), %rax
    mov %rax, %cr4

    call early_traps_install            /* early_heap.S: the heap's first page faults */
    mov %ebp, %edi                      /* zero-extends: rdi = Multiboot2 info (phys) */
    xor %ebp, %ebp                      /* ends the frame-pointer chain */
    call exo_kernel_main
halt_forever:
    cli
    hlt
    jmp halt_forever
    .size _start, . - _start

    .section .rodata
msg_no_multiboot:
    .asciz "Exo-OS boot: not started by a Multiboot2 loader (bad magic); halted\r\n"
msg_no_long_mode:
    .asciz "Exo-OS boot: this CPU has no 64-bit long mode; halted\r\n"

    /* Temporary GDT: null, 0x08 64-bit kernel code, 0x10 kernel data. The accessed bits
     * are preset so the CPU never writes to it. */
    .section .data
    .balign 16
boot_gdt:
    .quad 0
    .quad GDT_KERNEL_CODE64
    .quad GDT_KERNEL_DATA
boot_gdt_end:
boot_gdtr32:
    .short boot_gdt_end - boot_gdt - 1
    .long PHYS(boot_gdt)
boot_gdtr64:
    .short boot_gdt_end - boot_gdt - 1
    .quad boot_gdt

/*
 * Boot stack and page tables. kernel.ld puts .bss.boot first in .bss, so from low to
 * high: the guard page, the 64 KiB stack, the page tables. The guard page is never used:
 * a stack overflow runs into it rather than into other data, and once the Java kernel
 * maps the image with 4 KiB pages it can unmap boot_stack_guard to make an overflow
 * fault. With the boot 2 MiB pages it is only a gap.
 */
    .section .bss.boot, "aw", @nobits
    .balign 4096
    .globl boot_stack_guard, boot_stack_bottom, boot_stack_top
boot_stack_guard:
    .skip BOOT_STACK_GUARD
boot_stack_bottom:
    .skip BOOT_STACK_SIZE
boot_stack_top:
boot_pml4:
    .skip 4096
boot_pdpt_low:
    .skip 4096
boot_pdpt_direct:
    .skip 4096
boot_pdpt_high:
    .skip 4096
boot_pd:
    .skip 4096 * DIRECT_MAP_GIB

    .section .note.GNU-stack, "", @progbits
