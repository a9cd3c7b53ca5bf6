/*
 * The kernel's dependency rule, checked on its sources: packages are stacked in LAYERS, from
 * the hardware intrinsics at the bottom to the boot wiring at the top, and a package may import
 * only from the packages below it. That keeps the import graph free of cycles, so each layer
 * can be read, tested and replaced without the ones above it. A new package must be placed in
 * LAYERS (and in docs/ARCHITECTURE.md) before it compiles into a passing build. Imports are
 * read from the `import exo...;` lines and from fully qualified `exo.kernel.X.Name` uses in
 * the code.
 */
package exo.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PackageLayersTest {
    /** Bottom to top: each package may use the ones listed before it. */
    static final List<String> LAYERS = List.of(
            "exo.hw",                      // intrinsics (simulated on the host)
            "exo.kernel.util",             // formatting helpers, RangeMap
            "exo.kernel.arch.x86_64.regs", // control-register, MSR, RFLAGS and CPUID bits
            "exo.kernel.arch.x86_64.trap", // trap/switch frame and per-CPU area layouts
            "exo.kernel.arch.x86_64.mm",   // page-table entry format, boot-time maps
            "exo.kernel.time",             // clocks, ticks, dates
            "exo.kernel.cpu",              // interrupt flag, what this CPU is doing
            "exo.kernel.mm",               // frames, page tables, faults
            "exo.kernel.boot",             // multiboot2, command line, boot memory
            "exo.kernel.exec",             // ELF images, the initial stack and auxv
            "exo.kernel.arch.x86_64.cpu",  // GDT, TSS, IDT, CPU features
            "exo.kernel.arch.x86_64.pc",   // PIC, PIT, RTC, TSC calibration
            "exo.kernel.signal",           // signal numbers, siginfo, the signal frame ABI
            "exo.kernel.irq",              // IRQ lines and their handlers
            "exo.kernel.sched",            // threads and the scheduler
            "exo.kernel.sync",             // locks, wait queues, monitors
            "exo.kernel.dev",              // drivers
            "exo.kernel.console",          // console and log
            "exo.kernel.fs",               // file layer: errno, flags, credentials, buffers
            "exo.kernel.fs.wait",          //   waiting for files (pipes, locks, poll)
            "exo.kernel.fs.lock",          //   record locks and flock
            "exo.kernel.fs.page",          //   the page cache's frames
            "exo.kernel.fs.vfs",           //   inodes, dentries, mounts, path walk
            "exo.kernel.fs.abi",           //   stat/statx/statfs/dirent64 layouts
            "exo.kernel.fs.pipe",          //   pipes and FIFOs
            "exo.kernel.fs.file",          //   open files, descriptor tables, file I/O calls
            "exo.kernel.fs.event",         //   poll/select, epoll, eventfd
            "exo.kernel.fs.tmpfs",         //   tmpfs
            "exo.kernel.fs.devfs",         //   /dev
            "exo.kernel.fs.procfs",        //   /proc
            "exo.kernel.fs.initramfs",     //   the boot archive
            "exo.kernel.fs.setup",         //   the file layer's assembly at boot
            "exo.kernel.tty",              // terminals: line discipline, termios, job control
            "exo.kernel.vm",               // user address spaces, page faults, copy-on-write
            "exo.kernel.uaccess",          // copies to and from user memory
            "exo.kernel.ipc",              // System V IPC objects (message queues)
            "exo.kernel.proc",             // processes, user threads, exec, signals
            "exo.kernel.syscall",          // the system calls, one class per family
            "exo.kernel.trap",             // trap dispatch, timer, panic
            "exo.kernel",                  // boot sequence, runtime platform, globals
            "exo.kernel.arch.x86_64");     // package documentation only

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(exo(?:\\.[a-z0-9_]+)*)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(exo(?:\\.[a-z0-9_]+)+)\\.[A-Z]\\w*");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    static Path mainSources() {
        return Path.of(System.getProperty("exo.root", "..")).resolve("kernel/src/main/java").toAbsolutePath().normalize();
    }

    /** Package -> the packages its files use. */
    static Map<String, TreeSet<String>> uses(Path root) throws IOException {
        Map<String, TreeSet<String>> uses = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path f : files) {
            String src = Files.readString(f);
            Matcher pm = PACKAGE.matcher(src);
            assertTrue(pm.find(), f + " has no package declaration");
            String pkg = pm.group(1);
            TreeSet<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
            String code = src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
            for (Pattern p : new Pattern[] {IMPORT, QUALIFIED}) {
                Matcher m = p.matcher(code);
                while (m.find()) {
                    if (!m.group(1).equals(pkg) && !m.group(1).startsWith("exo.rt")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    @Test
    void everyPackageIsPlacedInALayer() throws IOException {
        List<String> unplaced = new ArrayList<>();
        for (String pkg : uses(mainSources()).keySet()) {
            if (!LAYERS.contains(pkg)) {
                unplaced.add(pkg);
            }
        }
        assertEquals(List.of(), unplaced, "packages missing from PackageLayersTest.LAYERS");
    }

    @Test
    void packagesOnlyUseTheLayersBelowThem() throws IOException {
        List<String> upward = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> e : uses(mainSources()).entrySet()) {
            int level = LAYERS.indexOf(e.getKey());
            for (String used : e.getValue()) {
                int usedLevel = LAYERS.indexOf(used);
                if (level >= 0 && usedLevel >= level) {
                    upward.add(e.getKey() + " -> " + used);
                }
            }
        }
        assertEquals(List.of(), upward, "imports that go up (or sideways) the layers");
    }

    @Test
    void theRuleCatchesAnUpwardImport(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path mm = Files.createDirectories(dir.resolve("exo/kernel/mm"));
        Files.writeString(mm.resolve("Bad.java"), "package exo.kernel.mm;\nimport exo.kernel.sched.Scheduler;\nclass Bad {}\n");
        Path sched = Files.createDirectories(dir.resolve("exo/kernel/sched"));
        Files.writeString(sched.resolve("Ok.java"), "package exo.kernel.sched;\nclass Ok { Object f = exo.kernel.mm.PhysAddr.class; }\n");
        Map<String, TreeSet<String>> uses = uses(dir);
        assertEquals(new TreeSet<>(List.of("exo.kernel.sched")), uses.get("exo.kernel.mm"));
        assertEquals(new TreeSet<>(List.of("exo.kernel.mm")), uses.get("exo.kernel.sched"));
        assertTrue(LAYERS.indexOf("exo.kernel.sched") > LAYERS.indexOf("exo.kernel.mm"));
    }
}
