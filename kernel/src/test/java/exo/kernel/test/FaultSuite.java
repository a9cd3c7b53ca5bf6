/*
 * test=pagefault, test=gpf, test=divzero: trigger one CPU exception on purpose and let the
 * panic report run; Panic.expectTrap makes that report end with PASS. pagefault reads an
 * unmapped kernel-half address (checked unmapped first); gpf reads a non-canonical address.
 * divzero needs a real `div` by zero, which Java cannot express (integer division by zero is
 * an ArithmeticException), so the test writes `xor ecx,ecx; div ecx` into a fresh executable
 * page and, from the next timer interrupt, points the interrupted frame's rip at it: iretq
 * then runs the division. stackoverflow lets a thread recurse until it reaches the guard page
 * below its stack: the CPU cannot push the #PF frame there and raises a double fault, which runs
 * on its own stack (IST1); the report must name the thread whose guard page was hit. run()
 * returns only if the fault did not happen.
 */
package exo.kernel.test;

import exo.hw.Cpu;
import exo.hw.Memory;
import exo.kernel.Kernel;
import exo.kernel.arch.x86_64.trap.TrapFrame;
import exo.kernel.console.Console;
import exo.kernel.irq.IrqHandler;
import exo.kernel.irq.Irqs;
import exo.kernel.mm.PhysAddr;
import exo.kernel.mm.VirtAddr;
import exo.kernel.sched.KThread;
import exo.kernel.sched.Threads;
import exo.kernel.time.Ticks;
import exo.kernel.trap.Exceptions;
import exo.kernel.trap.Panic;
import exo.kernel.trap.Timer;
import exo.kernel.util.Fmt;

final class FaultSuite {
    private FaultSuite() {}

    static final long UNMAPPED = PagingSuite.TEST_WINDOW + 0xDEAD000L;
    static final long NON_CANONICAL = 0x8000000000000000L;
    static final long CODE_PAGE = PagingSuite.TEST_WINDOW + 0x80000000L;
    /** xor ecx, ecx; div ecx; jmp $ (in case the division somehow passes). */
    static final byte[] DIVIDE_BY_ZERO = {0x31, (byte) 0xC9, (byte) 0xF7, (byte) 0xF1, (byte) 0xEB, (byte) 0xFE};

    static void run(String name) {
        if (name.equals("pagefault")) {
            if (Kernel.kernelSpace.translate(VirtAddr.of(UNMAPPED)).value() != -1) {
                Console.println("  FAIL: " + Fmt.hex16(UNMAPPED) + " is mapped");
                return;
            }
            Panic.expectTrap(Exceptions.PAGE_FAULT);
            Console.println("  reading unmapped " + Fmt.hex16(UNMAPPED) + ", expecting #PF");
            Console.println("  read " + Memory.read64(UNMAPPED));
        } else if (name.equals("stackoverflow")) {
            Panic.expectTrap(Exceptions.DOUBLE_FAULT);
            Console.println("  a thread recurses without end, expecting #DF at its guard page");
            KThread t = Threads.create(arg -> depth = recurse(1), null, "overflow", KThread.PRIORITY_NORMAL);
            Threads.join(t);
            Console.println("  recursion ended at depth " + depth);
        } else if (name.equals("gpf")) {
            Panic.expectTrap(Exceptions.GENERAL_PROTECTION);
            Console.println("  reading non-canonical " + Fmt.hex16(NON_CANONICAL) + ", expecting #GP");
            Console.println("  read " + Memory.read64(NON_CANONICAL));
        } else {
            divideByZero();
        }
    }

    private static volatile int depth;

    /** Not a tail call (the store after it), so every level takes a stack frame. */
    private static int recurse(int n) {
        depth = n;
        int r = recurse(n + 1);
        depth = r;
        return r + 1;
    }

    private static void divideByZero() {
        long phys = Kernel.frames.allocZeroed().value();
        for (int i = 0; i < DIVIDE_BY_ZERO.length; i++) {
            Memory.write8(PhysAddr.toVirt(phys) + i, DIVIDE_BY_ZERO[i]);
        }
        // Map it without NX (whatever the direct map's attributes) so it can run.
        Kernel.kernelSpace.map(VirtAddr.of(CODE_PAGE), PhysAddr.of(phys), 0);
        Panic.expectTrap(Exceptions.DIVIDE_ERROR);
        Console.println("  running div by zero at " + Fmt.hex16(CODE_PAGE) + " from the next timer tick, expecting #DE");
        Irqs.register(Timer.IRQ, new RedirectOnTick(Irqs.handler(Timer.IRQ), CODE_PAGE));
        long start = Ticks.now();
        while (Ticks.now() - start < 100) {
            Cpu.hlt();
        }
    }

    /** Wraps the timer handler; on its first tick, makes iretq resume at `target`. */
    private static final class RedirectOnTick implements IrqHandler {
        private final IrqHandler timer;
        private final long target;
        private boolean done;

        RedirectOnTick(IrqHandler timer, long target) {
            this.timer = timer;
            this.target = target;
        }

        @Override
        public void handleIrq(int irq, long frame) {
            if (timer != null) {
                timer.handleIrq(irq, frame);
            }
            if (!done) {
                done = true;
                TrapFrame.setRip(frame, target);
            }
        }
    }
}
