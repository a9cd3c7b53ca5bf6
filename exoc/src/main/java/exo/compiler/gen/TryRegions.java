/*
 * The try-catch regions of one method, for MethodGen. Every instruction that can throw
 * jumps to the dispatcher of the list of handlers covering it (label X<n>; one dispatcher
 * per distinct list). A dispatcher records the frame in the exception's trace, tries the
 * handlers in order (the exception becomes stack slot 0 of the handler), and otherwise
 * leaves the method with the exception still pending.
 */
package exo.compiler.gen;

import exo.compiler.CompileError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

final class TryRegions {
    private final MethodNode mn;
    private final InsnList insns;
    private final List<TryCatchBlockNode>[] handlersAt;
    /** Handler lists (as tcb index strings) -> dispatcher number. */
    private final Map<String, Integer> dispatchers = new HashMap<>();
    private final List<List<TryCatchBlockNode>> dispatcherBlocks = new ArrayList<>();

    @SuppressWarnings("unchecked")
    TryRegions(MethodNode mn) {
        this.mn = mn;
        this.insns = mn.instructions;
        handlersAt = new List[insns.size()];
        for (TryCatchBlockNode tcb : mn.tryCatchBlocks) {
            int end = insns.indexOf(tcb.end);
            for (int i = insns.indexOf(tcb.start); i < end; i++) {
                if (handlersAt[i] == null) {
                    handlersAt[i] = new ArrayList<>();
                }
                handlersAt[i].add(tcb);
            }
        }
    }

    /** Is the instruction at index inside a try region? */
    boolean covered(int index) {
        return handlersAt[index] != null;
    }

    boolean used() {
        return !dispatcherBlocks.isEmpty();
    }

    /** Label of the dispatcher for an exception raised at instruction index. */
    String dispatcherAt(int index) {
        List<TryCatchBlockNode> hs = handlersAt[index];
        StringBuilder key = new StringBuilder();
        if (hs != null) {
            for (TryCatchBlockNode t : hs) {
                key.append(mn.tryCatchBlocks.indexOf(t)).append(',');
            }
        }
        Integer n = dispatchers.get(key.toString());
        if (n == null) {
            n = dispatcherBlocks.size();
            dispatchers.put(key.toString(), n);
            dispatcherBlocks.add(hs == null ? List.of() : hs);
        }
        return "X" + n;
    }

    /**
     * The dispatchers used so far. traceId < 0: the frame is not recorded (hidden classes);
     * exit: the statement that leaves the method with the exception pending.
     */
    void emitDispatchers(StringBuilder out, CProgram prog, int traceId, String exit) throws CompileError {
        for (int n = 0; n < dispatcherBlocks.size(); n++) {
            out.append(" X").append(n).append(":\n");
            if (traceId >= 0) {
                out.append("    exo_unwind_frame(").append(traceId).append(", exc_line);\n");
            }
            for (TryCatchBlockNode tcb : dispatcherBlocks.get(n)) {
                String take = "{ jobj e = exo_pending; exo_pending = 0; s0a = " + prog.rt("caught") + "(e); goto L"
                        + insns.indexOf(tcb.handler) + "; }";
                if (tcb.type == null) {
                    out.append("    ").append(take).append('\n');
                    break;
                }
                out.append("    if (exo_instanceof(exo_pending, &").append(prog.classDescFor(tcb.type)).append(")) ")
                        .append(take).append('\n');
            }
            out.append("    ").append(exit).append('\n');
        }
    }
}
