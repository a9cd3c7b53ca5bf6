/*
 * Runs the in-kernel test suite named by test= on the command line, after a complete boot, and
 * powers the machine off through Platform.exit: PASS (QEMU status 33) or FAIL (35). Suites:
 * frames, frames-race (the allocator under preemption), paging, timer, keyboard (count=N keys), gc check and report; threads, mutex, sleep,
 * queues and gc-threads check kernel threads, bench prints the benchmark table, fs the file
 * layer (VFS, tmpfs, devfs, procfs, pipes between threads, initramfs); pagefault,
 * gpf, divzero and stackoverflow trigger their exception on purpose, and the panic report then
 * powers off with PASS (Panic.expectTrap), so returning from them is a failure. The boot tests read the serial log:
 * "test NAME: start", the suite's check lines, then "test NAME: PASS" or "test NAME: FAIL".
 */
package exo.kernel.test;

import exo.kernel.Platform;
import exo.kernel.boot.CommandLine;
import exo.kernel.console.Console;

public final class KernelSuites {
    private KernelSuites() {}

    public static void run(String name, CommandLine cl) {
        Console.println("test " + name + ": start");
        boolean ok = runSuite(name, cl);
        Console.println("test " + name + ": " + (ok ? "PASS" : "FAIL"));
        Platform.exit(ok ? 0 : 1);
    }

    private static boolean runSuite(String name, CommandLine cl) {
        if (name.equals("frames")) {
            return FramesSuite.run();
        }
        if (name.equals("frames-race")) {
            return FramesRaceSuite.run();
        }
        if (name.equals("paging")) {
            return PagingSuite.run();
        }
        if (name.equals("timer")) {
            return TimerSuite.run();
        }
        if (name.equals("keyboard")) {
            return KeyboardSuite.run(cl.intValue("count", 10, 1, 100000));
        }
        if (name.equals("gc")) {
            return GcSuite.run();
        }
        if (name.equals("threads")) {
            return ThreadsSuite.run();
        }
        if (name.equals("mutex")) {
            return MutexSuite.run();
        }
        if (name.equals("sleep")) {
            return SleepSuite.run();
        }
        if (name.equals("queues")) {
            return QueuesSuite.run();
        }
        if (name.equals("gc-threads")) {
            return GcThreadsSuite.run();
        }
        if (name.equals("user")) {
            return UserSuite.run();
        }
        if (name.equals("fs")) {
            return FsSuite.run();
        }
        if (name.equals("bench")) {
            return BenchSuite.run();
        }
        if (name.equals("pagefault") || name.equals("gpf") || name.equals("divzero") || name.equals("stackoverflow")) {
            FaultSuite.run(name);
            Console.println("  FAIL: the " + name + " fault did not happen");
            return false;
        }
        Console.println("  FAIL: unknown test " + name
                + " (known: frames frames-race paging pagefault gpf divzero timer keyboard gc threads mutex sleep queues"
                + " gc-threads bench stackoverflow user fs)");
        return false;
    }
}
