/*
 * exo.hw.Memory for the kernel target: raw access to any virtual address, each call one
 * volatile load or store. Volatile because this memory may be a device (the VGA text buffer,
 * later MMIO registers) or shared with the hardware (page tables, descriptor tables): every
 * access must happen, once, in program order, never cached in a register or merged. The
 * runtime's heap, which is ordinary memory, uses exo.rt.Mem (RuntimeMemory) instead.
 */
package exo.compiler.intrinsic;

import java.util.List;

final class DeviceMemory implements IntrinsicFamily {
    @Override
    public List<String> owners() {
        return List.of("exo/hw/Memory");
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
        // Block moves: plain memmove/memset (not volatile), for frames and user pages, which
        // are ordinary memory.
        if (c.name().equals("copy")) {
            return Lowered.pure("memmove((void *)(uintptr_t)(" + c.arg(0) + "), (const void *)(uintptr_t)(" + c.arg(1)
                    + "), (size_t)(" + c.arg(2) + "))");
        }
        if (c.name().equals("fill")) {
            return Lowered.pure("memset((void *)(uintptr_t)(" + c.arg(0) + "), (int)(" + c.arg(1) + "), (size_t)(" + c.arg(2) + "))");
        }
        // Between a byte[] and RAM: the Java caller has checked the index range.
        if (c.name().equals("copyFromArray")) {
            return Lowered.pure("memcpy((void *)(uintptr_t)(" + c.arg(0) + "), (char *)(" + c.arg(1) + ") + EXO_ARRAY_DATA(1) + ("
                    + c.arg(2) + "), (size_t)(" + c.arg(3) + "))");
        }
        if (c.name().equals("copyToArray")) {
            return Lowered.pure("memcpy((char *)(" + c.arg(0) + ") + EXO_ARRAY_DATA(1) + (" + c.arg(1) + "), (const void *)(uintptr_t)("
                    + c.arg(2) + "), (size_t)(" + c.arg(3) + "))");
        }
        // User copies through the MMU (kernel/arch/x86_64/uaccess.S): bytes not copied.
        Lowered user = userCopy(c);
        if (user != null) {
            return user;
        }
        String type;
        switch (c.name()) {
            case "read8": case "write8": type = "int8_t"; break;
            case "read16": case "write16": type = "int16_t"; break;
            case "read32": case "write32": type = "jint"; break;
            case "read64": case "write64": type = "jlong"; break;
            default: return null;
        }
        String lvalue = "(*(volatile " + type + " *)(uintptr_t)(" + c.arg(0) + "))";
        if (c.name().startsWith("read")) {
            return Lowered.pure(lvalue);
        }
        return Lowered.pure("(" + lvalue + " = (" + type + ")(" + c.arg(1) + "))");
    }

    private static final String COPY = "extern uint64_t exo_user_copy(void *, const void *, uint64_t); ";
    private static final String ZERO = "extern uint64_t exo_user_zero(void *, uint64_t); ";

    /** copyUser & co.: a call of uaccess.S, whose faults the kernel's exception table covers. */
    private static Lowered userCopy(IntrinsicCall c) {
        switch (c.name()) {
            case "copyUser":
                return Lowered.pure("({ " + COPY + "(jlong)exo_user_copy((void *)(uintptr_t)(" + c.arg(0)
                        + "), (const void *)(uintptr_t)(" + c.arg(1) + "), (uint64_t)(" + c.arg(2) + ")); })");
            case "copyUserFromArray":
                return Lowered.pure("({ " + COPY + "(jlong)exo_user_copy((void *)(uintptr_t)(" + c.arg(0)
                        + "), (char *)(" + c.arg(1) + ") + EXO_ARRAY_DATA(1) + (" + c.arg(2) + "), (uint64_t)(" + c.arg(3) + ")); })");
            case "copyUserToArray":
                return Lowered.pure("({ " + COPY + "(jlong)exo_user_copy((char *)(" + c.arg(0) + ") + EXO_ARRAY_DATA(1) + ("
                        + c.arg(1) + "), (const void *)(uintptr_t)(" + c.arg(2) + "), (uint64_t)(" + c.arg(3) + ")); })");
            case "zeroUser":
                return Lowered.pure("({ " + ZERO + "(jlong)exo_user_zero((void *)(uintptr_t)(" + c.arg(0)
                        + "), (uint64_t)(" + c.arg(1) + ")); })");
            default:
                return null;
        }
    }
}
