/*
 * The kernel's first Java code, exported as exo_kernel_main and called by the boot assembly in
 * long mode with interrupts off, SSE on and the physical address of the multiboot2 info. Brings
 * the machine up in dependency order: console (serial first, so every later message is seen),
 * TSC calibration (so log timestamps are right from the first line), boot info and command
 * line, memory (frame allocator, buddy pool), CPU tables (GDT/TSS/IDT), interrupt controller,
 * timer and clocks, input drivers, the scheduler (from here on this code is the thread "main"
 * and the timer preempts it); then enables interrupts, reports the boot time and runs
 * either the test suite named by test= (which powers the machine off with PASS/FAIL) or the
 * idle loop that echoes keyboard and serial input. Any exception that escapes ends in a panic.
 */
package exo.kernel;

import exo.hw.Cpu;
import exo.hw.Export;
import exo.kernel.arch.x86_64.cpu.CpuFeatures;
import exo.kernel.arch.x86_64.mm.PageEntry;
import exo.kernel.arch.x86_64.cpu.Gdt;
import exo.kernel.arch.x86_64.cpu.Idt;
import exo.kernel.arch.x86_64.cpu.SyscallMsrs;
import exo.kernel.arch.x86_64.pc.Pic8259;
import exo.kernel.arch.x86_64.pc.Pit;
import exo.kernel.arch.x86_64.pc.Rtc;
import exo.kernel.arch.x86_64.pc.TscCalibration;
import exo.kernel.boot.BootInfo;
import exo.kernel.boot.BootMemory;
import exo.kernel.boot.CommandLine;
import exo.kernel.boot.Multiboot2;
import exo.kernel.boot.MultibootException;
import exo.kernel.console.Console;
import exo.kernel.console.Log;
import exo.kernel.console.Splash;
import exo.kernel.cpu.Irq;
import exo.kernel.cpu.PerCpu;
import exo.kernel.dev.DebugExit;
import exo.kernel.dev.KeyboardLayout;
import exo.kernel.dev.Ps2Keyboard;
import exo.kernel.dev.Uart16550;
import exo.kernel.dev.VgaText;
import exo.kernel.fs.Errno;
import exo.kernel.fs.KernelFsClock;
import exo.kernel.fs.devfs.ConsoleDevice;
import exo.kernel.fs.devfs.TscEntropy;
import exo.kernel.fs.page.KernelFrames;
import exo.kernel.fs.setup.FileLayer;
import exo.kernel.fs.setup.SystemFacts;
import exo.kernel.irq.Irqs;
import exo.kernel.mm.BuddyAllocator;
import exo.kernel.mm.DirectMap;
import exo.kernel.mm.FrameAllocator;
import exo.kernel.mm.FrameRefs;
import exo.kernel.mm.KernelHeap;
import exo.kernel.mm.MemoryMap;
import exo.kernel.mm.PageTable;
import exo.kernel.mm.PhysAddr;
import exo.kernel.proc.FirstProcess;
import exo.kernel.proc.Processes;
import exo.kernel.sched.Scheduler;
import exo.kernel.sched.ThreadStack;
import exo.kernel.sched.Threads;
import exo.kernel.sync.WaitQueue;
import exo.kernel.syscall.Strace;
import exo.kernel.time.Clock;
import exo.kernel.time.DateTime;
import exo.kernel.time.Ticks;
import exo.kernel.trap.Panic;
import exo.kernel.trap.Timer;
import exo.kernel.tty.TtySetup;
import exo.kernel.util.Fmt;
import exo.kernel.vm.AddressSpace;
import exo.kernel.vm.KernelHalf;

import java.util.List;

public final class Boot {
    private Boot() {}

    public static final int TIMER_HZ = 100;
    /** The kernel heap starts this small and grows as it fills (exo.rt.Heap's default). */
    private static final long HEAP_MIN_BYTES = 4L << 20;
    public static final int SERIAL_BAUD = 115200;
    /** Frames given to the buddy allocator at boot: one block of the largest order (4 MiB). */
    public static final int BUDDY_POOL_FRAMES = 1 << BuddyAllocator.MAX_ORDER;

    /** Runs the in-kernel suite named by test= (the test image's entry supplies it). */
    public interface TestRunner {
        void run(String name, CommandLine cl);
    }

    /** The production image's entry: no test suites in it. */
    @Export("exo_kernel_main")
    public static void main(long multibootInfoPhys) {
        start(multibootInfoPhys, null);
    }

