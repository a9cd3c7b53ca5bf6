/*
 * exo.hw.CodeMap for the kernel target: lookups in the tables exoc emits for the kernel, the
 * method start table and the line table (exo_kernel.c: exo_code_method_at, exo_code_line_at)
 * and the stack-trace method table (class, method and file names by method id).
 */
package exo.compiler.intrinsic;

import java.util.List;

final class CodeMapIntrinsics implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("exo/hw/CodeMap");
    }

    @Override
    public boolean replacesBodies() {
        return true;
    }

    @Override
    public boolean needsHardware() {
        return true;
    }

    @Override
    public Lowered lower(IntrinsicCall c) {
        switch (c.name()) {
            case "methodAt": return Lowered.pure("exo_code_method_at(" + c.arg(0) + ")");
            case "lineAt": return Lowered.pure("exo_code_line_at(" + c.arg(0) + ")");
            case "className": return Lowered.pure("exo_method_string(exo_method_class, " + c.arg(0) + ")");
            case "methodName": return Lowered.pure("exo_method_string(exo_method_name, " + c.arg(0) + ")");
            case "fileName": return Lowered.pure("exo_method_string(exo_method_file, " + c.arg(0) + ")");
            default: return null;
        }
    }
}
