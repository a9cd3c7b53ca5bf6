/*
 * The argument structures of the file system calls (ArgLayouts, DirCalls.OldDirentWriter):
 * every field offset and size against gcc and the system headers (skipped without a C
 * compiler), and each decoder/encoder byte by byte against records built by hand: fd_set bits
 * and the bits past nfds, timespec/timeval validation, utimbuf, struct flock in both
 * directions (F_GETLK keeps the caller's padding), packed epoll_event records, the old
 * linux_dirent with d_type in its last byte.
 */
package exo.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.abi.Field;
import exo.kernel.fs.abi.Le;
import exo.kernel.fs.abi.SmallLayouts;
import exo.kernel.fs.file.Flock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgLayoutsTest {
    @TempDir
    Path tmp;

    // ---- offsets against the C compiler ------------------------------------------------------

    private static void fields(StringBuilder c, String type, Field[] fields) {
        for (Field f : fields) {
            c.append("  printf(\"%s %zu %zu\\n\", \"").append(type).append('.').append(f.name).append("\", offsetof(")
                    .append(type).append(", ").append(f.name).append("), sizeof(((").append(type).append(" *)0)->")
                    .append(f.name).append("));\n");
        }
    }

    private static void size(StringBuilder c, String type) {
        c.append("  printf(\"size:%s %zu 0\\n\", \"").append(type).append("\", sizeof(").append(type).append("));\n");
    }

    private Map<String, long[]> run(String program) throws IOException, InterruptedException {
        Path src = tmp.resolve("args.c");
        Path exe = tmp.resolve("args");
        Files.writeString(src, program);
        Process p;
        try {
            p = new ProcessBuilder("gcc", "-o", exe.toString(), src.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("no C compiler: " + e.getMessage());
            return null;
        }
        String gccOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), gccOut);
        Process r = new ProcessBuilder(exe.toString()).start();
        String out = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, r.waitFor());
        Map<String, long[]> m = new HashMap<>();
        for (String line : out.split("\n")) {
            int b = line.lastIndexOf(' ');
            int a = line.lastIndexOf(' ', b - 1);
            m.put(line.substring(0, a), new long[] {Long.parseLong(line.substring(a + 1, b)),
                Long.parseLong(line.substring(b + 1))});
        }
        return m;
    }

    @Test
    void offsetsAndSizesMatchTheCCompiler() throws Exception {
        StringBuilder c = new StringBuilder("#define _GNU_SOURCE\n#include <stdio.h>\n#include <stddef.h>\n"
                + "#include <time.h>\n#include <sys/time.h>\n#include <sys/select.h>\n#include <utime.h>\n"
                + "#include <signal.h>\n#include <linux/openat2.h>\n"
                + "struct linux_dirent { unsigned long d_ino; unsigned long d_off; unsigned short d_reclen;"
                + " char d_name[]; };\n"
                + "struct sigmask_arg { const sigset_t *ss; size_t ss_len; };\nint main(void) {\n");
        fields(c, "struct timespec", ArgLayouts.TIMESPEC_FIELDS);
        fields(c, "struct timeval", ArgLayouts.TIMEVAL_FIELDS);
        fields(c, "struct utimbuf", ArgLayouts.UTIMBUF_FIELDS);
        fields(c, "struct open_how", ArgLayouts.OPEN_HOW_FIELDS);
        fields(c, "struct linux_dirent", DirCalls.OldDirentWriter.FIELDS);
        c.append("  printf(\"sigmask_arg.ss %zu %zu\\n\", offsetof(struct sigmask_arg, ss), sizeof(void *));\n");
        c.append("  printf(\"sigmask_arg.ss_len %zu %zu\\n\", offsetof(struct sigmask_arg, ss_len), sizeof(size_t));\n");
        c.append("  printf(\"dirent.d_name %zu 0\\n\", offsetof(struct linux_dirent, d_name));\n");
        for (String s : new String[] {"struct timespec", "struct timeval", "struct utimbuf", "struct open_how", "fd_set"}) {
            size(c, s);
        }
        c.append("  printf(\"FD_SETSIZE %d 0\\n\", FD_SETSIZE);\n  return 0;\n}\n");
        Map<String, long[]> real = run(c.toString());
        check(real, "struct timespec", ArgLayouts.TIMESPEC_FIELDS, ArgLayouts.TIMESPEC_SIZE);
        check(real, "struct timeval", ArgLayouts.TIMEVAL_FIELDS, ArgLayouts.TIMEVAL_SIZE);
        check(real, "struct utimbuf", ArgLayouts.UTIMBUF_FIELDS, ArgLayouts.UTIMBUF_SIZE);
        check(real, "struct open_how", ArgLayouts.OPEN_HOW_FIELDS, ArgLayouts.OPEN_HOW_SIZE);
        check(real, "struct linux_dirent", DirCalls.OldDirentWriter.FIELDS, -1);
        assertEquals(ArgLayouts.SMA_SET, real.get("sigmask_arg.ss")[0]);
        assertEquals(ArgLayouts.SMA_LEN, real.get("sigmask_arg.ss_len")[0]);
        assertEquals(ArgLayouts.SIGMASK_ARG_SIZE, real.get("sigmask_arg.ss_len")[0] + real.get("sigmask_arg.ss_len")[1]);
        assertEquals(DirCalls.OldDirentWriter.D_NAME, real.get("dirent.d_name")[0]);
        assertEquals(ArgLayouts.FD_SET_BYTES, real.get("size:fd_set")[0]);
        assertEquals(ArgLayouts.FD_SETSIZE, real.get("FD_SETSIZE")[0]);
    }

    private static void check(Map<String, long[]> real, String type, Field[] fields, int size) {
        for (Field f : fields) {
            long[] r = real.get(type + "." + f.name);
            assertEquals(r[0], f.offset, type + "." + f.name + " offset");
            assertEquals(r[1], f.size, type + "." + f.name + " size");
        }
        if (size >= 0) {
            assertEquals(real.get("size:" + type)[0], size, type + " size");
        }
    }

    // ---- fd_set ---------------------------------------------------------------------------

    @Test
    void fdSetsAreWholeLongsWithBitsPastNfdsDropped() {
        assertEquals(0, ArgLayouts.fdSetBytes(0));
        assertEquals(8, ArgLayouts.fdSetBytes(1));
        assertEquals(8, ArgLayouts.fdSetBytes(64));
        assertEquals(16, ArgLayouts.fdSetBytes(65));
        assertEquals(128, ArgLayouts.fdSetBytes(1024));
        byte[] b = new byte[16];
        b[0] = 0b0000_0101;          // fds 0 and 2
        b[8] = 0b0000_0011;          // fds 64 and 65
        b[15] = (byte) 0x80;         // fd 127
        long[] set = ArgLayouts.decodeFdSet(b, 66);
        assertEquals(2, set.length);
        assertEquals(0b101L, set[0]);
        assertEquals(0b11L, set[1]); // fd 127 is past nfds: dropped
        set = ArgLayouts.decodeFdSet(b, 65);
        assertEquals(0b1L, set[1]);
        set = ArgLayouts.decodeFdSet(b, 128);
        assertEquals(0x8000_0000_0000_0003L, set[1]);
        byte[] back = ArgLayouts.encodeFdSet(new long[] {1L << 63 | 1, 2});
        assertEquals(16, back.length);
        assertEquals(1, back[0]);
        assertEquals((byte) 0x80, back[7]);
        assertEquals(2, back[8]);
    }

    // ---- times ----------------------------------------------------------------------------

    private static byte[] pair(long a, long b) {
        byte[] r = new byte[16];
        Le.put64(r, 0, a);
        Le.put64(r, 8, b);
        return r;
    }

    @Test
    void timeoutsAreValidatedAndConverted() {
        assertEquals(1_500_000_000L, ArgLayouts.timeoutNanos(pair(1, 500_000_000), 0));
        assertEquals(0, ArgLayouts.timeoutNanos(pair(0, 0), 0));
        assertEquals(-1, ArgLayouts.timeoutNanos(pair(-1, 0), 0));
        assertEquals(-1, ArgLayouts.timeoutNanos(pair(0, 1_000_000_000), 0));
        assertEquals(-1, ArgLayouts.timeoutNanos(pair(0, -1), 0));
        assertEquals(Long.MAX_VALUE, ArgLayouts.timeoutNanos(pair(Long.MAX_VALUE, 0), 0));
        assertEquals(2_000_003_000L, ArgLayouts.timevalTimeoutNanos(pair(2, 3), 0));
        assertEquals(-1, ArgLayouts.timevalTimeoutNanos(pair(0, 1_000_000), 0));
        assertEquals(-1, ArgLayouts.timevalTimeoutNanos(pair(-5, 0), 0));
        byte[] out = new byte[16];
        ArgLayouts.putTimespec(out, 0, 3_000_000_007L);
        assertEquals(3, Le.get64(out, ArgLayouts.TS_SEC));
        assertEquals(7, Le.get64(out, ArgLayouts.TS_NSEC));
        ArgLayouts.putTimeval(out, 0, 3_000_007_999L);
        assertEquals(3, Le.get64(out, ArgLayouts.TV_SEC));
        assertEquals(7, Le.get64(out, ArgLayouts.TV_USEC));
    }

    @Test
    void timePairsForUtimesAndUtime() {
        byte[] tv = new byte[32];
        System.arraycopy(pair(10, 20), 0, tv, 0, 16);
        System.arraycopy(pair(30, 999_999), 0, tv, 16, 16);
        assertArrayEquals(new long[] {10, 20_000, 30, 999_999_000}, ArgLayouts.timevalPair(tv));
        System.arraycopy(pair(30, 1_000_000), 0, tv, 16, 16);
        assertNull(ArgLayouts.timevalPair(tv));
        byte[] ts = new byte[32];
        System.arraycopy(pair(1, 2), 0, ts, 0, 16);
        System.arraycopy(pair(3, (1L << 30) - 2), 0, ts, 16, 16);
        assertArrayEquals(new long[] {1, 2, 3, (1L << 30) - 2}, ArgLayouts.timespecPair(ts));
        assertArrayEquals(new long[] {100, 0, 200, 0}, ArgLayouts.utimbuf(pair(100, 200)));
    }

    // ---- struct flock ---------------------------------------------------------------------

    @Test
    void flockDecodesAndEncodesAtTheAbiOffsets() {
        byte[] b = new byte[SmallLayouts.FLOCK_SIZE];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) 0xEE; // padding the caller left: must survive F_GETLK's write-back
        }
        Le.put16(b, 0, 1);                    // F_WRLCK
        Le.put16(b, 2, 1);                    // SEEK_CUR
        Le.put64(b, 8, -100);
        Le.put64(b, 16, 4096);
        Le.put32(b, 24, 77);
        Flock f = ArgLayouts.decodeFlock(b);
        assertEquals(1, f.type);
        assertEquals(1, f.whence);
        assertEquals(-100, f.start);
        assertEquals(4096, f.len);
        assertEquals(77, f.pid);
        f.type = 2;                           // F_UNLCK: no conflict
        f.whence = 0;
        f.start = 5;
        f.len = 0;
        f.pid = 1234;
        ArgLayouts.encodeFlock(f, b);
        assertEquals(2, Le.get16(b, 0));
        assertEquals(0, Le.get16(b, 2));
        assertEquals(5, Le.get64(b, 8));
        assertEquals(0, Le.get64(b, 16));
        assertEquals(1234, Le.get32(b, 24));
        assertEquals((byte) 0xEE, b[4]);
        assertEquals((byte) 0xEE, b[28]);
        Le.put16(b, 0, 0xFFFF);               // a short -1 stays -1
        assertEquals(-1, ArgLayouts.decodeFlock(b).type);
    }

    // ---- struct epoll_event ---------------------------------------------------------------

    @Test
    void epollEventsArePackedTwelveByteRecords() {
        byte[] b = ArgLayouts.encodeEpollEvents(new int[] {0x1, 0x80000004, 9}, new long[] {0x1122334455667788L, -1, 0}, 2);
        assertEquals(24, b.length);
        assertEquals(0x1, Le.get32(b, 0));
        assertEquals(0x1122334455667788L, Le.get64(b, 4));
        assertEquals(0x88, b[4] & 0xFF);      // data right after events: no padding
        assertEquals(0x80000004, ArgLayouts.epollEvents(b, 12));
        assertEquals(-1, ArgLayouts.epollData(b, 12));
    }

    // ---- old getdents ---------------------------------------------------------------------

    @Test
    void oldDirentPutsTheTypeInTheLastByte() {
        byte[] buf = new byte[64];
        DirCalls.OldDirentWriter w = new DirCalls.OldDirentWriter(new ArrayBuffer(buf));
        assertTrue(w.put("abcde", 42, 8, 7));
        assertEquals(32, w.used);             // 18 + 5 + NUL + type = 25, rounded to 32
        assertEquals(42, Le.get64(buf, 0));
        assertEquals(7, Le.get64(buf, 8));
        assertEquals(32, Le.get16(buf, 16));
        assertEquals('a', buf[18]);
        assertEquals(0, buf[23]);
        assertEquals(8, buf[31]);
        assertEquals(24, DirCalls.OldDirentWriter.recordLength(4)); // 18 + 4 + 2 = 24 exactly
        assertTrue(w.put("x", 43, 4, 8));
        assertEquals(56, w.used);
        assertEquals(4, buf[32 + 23]);
        assertFalse(w.put("y", 44, 4, 9));    // 8 bytes left, 24 needed
        assertTrue(w.full);
        assertEquals(2, w.records);
    }
}
