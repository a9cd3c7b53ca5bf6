/*
 * multiboot2.S - the Multiboot2 header that lets GRUB2 (`multiboot2 /boot/kernel.elf`)
 * recognise and load the kernel. kernel.ld puts the .multiboot2 section first in .text,
 * so the header lies in the first 32 KiB of the ELF file as the spec requires. GRUB then
 * loads the ELF64 program headers at their physical addresses and jumps to _start
 * (boot.S) in 32-bit protected mode.
 *
 * Tags: an information request (command line, basic memory, memory map, ACPI RSDP) and
 * the end tag. No framebuffer tag: GRUB leaves the VGA text mode on, which the kernel's
 * console and the boot failure messages write to at 0xB8000.
 */
#include "layout.h"      /* generated from the Java kernel's classes (LayoutHeader) */

    .section .multiboot2, "a"
    .balign 8
mb2_header:
    .long MB2_HEADER_MAGIC
    .long MB2_ARCH_I386
    .long mb2_header_end - mb2_header
    .long -(MB2_HEADER_MAGIC + MB2_ARCH_I386 + (mb2_header_end - mb2_header))

    /* Information request. GRUB (2.06) rejects only tag types it does not know and
     * passes those it has: under SeaBIOS, the ACPI tag is the old (v1) RSDP. */
    .balign 8
mb2_info_request:
    .short MB2_HTAG_INFO_REQUEST
    .short 0
    .long mb2_info_request_end - mb2_info_request
    .long MB2_TAG_CMDLINE
    .long MB2_TAG_BASIC_MEM
    .long MB2_TAG_MMAP
    .long MB2_TAG_ACPI_OLD
    .long MB2_TAG_ACPI_NEW
mb2_info_request_end:

    .balign 8
    .short 0                    /* end tag: type 0, flags 0, size 8 */
    .short 0
    .long 8
mb2_header_end:

    .section .note.GNU-stack, "", @progbits
