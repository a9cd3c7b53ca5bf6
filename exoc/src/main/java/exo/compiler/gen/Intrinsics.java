/*
 * The one place where Java methods become inline C: the core library's natives
 * (docs/RUNTIME.md), the runtime's raw memory access (exo.rt.Mem, exo.rt.Roots), and for the
 * kernel target the hardware intrinsics of exo.hw, whose Java bodies only simulate the
 * machine. Each returns a C expression over already-evaluated argument expressions.
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import java.util.List;

public final class Intrinsics {
    private Intrinsics() {}

    /** True if calls to owner.name are lowered here instead of being called. */
    public static boolean isIntrinsicClass(String owner) {
        switch (owner) {
            case "exo/rt/Mem": case "exo/rt/Roots":
            case "exo/hw/Cpu": case "exo/hw/Port": case "exo/hw/Memory":
                return true;
            default:
                return false;
        }
    }

    /**
     * The C expression for a call of owner.name+desc with the given argument expressions
     * (receiver first for instance methods), or null if this is not an intrinsic.
     * 'target' is "linux" or "kernel".
     */
    static String expr(String owner, String name, String desc, List<String> a, String target, String where,
            java.util.function.Predicate<String> platformHas) throws CompileError {
        String key = owner + "." + name;
        switch (key) {
            // java.lang
            case "java/lang/Object.getClass": return "((" + a.get(0) + ")->cls->classObject)";
            case "java/lang/Object.hashCode":
            case "exo/rt/VM.identityHash": return "exo_identity_hash(" + a.get(0) + ")";
            case "java/lang/Class.isInstance": return "exo_instanceof(" + a.get(1) + ", CLASSDESC(" + a.get(0) + "))";
            case "java/lang/Class.isArray": return "((CLASSDESC(" + a.get(0) + ")->flags & EXO_ARRAY) != 0)";
            case "java/lang/Class.isInterface": return "((CLASSDESC(" + a.get(0) + ")->flags & EXO_INTERFACE) != 0)";
            case "java/lang/Class.isPrimitive": return "((CLASSDESC(" + a.get(0) + ")->flags & EXO_PRIMITIVE) != 0)";
            case "java/lang/Class.getComponentType": return "exo_class_component(" + a.get(0) + ")";
            case "java/lang/Class.getSuperclass": return "exo_class_super(" + a.get(0) + ")";
            case "java/lang/Class.getEnumConstantsShared": return "exo_class_enum_values(" + a.get(0) + ")";
            case "java/lang/Float.floatToRawIntBits": return "((jint)exo_fraw(" + a.get(0) + "))";
            case "java/lang/Float.intBitsToFloat": return "exo_fbits((uint32_t)" + a.get(0) + ")";
            case "java/lang/Double.doubleToRawLongBits": return "((jlong)exo_draw(" + a.get(0) + "))";
            case "java/lang/Double.longBitsToDouble": return "exo_dbits((uint64_t)" + a.get(0) + ")";
            case "java/lang/Math.sqrt":
            case "java/lang/StrictMath.sqrt": return "__builtin_sqrt(" + a.get(0) + ")";
            default:
                break;
        }
        if (target.equals("linux")) {
            // The kernel target binds these to exo.kernel.Platform (CProgram.platformCall).
            switch (key) {
                case "exo/rt/VM.write": return "exo_vm_write(" + a.get(0) + ", " + a.get(1) + ", " + a.get(2) + ", " + a.get(3) + ")";
                case "exo/rt/VM.exit": return "exo_platform_exit(" + a.get(0) + ")";
                case "exo/rt/VM.nanoTime": return "exo_platform_nanotime()";
                case "exo/rt/VM.currentTimeMillis": return "exo_platform_millis()";
                default: break;
            }
        }
        // Threading hooks: the kernel's Platform may provide them (CProgram.platformCall);
        // these are the single-threaded defaults.
        if (target.equals("linux") || !platformHas.test(name)) {
            switch (key) {
                case "exo/rt/VM.enterCritical": return target.equals("linux") ? "0" : "exo_hw_save_cli()";
                case "exo/rt/VM.exitCritical": return target.equals("linux") ? "((void)0)" : "exo_hw_restore_flags(" + a.get(0) + ")";
                case "exo/rt/VM.currentStackTop": return "((jlong)exo_stack_top)";
                case "exo/rt/VM.otherStackCount": return "0";
                case "exo/rt/VM.otherStackLow":
                case "exo/rt/VM.otherStackHigh": return "0";
                default: break;
            }
        }
        switch (key) {
            // exo.rt.VM
            case "exo/rt/VM.stackWalk": return target.equals("kernel") ? "exo_stack_walk(" + a.get(0) + ")" : "0";
            case "exo/rt/VM.literalCount": return "exo_string_literal_count";
            case "exo/rt/VM.literal": return "exo_string_literal(" + a.get(0) + ")";
            case "exo/rt/VM.methodClass": return "exo_method_string(exo_method_class, " + a.get(0) + ")";
            case "exo/rt/VM.methodName": return "exo_method_string(exo_method_name, " + a.get(0) + ")";
            case "exo/rt/VM.methodFile": return "exo_method_string(exo_method_file, " + a.get(0) + ")";
            // exo.rt.Mem
            case "exo/rt/Mem.load8": return "(*(volatile int8_t *)(uintptr_t)(" + a.get(0) + "))";
            case "exo/rt/Mem.load16": return "(*(int16_t *)(uintptr_t)(" + a.get(0) + "))";
            case "exo/rt/Mem.load32": return "(*(jint *)(uintptr_t)(" + a.get(0) + "))";
            case "exo/rt/Mem.load64": return "(*(jlong *)(uintptr_t)(" + a.get(0) + "))";
            case "exo/rt/Mem.store8": return "(*(int8_t *)(uintptr_t)(" + a.get(0) + ") = (int8_t)(" + a.get(1) + "))";
            case "exo/rt/Mem.store16": return "(*(int16_t *)(uintptr_t)(" + a.get(0) + ") = (int16_t)(" + a.get(1) + "))";
            case "exo/rt/Mem.store32": return "(*(jint *)(uintptr_t)(" + a.get(0) + ") = (" + a.get(1) + "))";
            case "exo/rt/Mem.store64": return "(*(jlong *)(uintptr_t)(" + a.get(0) + ") = (" + a.get(1) + "))";
            case "exo/rt/Mem.addressOf": return "((jlong)(uintptr_t)(" + a.get(0) + "))";
            case "exo/rt/Mem.objectAt": return "((jobj)(uintptr_t)(" + a.get(0) + "))";
            case "exo/rt/Mem.zero": return "memset((void *)(uintptr_t)(" + a.get(0) + "), 0, (size_t)(" + a.get(1) + "))";
            case "exo/rt/Mem.copy": return "memmove((void *)(uintptr_t)(" + a.get(0) + "), (void *)(uintptr_t)(" + a.get(1) + "), (size_t)(" + a.get(2) + "))";
            // exo.rt.Roots
            case "exo/rt/Roots.staticTable": return "((jlong)(uintptr_t)exo_static_roots)";
            case "exo/rt/Roots.staticCount": return "exo_static_root_count";
            case "exo/rt/Roots.collect": return "exo_gc()";
            default:
                break;
        }
        if (isIntrinsicClass(owner) && owner.startsWith("exo/hw/")) {
            if (!target.equals("kernel")) {
                throw new CompileError(where + ": hardware intrinsic " + owner.replace('/', '.') + "." + name
                        + " is only available to the kernel target, not to target " + target);
            }
            return HwIntrinsics.expr(owner, name, a, where);
        }
        return null;
    }
}
