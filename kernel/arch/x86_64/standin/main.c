/*
 * standin/main.c - TEMPORARY STAND-IN FOR THE JAVA KERNEL. Not part of Exo-OS proper:
 * delete it once exoc's `kernel` target compiles exo.kernel.Boot.main and
 * exo.kernel.trap.Traps.dispatch into C exporting exo_kernel_main and exo_trap_dispatch
 * (tools/boot/build-iso then takes that C instead of this file).
 *
 * It only proves the boot path (boot.S, traps.S, kernel.ld, GRUB, QEMU): it prints a
 * banner on COM1 and the VGA text screen, the total of the Multiboot2 memory map, and
 * exits QEMU through isa-debug-exit with PASS. Kernel command line switches:
 *   test=trap     install a throwaway IDT over exo_trap_stubs and execute int3; the
 *                 dispatcher prints the vector and exits with FAIL (the boot test expects
 *                 exactly that: it proves stub table -> stub -> exo_trap_dispatch).
 *   test=trapret  same, but the dispatcher checks the frame, writes rax in it and
 *                 returns: proves the register restore and iretq.
 *   test=gp       load selector 0x28 (beyond the boot GDT) into ds: #GP, vector 13,
 *                 error code 0x28, which the CPU pushes itself (the other stub shape).
 *   halt          halt instead of exiting QEMU, to look at the VGA screen.
 */
#include <stdint.h>
#include "../layout.h"

#define COM1 0x3F8
#define VGA_COLUMNS 80
#define VGA_ROWS 25
#define TRAPRET_RAX 0x5E7F4A3EULL

extern const uint64_t exo_trap_stubs[256];
void exo_kernel_main(uint64_t multiboot2_info_phys);
void exo_trap_dispatch(uint64_t frame);

static int vga_row, vga_column;
static int trap_returns;            /* test=trapret: the dispatcher returns */

static inline void outb(uint16_t port, uint8_t value)
{
    __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
    uint8_t value;
    __asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

static void *phys(uint64_t address)
{
    return (void *)(DIRECT_MAP_BASE + address);     /* the boot direct map */
}

static void serial_init(void)
{
    outb(COM1 + 1, 0x00);           /* no interrupts */
    outb(COM1 + 3, 0x80);           /* DLAB on: divisor 1 = 115200 baud */
    outb(COM1 + 0, 0x01);
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03);           /* 8N1 */
    outb(COM1 + 2, 0xC7);           /* FIFO on, cleared */
    outb(COM1 + 4, 0x03);           /* DTR, RTS */
}

static void vga_clear(void)
{
    volatile uint16_t *screen = phys(0xB8000);
    for (int i = 0; i < VGA_COLUMNS * VGA_ROWS; i++)
        screen[i] = 0x0720;             /* grey space */
}

static void vga_putc(char c)
{
    volatile uint16_t *screen = phys(0xB8000);
    if (c == '\n' || vga_column == VGA_COLUMNS) {
        vga_column = 0;
        vga_row = (vga_row + 1) % VGA_ROWS;
        for (int i = 0; i < VGA_COLUMNS; i++)
            screen[vga_row * VGA_COLUMNS + i] = 0x0720;
    }
    if (c != '\n')
        screen[vga_row * VGA_COLUMNS + vga_column++] = 0x0700 | (uint8_t)c;
}

static void con_putc(char c)
{
    if (c == '\n')
        con_putc('\r');
    while (!(inb(COM1 + 5) & 0x20))
        ;
    outb(COM1, (uint8_t)c);
    if (c != '\r')
        vga_putc(c);
}

static void con_puts(const char *s)
{
    while (*s)
        con_putc(*s++);
}

static void put_unsigned(uint64_t value, unsigned base)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[value % base];
        value /= base;
    } while (value);
    if (base == 16)
        con_puts("0x");
    while (n)
        con_putc(digits[--n]);
}

static __attribute__((noreturn)) void qemu_exit(uint8_t code)
{
    outb(QEMU_EXIT_PORT, code);
    for (;;)                        /* not under QEMU: just stop */
        __asm__ volatile("cli; hlt");
}

/* Multiboot2 information: a u32 total size, a u32 reserved, then 8-byte-aligned tags. */
struct mb2_tag { uint32_t type, size; };

static const struct mb2_tag *mb2_find(uint64_t info, uint32_t type)
{
    uint8_t *p = (uint8_t *)phys(info) + 8;
    uint8_t *end = (uint8_t *)phys(info) + *(uint32_t *)phys(info);
    while (p < end) {
        const struct mb2_tag *tag = (const struct mb2_tag *)p;
        if (tag->type == MB2_TAG_END)
            break;
        if (tag->type == type)
            return tag;
        p += (tag->size + 7) & ~7u;
    }
    return 0;
}

static const char *mb2_cmdline(uint64_t info)
{
    const struct mb2_tag *tag = mb2_find(info, MB2_TAG_CMDLINE);
    return tag ? (const char *)(tag + 1) : "";
}