    /** Boots the machine; tests is null in the production image. */
    public static void start(long multibootInfoPhys, TestRunner tests) {
        long entryTsc = Cpu.rdtsc();
        Clock.setBootTsc(entryTsc);
        exo.rt.Heap.clockInTicks();   // the GC log's times are TSC ticks until calibration
        try {
            boot(multibootInfoPhys, entryTsc, tests);
        } catch (Throwable t) {
            Panic.panic("uncaught " + t, t);
        }
    }

    private static void boot(long multibootInfoPhys, long entryTsc, TestRunner tests) {
        initConsole();
        // Calibrate first (PIT channel 2, no interrupts needed): every log timestamp then uses
        // the real TSC rate instead of jumping back when the assumed 1 GHz is replaced.
        Clock.setTscHz(TscCalibration.calibrate());
        exo.rt.Heap.clockCalibrated(Clock.tscHz());
        Log.info("Exo-OS " + Kernel.VERSION + " booting");
        BootInfo info = parseBootInfo(multibootInfoPhys);
        CommandLine cl = CommandLine.parse(info.commandLine);
        Kernel.commandLine = cl;
        Log.setLevel(cl.logLevel());
        Panic.setTestMode(cl.testName() != null && tests != null);
        Log.info("boot loader \"" + info.bootLoaderName + "\", command line \"" + info.commandLine + "\"");
        for (String warning : cl.warnings()) {
            Log.warn(warning);
        }
        printMemoryMap(info);
        // Before the memory set-up: the direct map of RAM above 4 GiB is mapped not executable.
        Log.info("CPU features enabled: " + CpuFeatures.enable());
        initMemory(info);
        initCpu();
        initInterruptsAndTime();
        initInput(cl);
        initScheduler(cl);
        initProcesses(cl);
        Cpu.sti();
        Console.println("Exo-OS ready: booted in " + Clock.millisBetween(entryTsc, Cpu.rdtsc()) + " ms");
        if (cl.testName() != null && tests != null) {
            tests.run(cl.testName(), cl);
        } else if (cl.get("run") != null) {
            initTerminals(cl, true);
            runCommand(cl.get("run"));
            for (;;) {
                Scheduler.sleepMillis(60_000);   // PID 1 runs; its exit powers the machine off
            }
        } else if (cl.get("init") != null && startInit(cl)) {
            for (;;) {
                Scheduler.sleepMillis(60_000);   // init runs the system; reboot(2) ends it
            }
        } else {
            if (cl.testName() != null) {
                Log.warn("test=" + cl.testName() + " ignored: this is the production image (the suites are in the"
                        + " test image, tools/boot/test)");
            }
            idle();
        }
    }

    private static void initConsole() {
        Uart16550 serial = new Uart16550(Uart16550.COM1);
        serial.init(SERIAL_BAUD);
        Console.attachSerial(serial);
        Kernel.serial = serial;
        VgaText vga = VgaText.atDirectMap();
        vga.clear();
        vga.enableCursor();
        Console.attachVga(vga);
        Kernel.vga = vga;
        Splash.show(vga, serial, Kernel.VERSION);
    }

    private static BootInfo parseBootInfo(long multibootInfoPhys) {
        try {
            BootInfo info = Multiboot2.parse(multibootInfoPhys);
            Kernel.bootInfo = info;
            return info;
        } catch (MultibootException e) {
            Panic.panic(e.getMessage(), e);
            return null;
        }
    }

    private static void printMemoryMap(BootInfo info) {
        MemoryMap map = info.memoryMap;
        Log.info("memory: " + (map.usableBytes() >> 20) + " MiB usable, map"
                + (info.hasMemoryMapTag ? "" : " (from basic meminfo)") + ":");
        for (int i = 0; i < map.count(); i++) {
            Log.info("  " + map.describe(i));
        }
        for (int i = 0; i < info.modules.size(); i++) {
            Log.info("module " + Fmt.hex(info.modules.get(i).start) + " (" + Fmt.size(info.modules.get(i).sizeBytes())
                    + ") " + info.modules.get(i).cmdline);
        }
    }

