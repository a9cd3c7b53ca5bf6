/*
 * exo.rt.VM's platform hooks on the linux target: the C glue of linux.c (write(2), exit_group,
 * clock_gettime) and of linux_threads.c (threads, park/unpark, the heap lock, stopping the
 * world). The allocation fast path needs no critical section (buffers are per thread), the
 * other threads' stacks come from their runtime blocks, no frame-pointer stack walk.
 */
package exo.compiler.intrinsic;

import java.util.List;

public final class LinuxPlatform implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("exo/rt/VM");
    }

    @Override
    public boolean replacesBodies() {
        return false;
    }

    @Override
    public Lowered lower(IntrinsicCall c) throws exo.compiler.CompileError {
        switch (c.name()) {
            case "write": return Lowered.pure("exo_vm_write(" + String.join(", ", c.args()) + ")");
            case "exit": return Lowered.pure("exo_platform_exit(" + c.arg(0) + ")");
            case "nanoTime": return Lowered.pure("exo_platform_nanotime()");
            case "currentTimeMillis": return Lowered.pure("exo_platform_millis()");
            // Allocation buffers are per thread: the fast path needs no critical section.
            case "enterCritical": return Lowered.pure("0");
            case "exitCritical": return Lowered.pure("((void)0)");
            case "currentStackTop": return Lowered.pure("((jlong)EXO_SELF->stack_high)");
            case "threadsEnabled": return Lowered.pure(c.prog().threaded() ? "1" : "0");
            case "lockHeap": return Lowered.pure("exo_heap_lock()");
            case "unlockHeap": return Lowered.pure("exo_heap_unlock()");
            case "stopWorld": return Lowered.pure("exo_stop_world()");
            case "resumeWorld": return Lowered.pure("exo_resume_world()");
            case "threadCount": return Lowered.pure("exo_thread_count()");
            case "threadBlock": return Lowered.pure("exo_thread_block(" + c.arg(0) + ")");
            case "startThread": return Lowered.pure("exo_thread_start(" + c.arg(0) + ", " + c.arg(1) + ")");
            case "park": return Lowered.pure("exo_park(" + c.arg(0) + ")");
            case "unpark": return Lowered.pure("exo_unpark(" + c.arg(0) + ")");
            case "yieldThread": return Lowered.pure("exo_thread_yield()");
            case "availableProcessors": return Lowered.pure("exo_cpu_count()");
            // The heap is an anonymous mapping: Linux backs a page when it is first touched.
            case "backHeap": return Lowered.pure("1");
            case "unbackHeap": return Lowered.pure("((void)0)");
            case "yieldCpu": return Lowered.pure("exo_thread_yield()");
            case "gcHelpOpen": return Lowered.pure("exo_gc_help_open()");
            case "otherStackCount":
            case "otherStackLow":
            case "otherStackHigh":
            case "stackWalk": return Lowered.pure("0");
            default: return null;
        }
    }
}
