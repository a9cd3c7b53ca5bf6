/*
 * The natives of exo.rt.SysSupport, what the system-call binding exo.sys needs from the linux
 * target's C glue besides Syscall.syscall6: the addresses of the C signal handler and of the
 * rt_sigreturn restorer (linux.c) for rt_sigaction, and an atomic take of the signals that
 * handler recorded. The kernel target has no signals: calling them there is a compile error.
 */
package exo.compiler.intrinsic;

import exo.compiler.CompileError;
import java.util.List;

final class SysSupportIntrinsics implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("exo/rt/SysSupport");
    }

    @Override
    public boolean replacesBodies() {
        return false;   // its Java helpers (array addresses) are compiled as usual
    }

    @Override
    public Lowered lower(IntrinsicCall c) throws CompileError {
        if (!c.method().isNative()) {
            return null;
        }
        if (c.target().hasHardware()) {
            throw new CompileError(c.where() + ": " + c.javaName() + " (Linux signals) is only available to the linux target");
        }
        switch (c.name()) {
            case "signalHandler": return Lowered.pure("((jlong)&exo_signal_handler)");
            case "signalRestorer": return Lowered.pure("((jlong)&exo_signal_restorer)");
            case "takeSignals": return Lowered.pure("((jlong)__atomic_exchange_n(&exo_signals_pending, 0UL, __ATOMIC_SEQ_CST))");
            case "pendingSignals": return Lowered.pure("((jlong)__atomic_load_n(&exo_signals_pending, __ATOMIC_SEQ_CST))");
            default: return null;
        }
    }
}