    private static void initMemory(BootInfo info) {
        Kernel.kernelEndPhys = PhysAddr.fromVirt(Cpu.symbolAddress("__kernel_end"));
        Kernel.heap = KernelHeap.fromLinker();
        FrameAllocator frames = BootMemory.frameAllocator(info, Kernel.kernelEndPhys, Kernel.heap);
        Kernel.frames = frames;
        for (int r = 0; r < frames.reservationCount(); r++) {
            Log.debug("reserved " + frames.describeReservation(r));
        }
        Log.info("frames: " + frames.managedFrames() + " usable, " + frames.freeFrames() + " free ("
                + Fmt.size(frames.freeFrames() * PhysAddr.PAGE_SIZE) + ")");
        Kernel.kernelSpace = PageTable.current(frames);
        // The boot assembly mapped the first GiBs; map the rest of RAM, then manage its frames.
        long above = DirectMap.extend(Kernel.kernelSpace, info.memoryMap, CpuFeatures.nxEnabled());
        frames.extendTo(PhysAddr.of(info.memoryMap.usableEnd()));
        initHeapLimit(frames);
        if (above > 0) {
            Log.info("direct map extended by " + Fmt.size(above) + " to all RAM: " + frames.managedFrames()
                    + " frames usable, " + frames.freeFrames() + " free (" + Fmt.size(frames.freeFrames() * PhysAddr.PAGE_SIZE) + ")");
        }
        PhysAddr pool = frames.allocRun(BUDDY_POOL_FRAMES, BUDDY_POOL_FRAMES);
        if (pool.isNone()) {
            Log.warn("no aligned " + Fmt.size(BUDDY_POOL_FRAMES * PhysAddr.PAGE_SIZE) + " for the buddy pool");
        } else {
            Kernel.buddy = new BuddyAllocator(pool.value(), BUDDY_POOL_FRAMES);
            Log.debug("buddy pool at " + pool);
        }
    }

    /**
     * The heap is backed with frames from here on, as the runtime asks (the early pool served
     * it so far), up to 3/4 of RAM or kheap=MIB, and never past its window. It holds only
     * the frames it needs and gives back what a collection frees (exo.rt.Blocks), so the
     * limit is no reservation: it bounds the kernel's objects (tmpfs inodes take 5/8 of it
     * at most, InodeBudget) and leaves processes a quarter of RAM in the worst case.
     */
    private static void initHeapLimit(FrameAllocator frames) {
        KernelHeap heap = Kernel.heap;
        CommandLine cl = Kernel.commandLine;
        int mib = cl != null ? cl.heapLimitMib() : 0;
        heap.setLimit(mib != 0 ? (long) mib << 20 : frames.managedFrames() * PhysAddr.PAGE_SIZE / 4 * 3);
        // A heap in .bss (a kernel built without --heap-at; the host's BootTest) is all there,
        // sized by exoc: nothing to back, no limit to set.
        if (heap.backedOnDemand()) {
            heap.backWith(frames, Kernel.kernelSpace, PageEntry.WRITABLE | (CpuFeatures.nxEnabled() ? PageEntry.NX : 0));
            if (!exo.rt.Heap.backAgain()) {
                throw new IllegalStateException("no frames for the kernel heap's tables and blocks");
            }
            exo.rt.Heap.setLimits(Math.min(HEAP_MIN_BYTES, heap.limitBytes()), heap.limitBytes());
            // gclog=1: one line per collection on the console (in use before and after, size).
            exo.rt.Heap.setLog(cl != null && "1".equals(cl.get("gclog")));
        }
        Log.info("kernel image ends at " + Fmt.hex(Kernel.kernelEndPhys) + ", runtime heap " + heap.describe());
    }

    private static void initCpu() {
        Kernel.gdt = Gdt.build(Kernel.frames);
        Kernel.gdt.install();
        Kernel.idt = Idt.buildFromLinker(Kernel.frames);
        Kernel.idt.install();
        PhysAddr area = Kernel.frames.allocZeroed();
        if (area.isNone()) {
            throw new IllegalStateException("no frame for the per-CPU area");
        }
        PerCpu.setUp(0, area.direct().value(), Kernel.gdt.tssAddress());
        Log.info("GDT + TSS (IST1 double fault, IST2 NMI) and IDT (256 gates) loaded");
    }

    private static void initInterruptsAndTime() {
        Pic8259.remap();
        long tscHz = Clock.tscHz();
        Log.info("TSC " + tscHz / 1_000_000 + "." + Fmt.zeros(tscHz / 1000 % 1000, 3) + " MHz ("
                + TscCalibration.source() + ")");
        Pit.startPeriodic(TIMER_HZ);
        Ticks.start(TIMER_HZ, Cpu.rdtsc());
        Irqs.register(Timer.IRQ, new Timer());
        Log.info("PIT at " + TIMER_HZ + " Hz (divisor " + Pit.divisorFor(TIMER_HZ) + "), PIC remapped to 32-47");
        DateTime now = Rtc.read();
        Clock.syncWallClock(now.toEpochMillis(), Cpu.rdtsc());
        Log.info("RTC date " + now + " UTC");
    }