static void print_memory(uint64_t info)
{
    struct mmap_tag { uint32_t type, size, entry_size, entry_version; } const *tag;
    struct mmap_entry { uint64_t base, length; uint32_t type, reserved; } const *entry;
    uint64_t bytes = 0, regions = 0;
    tag = (const struct mmap_tag *)mb2_find(info, MB2_TAG_MMAP);
    if (!tag) {
        con_puts("memory: no Multiboot2 memory map\n");
        return;
    }
    for (uint32_t at = sizeof *tag; at + sizeof *entry <= tag->size; at += tag->entry_size) {
        entry = (const struct mmap_entry *)((const uint8_t *)tag + at);
        if (entry->type == MB2_MMAP_AVAILABLE) {
            bytes += entry->length;
            regions++;
        }
    }
    con_puts("memory: ");
    put_unsigned(bytes >> 20, 10);
    con_puts(" MiB available in ");
    put_unsigned(regions, 10);
    con_puts(" regions\n");
}

/* Is word one of the space-separated words of line? */
static int has_word(const char *line, const char *word)
{
    while (*line) {
        const char *w = word;
        while (*line && *line == *w) {
            line++;
            w++;
        }
        if (!*w && (*line == ' ' || !*line))
            return 1;
        while (*line && *line != ' ')
            line++;
        while (*line == ' ')
            line++;
    }
    return 0;
}

/* Throwaway IDT for the trap tests; the real one is built by the Java kernel. */
struct idt_gate { uint16_t offset0, selector; uint8_t ist, type; uint16_t offset1; uint32_t offset2, zero; };
static struct idt_gate idt[256];

static void idt_install(void)
{
    struct __attribute__((packed)) { uint16_t limit; uint64_t base; } idtr;
    for (int v = 0; v < 256; v++) {
        uint64_t stub = exo_trap_stubs[v];
        idt[v] = (struct idt_gate){ (uint16_t)stub, SEL_KERNEL_CODE, 0, 0x8E,
                                    (uint16_t)(stub >> 16), (uint32_t)(stub >> 32), 0 };
    }
    idtr.limit = sizeof idt - 1;
    idtr.base = (uint64_t)idt;
    __asm__ volatile("lidt %0" : : "m"(idtr));
}

static void trap_test(int returns, int gp)
{
    uint64_t rax = 0, rbx = 0x1234ABCD;
    trap_returns = returns;
    idt_install();
    if (gp) {
        con_puts("trap test: mov 0x28 to ds\n");
        __asm__ volatile("mov %0, %%ds" : : "r"(0x28));
    }
    con_puts("trap test: int3\n");
    __asm__ volatile("int3" : "+a"(rax), "+b"(rbx) : : "memory");
    if (returns && rax == TRAPRET_RAX && rbx == 0x1234ABCD) {
        con_puts("trap test: returned through iretq, rax set from the frame\n");
        qemu_exit(QEMU_EXIT_PASS);
    }
    con_puts("trap test: int3 came back wrong\n");
    qemu_exit(QEMU_EXIT_FAIL);
}

void exo_kernel_main(uint64_t multiboot2_info_phys)
{
    const char *cmdline;
    serial_init();
    vga_clear();
    con_puts("Exo-OS: temporary C stand-in kernel, long mode, at ");
    put_unsigned((uint64_t)&exo_kernel_main, 16);
    con_puts("\n");
    cmdline = mb2_cmdline(multiboot2_info_phys);
    con_puts("cmdline: '");
    con_puts(cmdline);
    con_puts("'\n");
    print_memory(multiboot2_info_phys);
    if (has_word(cmdline, "test=trap") || has_word(cmdline, "test=gp"))
        trap_test(0, has_word(cmdline, "test=gp"));
    if (has_word(cmdline, "test=trapret"))
        trap_test(1, 0);
    con_puts("Exo-OS stand-in kernel: boot OK\n");
    if (has_word(cmdline, "halt"))
        for (;;)
            __asm__ volatile("cli; hlt");
    qemu_exit(QEMU_EXIT_PASS);
}

void exo_trap_dispatch(uint64_t frame)
{
    uint64_t *f = (uint64_t *)frame;
    con_puts("trap: vector ");
    put_unsigned(f[FRAME_VECTOR / 8], 10);
    con_puts(" error ");
    put_unsigned(f[FRAME_ERROR / 8], 16);
    con_puts(" rip ");
    put_unsigned(f[FRAME_RIP / 8], 16);
    con_puts(" cs ");
    put_unsigned(f[FRAME_CS / 8], 16);
    con_puts("\n");
    if (trap_returns && f[FRAME_VECTOR / 8] == 3 && f[FRAME_ERROR / 8] == 0
            && f[FRAME_CS / 8] == SEL_KERNEL_CODE && f[FRAME_RBX / 8] == 0x1234ABCD) {
        f[FRAME_RAX / 8] = TRAPRET_RAX;
        return;
    }
    qemu_exit(QEMU_EXIT_FAIL);
}
