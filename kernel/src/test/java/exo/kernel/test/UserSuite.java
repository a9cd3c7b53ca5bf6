/*
 * test=user: the first code in ring 3. A hand-assembled program (bytes below, from the assembly
 * beside them) becomes PID 1 with a code page, a data page and a stack, and runs in user mode:
 * write(1, "hello from ring 3\n", 18) through the syscall instruction; write(1, a kernel
 * address, 10), which must fail with -EFAULT; a push and pop (demand-paged stack), a store and
 * a load through a demand-paged data page; getpid; and exit_group with the sum of what it
 * saw: 18 - 14 + 7 + 1 = 12. The suite checks the output, the status and that the process's
 * frames went back.
 */
package exo.kernel.test;

import exo.kernel.Kernel;
import exo.kernel.console.Console;
import exo.kernel.proc.Process;
import exo.kernel.proc.Processes;
import exo.kernel.sched.Scheduler;
import exo.kernel.sync.Semaphore;
import exo.kernel.uaccess.UserMemory;
import exo.kernel.vm.AddressSpace;
import exo.kernel.vm.Vma;

final class UserSuite {
    private UserSuite() {}

    static final long CODE = 0x400000;
    static final long DATA = 0x401000;
    static final long STACK_TOP = 0x7ffffff00000L;
    /** Ticks the check waits at most for the exited thread to free its kernel stack. */
    static final int FRAMES_BACK_WAIT_TICKS = 50;

    /*
     *   0: mov $1,%eax; mov $1,%edi; lea msg(%rip),%rsi; mov $18,%edx; syscall    write
     *  18: mov %rax,%rbx
     *  1b: mov $1,%eax; mov $1,%edi; movabs $0xffff800000000000,%rsi; mov $10,%edx; syscall
     *  36: add %rax,%rbx; push %rbx; movq $7,data(%rip); pop %rbx; add data(%rip),%rbx
     *  4d: mov $39,%eax; syscall; add %rax,%rbx                                    getpid
     *  57: mov $231,%eax; mov %rbx,%rdi; syscall; ud2                              exit_group
     *  63: msg: "hello from ring 3\n"        data (at CODE + 0x1000): .quad 0
     */
    static final int[] PROGRAM = {
        0xb8, 0x01, 0x00, 0x00, 0x00, 0xbf, 0x01, 0x00, 0x00, 0x00, 0x48, 0x8d,
        0x35, 0x52, 0x00, 0x00, 0x00, 0xba, 0x12, 0x00, 0x00, 0x00, 0x0f, 0x05,
        0x48, 0x89, 0xc3, 0xb8, 0x01, 0x00, 0x00, 0x00, 0xbf, 0x01, 0x00, 0x00,
        0x00, 0x48, 0xbe, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80, 0xff, 0xff, 0xba,
        0x0a, 0x00, 0x00, 0x00, 0x0f, 0x05, 0x48, 0x01, 0xc3, 0x53, 0x48, 0xc7,
        0x05, 0xbb, 0x0f, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x5b, 0x48, 0x03,
        0x1d, 0xb3, 0x0f, 0x00, 0x00, 0xb8, 0x27, 0x00, 0x00, 0x00, 0x0f, 0x05,
        0x48, 0x01, 0xc3, 0xb8, 0xe7, 0x00, 0x00, 0x00, 0x48, 0x89, 0xdf, 0x0f,
        0x05, 0x0f, 0x0b,
        'h', 'e', 'l', 'l', 'o', ' ', 'f', 'r', 'o', 'm', ' ', 'r', 'i', 'n', 'g', ' ', '3', '\n',
    };

    private static volatile int exitStatus = -1;

    static boolean run() {
        Check check = new Check();
        long freeBefore = KernelSuites.freeFramesBesidesHeap();
        Semaphore done = new Semaphore(0);
        Processes.setInitExit(status -> {
            exitStatus = status;
            done.release();
        });
        Process p = Processes.createInit("user-test");
        p.setAddressSpace(AddressSpace.create(Kernel.kernelSpace, Processes.frames()));
        AddressSpace as = p.mm();
        as.lock.lock();
        as.mapFixedLocked(CODE, 0x1000, Vma.PROT_READ | Vma.PROT_WRITE, false, null, 0, null);
        as.mapFixedLocked(DATA, 0x1000, Vma.PROT_READ | Vma.PROT_WRITE, false, null, 0, null);
        as.mapFixedLocked(STACK_TOP - 0x10000, 0x10000, Vma.PROT_READ | Vma.PROT_WRITE, false, null, 0, "[stack]");
        as.lock.unlock();
        byte[] code = new byte[PROGRAM.length];
        for (int i = 0; i < code.length; i++) {
            code[i] = (byte) PROGRAM[i];
        }
        check.that(UserMemory.copyOutArray(as, CODE, code, 0, code.length) == code.length, "program copied in");
        as.lock.lock();
        check.that(as.protectLocked(CODE, 0x1000, Vma.PROT_READ | Vma.PROT_EXEC) == 0, "code page made read-only, executable");
        as.lock.unlock();
        check.that(UserMemory.copyOutArray(as, CODE, code, 0, 1) == 0, "the kernel cannot write a read-only user page either");
        check.that(Processes.openConsole(p) == 0, "stdin/stdout/stderr on /dev/console");
        Console.println("  entering ring 3:");
        Processes.startFirstThread(p, CODE, STACK_TOP);
        done.acquire();
        check.that(exitStatus == 12 << 8, "the program exited with 12 (write 18, EFAULT -14, data 7, pid 1): wait status "
                + exitStatus);
        check.that(p.isZombie(), "the process is a zombie");
        // The exiting thread reports the exit before it frees its own kernel stack: let it
        // finish (a bounded wait, so that a real leak still fails).
        for (int tick = 0; tick < FRAMES_BACK_WAIT_TICKS && KernelSuites.freeFramesBesidesHeap() < freeBefore - 2; tick++) {
            Scheduler.sleepTicks(1);
        }
        check.that(KernelSuites.freeFramesBesidesHeap() >= freeBefore - 2, "its frames went back (" + (freeBefore - KernelSuites.freeFramesBesidesHeap())
                + " still out)");
        return check.passed();
    }
}
