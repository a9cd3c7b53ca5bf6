/*
 * The kernel's long-lived objects, set once by Boot as each subsystem comes up and read by the
 * in-kernel tests and, later, by the rest of the kernel. A field is null until its subsystem
 * has been initialised.
 */
package exo.kernel;

import exo.kernel.arch.x86_64.cpu.Gdt;
import exo.kernel.arch.x86_64.cpu.Idt;
import exo.kernel.boot.BootInfo;
import exo.kernel.boot.CommandLine;
import exo.kernel.dev.Ps2Keyboard;
import exo.kernel.dev.Uart16550;
import exo.kernel.dev.VgaText;
import exo.kernel.fs.setup.FileLayer;
import exo.kernel.mm.BuddyAllocator;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.KernelHeap;
import exo.kernel.mm.PageTable;

public final class Kernel {
    private Kernel() {}

    public static final String VERSION = "0.1.0";

    public static Uart16550 serial;
    public static VgaText vga;
    public static BootInfo bootInfo;
    public static CommandLine commandLine;
    /** Physical end of the kernel image (__kernel_end minus the virtual base). */
    public static long kernelEndPhys;
    public static KernelHeap heap;
    public static FrameAllocator frames;
    public static BuddyAllocator buddy;
    /** The boot address space (the assembly's page tables), which the kernel keeps using. */
    public static PageTable kernelSpace;
    public static Gdt gdt;
    public static Idt idt;
    public static Ps2Keyboard keyboard;
    /** The second serial port, a run= boot's command console (console=ttyS1), else null. */
    public static Uart16550 runConsole;
    /** The file layer: root tmpfs, /dev, /proc, pipes. */
    public static FileLayer files;
}
