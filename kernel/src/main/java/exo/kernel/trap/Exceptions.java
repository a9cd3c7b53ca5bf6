/*
 * Names of the 32 architectural exception vectors (Intel SDM vol. 3A, table 6-1), for the panic
 * report. Vectors 15, 22-27 and 31 are reserved.
 */
package exo.kernel.trap;

public final class Exceptions {
    private Exceptions() {}

    public static final int DIVIDE_ERROR = 0;
    public static final int NMI = 2;
    public static final int BREAKPOINT = 3;
    public static final int INVALID_OPCODE = 6;
    public static final int DOUBLE_FAULT = 8;
    public static final int GENERAL_PROTECTION = 13;
    public static final int PAGE_FAULT = 14;

    private static final String[] MNEMONICS = {
        "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
        "#DF", "#CSO", "#TS", "#NP", "#SS", "#GP", "#PF", "#15",
        "#MF", "#AC", "#MC", "#XM", "#VE", "#CP", "#22", "#23",
        "#24", "#25", "#26", "#27", "#HV", "#VC", "#SX", "#31",
    };

    private static final String[] NAMES = {
        "Divide Error", "Debug", "Non-Maskable Interrupt", "Breakpoint",
        "Overflow", "BOUND Range Exceeded", "Invalid Opcode", "Device Not Available",
        "Double Fault", "Coprocessor Segment Overrun", "Invalid TSS", "Segment Not Present",
        "Stack-Segment Fault", "General Protection", "Page Fault", "Reserved",
        "x87 Floating-Point Error", "Alignment Check", "Machine Check", "SIMD Floating-Point Exception",
        "Virtualization Exception", "Control Protection Exception", "Reserved", "Reserved",
        "Reserved", "Reserved", "Reserved", "Reserved",
        "Hypervisor Injection Exception", "VMM Communication Exception", "Security Exception", "Reserved",
    };

    /** "#PF Page Fault" for 14; "vector N" outside 0-31. */
    public static String describe(int vector) {
        if (vector < 0 || vector >= 32) {
            return "vector " + vector;
        }
        return MNEMONICS[vector] + " " + NAMES[vector];
    }

    public static String name(int vector) {
        return vector >= 0 && vector < 32 ? NAMES[vector] : "vector " + vector;
    }

    public static String mnemonic(int vector) {
        return vector >= 0 && vector < 32 ? MNEMONICS[vector] : "#" + vector;
    }
}
