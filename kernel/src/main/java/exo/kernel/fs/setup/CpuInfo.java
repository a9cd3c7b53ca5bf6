/*
 * /proc/cpuinfo's text for the one CPU, from cpuid: vendor, family/model/stepping (with the
 * extended fields, as Intel's SDM vol. 2A "CPUID" defines the display values), the brand string,
 * the TSC frequency as "cpu MHz", and the common feature flags under Linux's names.
 */
package exo.kernel.fs.setup;

final class CpuInfo {
    private CpuInfo() {}

    private static final String[] EDX_FLAGS = {
        "fpu", "vme", "de", "pse", "tsc", "msr", "pae", "mce", "cx8", "apic", null, "sep", "mtrr", "pge",
        "mca", "cmov", "pat", "pse36", null, "clflush", null, null, null, "mmx", "fxsr", "sse", "sse2", null,
        "ht", null, null, null,
    };
    private static final String[] ECX_FLAGS = {
        "pni", "pclmulqdq", null, null, null, null, null, null, null, "ssse3", null, null, "fma", "cx16", null,
        null, null, "pcid", null, "sse4_1", "sse4_2", "x2apic", "movbe", "popcnt", null, "aes", "xsave", null,
        "avx", "f16c", "rdrand", "hypervisor",
    };

    static String text(long tscHz) {
        int eax1 = SystemFacts.cpuid(1, 0);
        int family = (eax1 >>> 8) & 0xF;
        int model = (eax1 >>> 4) & 0xF;
        if (family == 0xF) {
            family += (eax1 >>> 20) & 0xFF;
        }
        if (family == 0x6 || family >= 0xF) {
            model |= ((eax1 >>> 16) & 0xF) << 4;
        }
        StringBuilder flags = new StringBuilder();
        appendFlags(flags, EDX_FLAGS, SystemFacts.cpuid(1, 3));
        appendFlags(flags, ECX_FLAGS, SystemFacts.cpuid(1, 2));
        return "processor\t: 0\nvendor_id\t: " + vendor() + "\ncpu family\t: " + family + "\nmodel\t\t: " + model
                + "\nmodel name\t: " + brand() + "\nstepping\t: " + (eax1 & 0xF) + "\ncpu MHz\t\t: "
                + (tscHz / 1_000_000) + "." + (tscHz / 1000 % 1000 / 100) + "00\ncpu cores\t: 1\nflags\t\t:"
                + flags + "\n\n";
    }

    private static void appendFlags(StringBuilder sb, String[] names, int bits) {
        for (int i = 0; i < 32; i++) {
            if ((bits & (1 << i)) != 0 && names[i] != null) {
                sb.append(' ').append(names[i]);
            }
        }
    }

    private static String vendor() {
        StringBuilder sb = new StringBuilder();
        appendRegister(sb, SystemFacts.cpuid(0, 1));
        appendRegister(sb, SystemFacts.cpuid(0, 3));
        appendRegister(sb, SystemFacts.cpuid(0, 2));
        return sb.toString();
    }

    private static String brand() {
        if ((SystemFacts.cpuid(0x80000000, 0) & 0xFFFFFFFFL) < 0x80000004L) {
            return "unknown";
        }
        StringBuilder sb = new StringBuilder();
        for (int leaf = 0x80000002; leaf <= 0x80000004; leaf++) {
            for (int reg = 0; reg < 4; reg++) {
                appendRegister(sb, SystemFacts.cpuid(leaf, reg));
            }
        }
        return sb.toString().trim();
    }

    /** The four ASCII bytes of a register, low byte first; NULs are dropped. */
    private static void appendRegister(StringBuilder sb, int v) {
        for (int i = 0; i < 4; i++) {
            char c = (char) ((v >>> (8 * i)) & 0xFF);
            if (c != 0) {
                sb.append(c);
            }
        }
    }
}
