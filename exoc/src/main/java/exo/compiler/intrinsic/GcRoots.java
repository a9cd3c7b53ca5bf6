/*
 * exo.rt.Roots, what the collector scans besides the heap: the table of static reference
 * fields that exoc emits, and Roots.collect, which spills the callee-saved registers to the
 * stack (exo_gc in exo_rt.c) and calls Heap.collect with the stack pointer.
 */
package exo.compiler.intrinsic;

import java.util.List;

final class GcRoots implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("exo/rt/Roots");
    }

    @Override
    public boolean replacesBodies() {
        return true;
    }

    @Override
    public Lowered lower(IntrinsicCall c) {
        switch (c.name()) {
            case "staticTable": return Lowered.pure("((jlong)(uintptr_t)exo_static_roots)");
            case "staticCount": return Lowered.pure("exo_static_root_count");
            case "collect": return Lowered.throwing("exo_gc()");
            default: return null;
        }
    }
}
