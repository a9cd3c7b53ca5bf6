/*
 * exo.rt.Mem, raw memory for the runtime's own allocator and collector (exo.rt.Heap), and
 * the running thread's runtime block (its allocation buffer, at a fixed offset). Loads
 * and stores are plain, not volatile: the heap is ordinary memory that only the runtime reads
 * and writes, always between VM.enterCritical and VM.exitCritical (a call or an asm with a
 * "memory" clobber, so gcc does not move heap accesses across them), and the allocation fast
 * path depends on gcc keeping values in registers and merging accesses between those points.
 * Device memory, which must see every access, is exo.hw.Memory (DeviceMemory): volatile.
 * backHeap and unbackHeap (memory behind the heap's region) and yieldCpu are the platform's:
 * the target's platform family lowers them. The atomics (fetchOr64, cas64, the volatile
 * load and store) serve the collector's parallel marking.
 */
package exo.compiler.intrinsic;

import java.util.List;

final class RuntimeMemory implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("exo/rt/Mem");
    }

    @Override
    public boolean replacesBodies() {
        return true;
    }

    @Override
    public Lowered lower(IntrinsicCall c) throws exo.compiler.CompileError {
        String a = c.args().isEmpty() ? null : "(uintptr_t)(" + c.arg(0) + ")";
        switch (c.name()) {
            case "load8": return Lowered.pure("(*(int8_t *)" + a + ")");
            case "load16": return Lowered.pure("(*(int16_t *)" + a + ")");
            case "load32": return Lowered.pure("(*(jint *)" + a + ")");
            case "load64": return Lowered.pure("(*(jlong *)" + a + ")");
            case "store8": return Lowered.pure("(*(int8_t *)" + a + " = (int8_t)(" + c.arg(1) + "))");
            case "store16": return Lowered.pure("(*(int16_t *)" + a + " = (int16_t)(" + c.arg(1) + "))");
            case "store32": return Lowered.pure("(*(jint *)" + a + " = (" + c.arg(1) + "))");
            case "store64": return Lowered.pure("(*(jlong *)" + a + " = (" + c.arg(1) + "))");
            // The whole header, class reference and initial lock word (ObjectLayout).
            case "storeHeader": return Lowered.pure("(*(uint64_t *)" + a + " = (uint64_t)(" + c.arg(1) + "))");
            case "addressOf": return Lowered.pure("((jlong)" + a + ")");
            case "objectAt": return Lowered.pure("((jobj)" + a + ")");
            // An address known not to be 0: gcc may drop later null tests of the object.
            case "nonNullObjectAt":
                return Lowered.pure("({ jobj o_ = (jobj)" + a + "; if (!o_) __builtin_unreachable(); o_; })");
            // The running thread's runtime block (exo_thread in exo.h): fs-relative on linux.
            case "threadBlock": return Lowered.pure("((jlong)(uintptr_t)EXO_SELF->self)");
            case "loadThread64": return Lowered.pure("EXO_TL(jlong, " + c.arg(0) + ")");
            case "loadThread32": return Lowered.pure("EXO_TL(jint, " + c.arg(0) + ")");
            case "storeThread64": return Lowered.pure("(EXO_TL(jlong, " + c.arg(0) + ") = (" + c.arg(1) + "))");
            case "storeThread64Ordered": return Lowered.pure("EXO_TL_STORE_ORDERED(jlong, " + c.arg(0) + ", " + c.arg(1) + ")");
            case "storeThread32": return Lowered.pure("(EXO_TL(jint, " + c.arg(0) + ") = (" + c.arg(1) + "))");
            case "zero": return Lowered.pure("memset((void *)" + a + ", 0, (size_t)(" + c.arg(1) + "))");
            case "copy": return Lowered.pure("memmove((void *)" + a + ", (void *)(uintptr_t)(" + c.arg(1) + "), (size_t)(" + c.arg(2) + "))");
            // The collector's parallel marking (exo.rt.ParallelMarker).
            case "fetchOr64": return Lowered.pure("__atomic_fetch_or((jlong *)" + a + ", (jlong)(" + c.arg(1) + "), __ATOMIC_SEQ_CST)");
            case "cas64": return Lowered.pure("__sync_bool_compare_and_swap((jlong *)" + a + ", (jlong)(" + c.arg(1) + "), (jlong)(" + c.arg(2) + "))");
            case "loadVolatile64": return Lowered.pure("__atomic_load_n((jlong *)" + a + ", __ATOMIC_SEQ_CST)");
            case "storeVolatile64": return Lowered.pure("__atomic_store_n((jlong *)" + a + ", (jlong)(" + c.arg(1) + "), __ATOMIC_SEQ_CST)");
            case "storeRelease64": return Lowered.pure("__atomic_store_n((jlong *)" + a + ", (jlong)(" + c.arg(1) + "), __ATOMIC_RELEASE)");
            case "backHeap":
            case "unbackHeap":
            case "yieldCpu": return c.target().platform().lower(c);
            default: return null;
        }
    }
}