    private static void initInput(CommandLine cl) {
        Ps2Keyboard keyboard = new Ps2Keyboard(KeyboardLayout.forName(cl.keyboardLayout()));
        keyboard.init();
        Irqs.register(Ps2Keyboard.IRQ, keyboard);
        Kernel.keyboard = keyboard;
        if (Kernel.serial.isPresent()) {
            Irqs.register(Uart16550.COM1_IRQ, Kernel.serial);
            Kernel.serial.enableReceiveInterrupts();
        }
        Log.info("keyboard layout " + keyboard.layout().name + ", serial input on IRQ " + Uart16550.COM1_IRQ);
    }

    private static void initScheduler(CommandLine cl) {
        Scheduler.init(cl.quantumMs(), TIMER_HZ, Kernel.kernelSpace, Kernel.frames);
        Scheduler.setUncaughtHandler((thread, t) -> Panic.panic("uncaught exception in " + thread + ": " + t, t));
        Log.info("scheduler: 3-queue EMA (hot/normal/cold), quantum " + Scheduler.quantumMs() + " ms ("
                + Scheduler.quantumTicks() + " ticks), thread stacks " + ThreadStack.STACK_BYTES / 1024
                + " KiB + guard page");
    }

    /**
     * User space: reference-counted frames, the kernel half every address space shares, the
     * file layer (tmpfs root, /dev, /proc), the process table, and the syscall instruction.
     */
    private static void initProcesses(CommandLine cl) {
        FrameRefs refs = FrameRefs.create(Kernel.frames);
        KernelHalf.prepare(Kernel.kernelSpace, Kernel.frames);
        AddressSpace.setNxEnabled(CpuFeatures.nxEnabled());
        AddressSpace.setAnonFaultAround(cl.intValue("anon_fault_around", 1, 0, 1) != 0);   // 0: off, to compare
        long rootBytes = Kernel.frames.managedFrames() * PhysAddr.PAGE_SIZE / 2;
        SystemFacts facts = new SystemFacts();
        facts.commandLine = Kernel.bootInfo.commandLine;
        facts.kernelHeapBytes = () -> Kernel.heap.framesTaken() * PhysAddr.PAGE_SIZE;
        Kernel.files = FileLayer.create(new KernelFsClock(), new KernelFrames(refs), rootBytes, facts,
                new TscEntropy(), consoleOutput(cl));
        Kernel.files.inodes.limitToHeap(Kernel.heap.limitBytes());   // tmpfs inodes live on the heap
        Processes.setUp(Kernel.files, facts, Kernel.kernelSpace, refs, Boot::initExited);
        SyscallMsrs.enable(Cpu.symbolAddress("exo_syscall_entry"));
        Strace.configure(cl.get("strace"));
        Log.info("user space: syscall entry ready, root tmpfs " + Fmt.size(rootBytes) + ", /dev, /proc");
        Kernel.files.unpackModules(Kernel.bootInfo);
    }

    /**
     * The terminal layer (tty.TtySetup): ttyS0, tty1..4, /dev/console, /dev/tty, /dev/ptmx and
     * /dev/pts, the input thread. In run= boots the command's console is ttyS1 (COM2, input on
     * IRQ 3); console_input=pipe (tools/boot/run, when the host's standard input is not a
     * terminal) makes it a raw line whose input ends with the host's; console=ttyS0 or tty1..4
     * puts the command on COM1 or a virtual console instead. commandConsole: /dev/console
     * becomes the controlling terminal of the session leader that opens it (run= boots; not
     * for an init, as on Linux). Call before the first process opens /dev/console; the idle
     * loop's echo (no process) does without it.
     */
    static TtySetup.Terminals initTerminals(CommandLine cl, boolean commandConsole) {
        TtySetup.Devices d = new TtySetup.Devices();
        d.consoleControls = commandConsole;
        d.com1 = Kernel.serial;
        d.keyboard = Kernel.keyboard;
        d.vga = Kernel.vga;
        if (cl.get("console") != null) {
            d.console = cl.get("console");
        }
        if (Kernel.runConsole != null) {
            d.runConsole = Kernel.runConsole;
            d.runInputPiped = "pipe".equals(cl.get("console_input"));
            Irqs.register(Uart16550.COM2_IRQ, Kernel.runConsole);
            Kernel.runConsole.enableReceiveInterrupts();
        }
        return TtySetup.install(Kernel.files, d);
    }

