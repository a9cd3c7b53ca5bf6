/*
 * uaccess.S - block copies between kernel memory and user memory through the MMU:
 *     uint64_t exo_user_copy(void *dst, const void *src, uint64_t len);
 *     uint64_t exo_user_zero(void *dst, uint64_t len);
 * Each returns the number of bytes NOT copied (0 when all went well).
 *
 * Java reaches them through the intrinsics exo.hw.Memory.copyUser/copyUserToArray/
 * copyUserFromArray/zeroUser, called only by exo.kernel.uaccess.UserMemory after it has
 * checked that the user side lies below the user limit. They run with the user's page tables
 * live (the kernel half is in every address space) and let the MMU do the walk: a user page
 * that is absent, read-only for a write or copy-on-write raises #PF in kernel mode. The
 * instructions that may fault are listed in exo_uaccess_table (pairs: faulting pc, fixup pc),
 * which the page-fault path (exo.kernel.uaccess.UserCopyFaults, called by trap.Traps) reads:
 * it first resolves the fault as a user access would (demand paging, copy-on-write) and
 * returns to the same instruction; when it cannot, it resumes at the fixup. rep movs/stos
 * leave rsi/rdi/rcx at the faulting element, so the fixups know exactly how much is left.
 *
 * The bulk goes 8 bytes at a time (rep movsq: fewer iterations, and icount counts a rep
 * iteration as an instruction), the tail a byte at a time. A fault in the 8-byte part finishes
 * byte by byte, so the count returned is exact to the byte (the bytes before the first bad
 * one are copied, as Linux does for read/write). DF is 0 (ABI); no lock is held here.
 */

    .section .text
    .balign 16
    .globl exo_user_copy
    .type exo_user_copy, @function
exo_user_copy:
    mov %rdx, %rcx
    shr $3, %rcx
    and $7, %edx
.Lcopy_q:
    rep movsq
    mov %rdx, %rcx
.Lcopy_b:
    rep movsb
    mov %rcx, %rax                      /* 0, or what the byte copy left after a fault */
    ret
.Lcopy_q_fixup:                         /* the 8-byte part faulted: the rest byte by byte */
    lea (%rdx,%rcx,8), %rcx
    jmp .Lcopy_b
    .size exo_user_copy, . - exo_user_copy

    .balign 16
    .globl exo_user_zero
    .type exo_user_zero, @function
exo_user_zero:
    mov %rsi, %rcx
    mov %rsi, %rdx
    shr $3, %rcx
    and $7, %edx
    xor %eax, %eax
.Lzero_q:
    rep stosq
    mov %rdx, %rcx
.Lzero_b:
    rep stosb
    mov %rcx, %rax
    ret
.Lzero_q_fixup:
    lea (%rdx,%rcx,8), %rcx
    xor %eax, %eax
    jmp .Lzero_b
    .size exo_user_zero, . - exo_user_zero

/*
 * Fixups of the byte loops: a fault there that cannot be resolved ends the copy, returning
 * rcx, the bytes not done. .Lcopy_b + 2 is the instruction after rep movsb (mov %rcx, %rax).
 */
    .section .rodata
    .balign 8
    .globl exo_uaccess_table
exo_uaccess_table:
    .quad .Lcopy_q, .Lcopy_q_fixup
    .quad .Lcopy_b, .Lcopy_b + 2
    .quad .Lzero_q, .Lzero_q_fixup
    .quad .Lzero_b, .Lzero_b + 2
    .globl exo_uaccess_table_end
exo_uaccess_table_end:

    .section .note.GNU-stack, "", @progbits
