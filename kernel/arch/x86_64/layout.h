/*
 * layout.h - the x86_64 boot constants shared by the assembly (boot.S, traps.S, switch.S,
 * multiboot2.S) and any C linked into kernel.elf (exoc's generated C does not include it).
 * Everything here is the boot layer's contract with the Java kernel: the address-space
 * layout, the boot GDT selectors, the isa-debug-exit codes, the trap and switch frames.
 * The Java kernel has its own copy of these numbers (exo.kernel.*); a change here must be
 * made there too.
 */
#ifndef EXO_ARCH_X86_64_LAYOUT_H
#define EXO_ARCH_X86_64_LAYOUT_H

#ifdef __ASSEMBLER__
#define EXO_U64(x) x
#else
#define EXO_U64(x) x##ULL
#endif

/* Address space. The kernel image is linked at KERNEL_VMA + KERNEL_PHYS and loaded at
 * KERNEL_PHYS; physical address P is also visible at DIRECT_MAP_BASE + P. */
#define KERNEL_VMA          EXO_U64(0xFFFFFFFF80000000)
#define KERNEL_PHYS         0x100000
#define DIRECT_MAP_BASE     EXO_U64(0xFFFF800000000000)
#define DIRECT_MAP_GIB      4       /* the boot page tables map this much physical memory */
#define IDENTITY_MAP_GIB    1       /* identity map kept for the 32->64 switch */
#define KERNEL_MAP_GIB      1       /* physical 0..1 GiB at KERNEL_VMA */

#define BOOT_STACK_SIZE     0x10000 /* 64 KiB, conventions */
#define BOOT_STACK_GUARD    0x1000  /* unused page below the boot stack, see boot.S */

/* Temporary boot GDT selectors (the Java kernel's final GDT keeps the same values). */
#define SEL_KERNEL_CODE     0x08
#define SEL_KERNEL_DATA     0x10

/* Multiboot2 (spec 1.0, section 3.1 and 3.3). */
#define MB2_HEADER_MAGIC    0xE85250D6
#define MB2_BOOT_MAGIC      0x36D76289
#define MB2_TAG_END         0
#define MB2_TAG_CMDLINE     1
#define MB2_TAG_BASIC_MEM   4
#define MB2_TAG_MMAP        6
#define MB2_TAG_ACPI_OLD    14
#define MB2_TAG_ACPI_NEW    15
#define MB2_MMAP_AVAILABLE  1

/* QEMU isa-debug-exit: QEMU's exit status is (value << 1) | 1, so 33 and 35. */
#define QEMU_EXIT_PORT      0xF4
#define QEMU_EXIT_PASS      0x10
#define QEMU_EXIT_FAIL      0x11

/* Trap frame built by traps.S, byte offsets from the frame pointer passed to
 * exo_trap_dispatch (= rsp after the last push). */
#define FRAME_R15       0
#define FRAME_R14       8
#define FRAME_R13       16
#define FRAME_R12       24
#define FRAME_R11       32
#define FRAME_R10       40
#define FRAME_R9        48
#define FRAME_R8        56
#define FRAME_RBP       64
#define FRAME_RDI       72
#define FRAME_RSI       80
#define FRAME_RDX       88
#define FRAME_RCX       96
#define FRAME_RBX       104
#define FRAME_RAX       112
#define FRAME_VECTOR    120
#define FRAME_ERROR     128
#define FRAME_RIP       136
#define FRAME_CS        144
#define FRAME_RFLAGS    152
#define FRAME_RSP       160
#define FRAME_SS        168
#define FRAME_SIZE      176

/* Switch frame of switch.S: what exo_switch_stacks leaves at a suspended thread's saved
 * stack pointer, byte offsets from it. The FPU/SSE image (fxsave64, 512 bytes) is first, in
 * an area padded to 520 bytes so that it is 16-byte aligned when the call was made on an
 * ABI-aligned stack; then the callee-saved registers (pushed rbp first, so r15 is lowest) and
 * the return address. Java's copy: exo.kernel.arch.x86_64.SwitchFrame. */
#define SWITCH_FXSAVE       0
#define SWITCH_FXSAVE_AREA  520
#define SWITCH_R15          520
#define SWITCH_R14          528
#define SWITCH_R13          536
#define SWITCH_R12          544
#define SWITCH_RBX          552
#define SWITCH_RBP          560
#define SWITCH_RIP          568
#define SWITCH_SIZE         576

#endif
