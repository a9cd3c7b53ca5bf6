/*
 * InitialStack against Linux itself: a tiny static program (its own _start, no libc) built
 * with the host's gcc dumps its whole initial stack, from the entry rsp to the top, with
 * address randomisation off (setarch -R) so Linux leaves no random gap. InitialStack then
 * builds a stack for the same argv, envp, file name, random bytes and auxv pairs below the
 * same top, and the two must be identical byte for byte: every pointer, the padding, the
 * string block, AT_PLATFORM, AT_RANDOM and AT_EXECFN. Skipped without gcc or setarch.
 */
package exo.kernel.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import exo.kernel.util.ArrayMemory;
import exo.kernel.util.LittleEndian;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialStackHostTest {
    /** Prints "rsp HEX", "top HEX", then the bytes of [rsp, top) in hex, and exits. */
    static final String DUMP_C = """
            __asm__(".globl _start\\n_start:\\n mov %rsp, %rdi\\n and $-16, %rsp\\n call cstart\\n hlt\\n");
            static long sys3(long n, long a, long b, long c) {
                long r;
                __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
                return r;
            }
            static char out[1 << 20];
            static int len;
            static void hex(unsigned long v, int digits) {
                for (int i = digits - 1; i >= 0; i--) out[len++] = "0123456789abcdef"[(v >> (4 * i)) & 15];
            }
            void cstart(unsigned long *sp) {
                unsigned long *p = sp + 1 + sp[0] + 1;
                while (*p) p++;
                p++;
                unsigned long execfn = 0;
                for (; p[0]; p += 2) if (p[0] == 31) execfn = p[1];
                unsigned char *s = (unsigned char *) execfn;
                while (*s) s++;
                unsigned char *top = s + 1 + 8;
                hex((unsigned long) sp, 16); out[len++] = '\\n';
                hex((unsigned long) top, 16); out[len++] = '\\n';
                for (unsigned char *b = (unsigned char *) sp; b < top; b++) hex(*b, 2);
                out[len++] = '\\n';
                sys3(1, 1, (long) out, len);
                sys3(60, 0, 0, 0);
            }
            """;

    @Test
    void sameBytesAsLinux(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("dump.c");
        Path exe = dir.resolve("dump");
        Files.writeString(src, DUMP_C);
        assumeTrue(run(List.of("gcc", "-static", "-nostdlib", "-nostartfiles", "-O1", "-fno-stack-protector", "-o",
                exe.toString(), src.toString()), List.of()) != null, "gcc cannot build a static program");
        List<String> argv = List.of(exe.toString(), "x", "", "yy zz");
        List<String> env = List.of("A=1", "BB=22", "EMPTY=");
        List<String> cmd = new ArrayList<>(List.of("setarch", "-R"));
        cmd.addAll(argv);
        String out = run(cmd, env);
        assumeTrue(out != null, "setarch -R unavailable");
        String[] lines = out.split("\n");
        long rsp = Long.parseUnsignedLong(lines[0], 16);
        long top = Long.parseUnsignedLong(lines[1], 16);
        byte[] linux = new byte[(int) (top - rsp)];
        for (int i = 0; i < linux.length; i++) {
            linux[i] = (byte) Integer.parseInt(lines[2].substring(2 * i, 2 * i + 2), 16);
        }
        assertEquals(0, top & 0xfff, "Linux's strings end 8 bytes below a page boundary");

        // The strings as Linux placed them (Java's launcher passes the environment in its own order).
        assertEquals(argv, strings(linux, rsp, 8, argv.size()));
        List<String> linuxEnv = strings(linux, rsp, 8 * (1 + argv.size() + 1), env.size());
        assertEquals(new TreeSet<>(env), new TreeSet<>(linuxEnv));
        // Linux's auxv and random bytes, read from its stack.
        Auxv aux = new Auxv();
        int at = 8 * (1 + argv.size() + 1 + env.size() + 1);
        byte[] random = null;
        for (; LittleEndian.u64(linux, at) != Auxv.AT_NULL; at += 16) {
            long type = LittleEndian.u64(linux, at);
            long value = LittleEndian.u64(linux, at + 8);
            aux.set(type, value);
            if (type == Auxv.AT_RANDOM) {
                random = new byte[16];
                System.arraycopy(linux, (int) (value - rsp), random, 0, 16);
            }
        }
        ArrayMemory mem = new ArrayMemory(top - 0x10000, 0x10000);
        InitialStack s = InitialStack.build(mem, top, bytes(argv), bytes(linuxEnv), exe.toString().getBytes(), random, aux,
                ArgLimit.forStackLimit(8 << 20));
        assertEquals(Long.toHexString(rsp), Long.toHexString(s.rsp));
        byte[] ours = new byte[linux.length];
        mem.read(rsp, ours, 0, ours.length);
        assertArrayEquals(linux, ours);
    }

    /** count C strings whose pointers start at byte `at` of the dump of [rsp, ...). */
    private static List<String> strings(byte[] stack, long rsp, int at, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int p = (int) (LittleEndian.u64(stack, at + 8 * i) - rsp);
            int end = p;
            while (stack[end] != 0) {
                end++;
            }
            out.add(new String(stack, p, end - p, StandardCharsets.UTF_8));
        }
        assertEquals(0, LittleEndian.u64(stack, at + 8 * count), "NULL after the pointers");
        return out;
    }

    private static byte[][] bytes(List<String> strings) {
        byte[][] b = new byte[strings.size()][];
        for (int i = 0; i < b.length; i++) {
            b[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
        }
        return b;
    }

    /** stdout, or null when the command cannot run or fails. */
    private static String run(List<String> command, List<String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (!env.isEmpty()) {
            pb.environment().clear();
            for (String kv : env) {
                int eq = kv.indexOf('=');
                pb.environment().put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    }
}
