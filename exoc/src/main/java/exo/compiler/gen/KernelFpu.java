/*
 * The FPU fence of the kernel target. The kernel's C is compiled with -mgeneral-regs-only, so
 * that kernel code never touches the FPU/SSE registers, which then hold the interrupted user
 * code's state all through a system call or trap: the entry paths need not fxsave/fxrstor it,
 * only the context switch does (kernel/arch/x86_64/switch.S). The few methods that do compute
 * in floating point (the core library's HashMap load factor, Math) are compiled for SSE
 * (EXO_FPU, exo.h), and those that general-register code can call, the ones without a float
 * or double in their signature, are split: the body becomes NAME_fpu and NAME a wrapper that
 * saves the FPU state on its stack, calls it and restores the state. A method with a float
 * or double parameter or result needs no wrapper: only floating-point code can call it, and
 * gcc rejects the program if general-register code does ("SSE register return with SSE
 * disabled"), so a method missed here is a compile error, never a clobbered user register.
 * Called by CProgram for each method body when the target is fpuFenced().
 */
package exo.compiler.gen;

import exo.compiler.model.MethodInfo;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;

final class KernelFpu {
    private KernelFpu() {}

    /** Does the method take or return a float or a double? */
    static boolean floatSignature(MethodInfo m) {
        if (isFloat(m.returnType())) {
            return true;
        }
        for (Type t : m.argTypes()) {
            if (isFloat(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFloat(Type t) {
        return t.getSort() == Type.FLOAT || t.getSort() == Type.DOUBLE;
    }

    /** Does the generated C function compute in floating point? */
    static boolean usesFloat(String function) {
        return function.contains("jfloat") || function.contains("jdouble");
    }

    /** The function as the kernel compiles it: unchanged, or split into body and fenced wrapper. */
    static String fence(CProgram prog, MethodInfo m, String function) {
        if (floatSignature(m) || !usesFloat(function)) {
            return function;
        }
        String prototype = prog.prototype(m);
        if (!function.startsWith(prototype)) {
            throw new IllegalStateException("KernelFpu: " + m + " does not start with its prototype");
        }
        String name = prog.methodName(m);
        String core = prototype.substring(prototype.indexOf("static "));   // no inline attributes
        int nameAt = core.indexOf(" " + name + "(");
        String returnType = core.substring("static ".length(), nameAt);
        String inner = "EXO_FPU __attribute__((noinline)) " + core.substring(0, nameAt) + " " + name + "_fpu"
                + core.substring(nameAt + 1 + name.length());
        String call = name + "_fpu(" + String.join(", ", parameterNames(core.substring(nameAt + 2 + name.length(),
                core.length() - 1))) + ")";
        StringBuilder b = new StringBuilder(inner).append(function, prototype.length(), function.length());
        b.append(prototype).append(" {\n    EXO_FPU_SAVE();\n");
        if (returnType.equals("void")) {
            b.append("    ").append(call).append(";\n    EXO_FPU_RESTORE();\n");
        } else {
            b.append("    ").append(returnType).append(" fenced_ = ").append(call).append(";\n");
            b.append("    EXO_FPU_RESTORE();\n    return fenced_;\n");
        }
        return b.append("}\n\n").toString();
    }

    /** The names in a C parameter list ("jobj p0, jint p1" or "void"). */
    private static List<String> parameterNames(String params) {
        List<String> names = new ArrayList<>();
        if (params.equals("void")) {
            return names;
        }
        for (String p : params.split(", ")) {
            names.add(p.substring(p.lastIndexOf(' ') + 1));
        }
        return names;
    }
}