    /**
     * Where programs' /dev/console output goes: the kernel console (serial and VGA), or with
     * console=ttyS1 the second serial port alone, byte for byte, so that `./exo run -- CMD`
     * gets the program's output apart from the kernel's messages (which stay on COM1).
     */
    private static ConsoleDevice.Output consoleOutput(CommandLine cl) {
        if (!"ttyS1".equals(cl.get("console"))) {
            return Console::write;
        }
        Uart16550 com2 = new Uart16550(Uart16550.COM2);
        com2.initReceiving(SERIAL_BAUD);   // the host may be sending already
        Kernel.runConsole = com2;
        return com2::writeRaw;
    }

    /**
     * run=FILE: FILE (in the initramfs) holds a command line, NUL-separated; it runs as PID 2
     * under the kernel's own PID 1, and its exit ends the boot (`./exo run -- CMD`). A command without a slash is looked
     * for in /bin and /usr/bin.
     */
    private static void runCommand(String argvFile) {
        String[] argv = FirstProcess.readArgv(Kernel.files, argvFile);
        if (argv == null || argv.length == 0) {
            Log.error("run=" + argvFile + ": no command there");
            DebugExit.exit(false);
        }
        Processes.setInitExit(Boot::runExited);
        int r = FirstProcess.startUnderKernelInit(Kernel.files, argv);
        if (r < 0) {
            Log.error("exo: cannot run " + argv[0] + ": " + Errno.name(-r));
            Log.info("exo: exit status 127");
            DebugExit.exit(false);
        }
    }

    /** The command of a run= boot ended: report its status the way a shell would, power off. */
    private static void runExited(int waitStatus) {
        int code = (waitStatus & 0x7F) == 0 ? (waitStatus >> 8) & 0xFF : 128 + (waitStatus & 0x7F);
        Log.info("exo: exit status " + code);
        DebugExit.exit(code == 0);
    }

    /**
     * init=PATH: PATH (e.g. /sbin/init, from the initramfs) runs as PID 1 with the consoles as
     * terminals, as Linux starts its init, with the command line's words after "--" as its
     * arguments. Returns false, after logging why, when it cannot
     * start: the boot then falls back to the kernel's input echo loop.
     */
    private static boolean startInit(CommandLine cl) {
        initTerminals(cl, false);
        String path = cl.get("init");
        List<String> args = cl.initArgs();
        String[] argv = new String[1 + args.size()];
        argv[0] = path;
        for (int i = 0; i < args.size(); i++) {
            argv[1 + i] = args.get(i);
        }
        int r = FirstProcess.start(Kernel.files, argv);
        if (r < 0) {
            Log.error("init=" + path + ": cannot run it: " + Errno.name(-r));
            return false;
        }
        return true;
    }

    /** PID 1 has exited: the machine has nothing left to do. */
    private static void initExited(int waitStatus) {
        int code = (waitStatus & 0x7F) == 0 ? (waitStatus >> 8) & 0xFF : 128 + (waitStatus & 0x7F);
        Log.info("init exited with status " + code);
        Panic.panic("init exited (status " + code + ")", null);
    }

    /** Ctrl+T (as BSD's status key) prints the thread table. */
    static final int CTRL_T = 0x14;

    /**
     * Echoes keyboard and serial input forever. Between keys the main thread blocks on the
     * drivers' wait queue (their IRQ handlers wake it), so the idle thread gets the CPU and
     * main counts as I/O-bound.
     */
    private static void idle() {
        Console.println("Type on the keyboard or the serial console; input is echoed (Ctrl+T: threads).");
        WaitQueue input = new WaitQueue();
        Kernel.keyboard.setReaders(input);
        Kernel.serial.setReaders(input);
        for (;;) {
            boolean on = Irq.save();
            while (!Kernel.keyboard.hasInput() && !Kernel.serial.hasInput()) {
                input.sleep();
            }
            Irq.restore(on);
            for (int key = Kernel.keyboard.poll(); key >= 0; key = Kernel.keyboard.poll()) {
                echoKey(key);
            }
            for (int b = Kernel.serial.poll(); b >= 0; b = Kernel.serial.poll()) {
                echoSerialByte(b);
            }
        }
    }

    static void echoKey(int key) {
        if (key >= Ps2Keyboard.SPECIAL) {
            return;
        }
        if (key == CTRL_T) {
            Threads.dump(Console::println);
            return;
        }
        if (key == '\b') {
            Console.print("\b \b");
        } else {
            Console.putChar(key);
        }
    }

    private static void echoSerialByte(int b) {
        if (b == CTRL_T) {
            Threads.dump(Console::println);
        } else if (b == 0x7F || b == '\b') {
            Console.print("\b \b");
        } else if (b == '\r') {
            Console.writeByte('\n');
        } else {
            Console.writeByte(b);
        }
    }
}
