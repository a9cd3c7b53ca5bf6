/*
 * exo.hw.Port for the kernel target: x86 port I/O (in/out of 8, 16 and 32 bits), through the
 * one-instruction helpers of exo_kernel.c. The Java bodies drive exo.hw.Sim's devices.
 */
package exo.compiler.intrinsic;

import java.util.List;

final class PortIntrinsics implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("exo/hw/Port");
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
            case "inb": case "inw": case "inl":
                return Lowered.pure("exo_hw_" + c.name() + "(" + c.arg(0) + ")");
            case "outb": case "outw": case "outl":
                return Lowered.pure("exo_hw_" + c.name() + "(" + c.arg(0) + ", " + c.arg(1) + ")");
            default:
                return null;
        }
    }
}
