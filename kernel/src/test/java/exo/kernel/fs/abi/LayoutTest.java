/*
 * Every field of the abi layouts against the C compiler: a small C program including the system
 * headers prints offsetof and sizeof of each field and the size of each structure, and the Java
 * constants must agree. Skipped when no C compiler is installed. Also checks encoded values
 * (times before 1970, device numbers, the dirent record) byte by byte.
 */
package exo.kernel.fs.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.FileMode;
import exo.kernel.fs.vfs.Stat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutTest {
    @TempDir
    Path tmp;

    private static void fields(StringBuilder c, List<String> keys, String type, Field[] fields) {
        for (Field f : fields) {
            String key = type + "." + f.name;
            keys.add(key);
            c.append("  printf(\"%s %zu %zu\\n\", \"").append(key).append("\", offsetof(").append(type).append(", ")
                    .append(f.name).append("), sizeof(((").append(type).append(" *)0)->").append(f.name).append("));\n");
        }
    }

    private Map<String, long[]> compileAndRun(String program) throws IOException, InterruptedException {
        Path src = tmp.resolve("layout.c");
        Path exe = tmp.resolve("layout");
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
        Process run = new ProcessBuilder(exe.toString()).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor());
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
    void everyOffsetAndSizeMatchesTheCCompiler() throws Exception {
        StringBuilder c = new StringBuilder("#define _GNU_SOURCE\n#include <stdio.h>\n#include <stddef.h>\n"
                + "#include <fcntl.h>\n#include <poll.h>\n#include <sys/stat.h>\n#include <sys/statfs.h>\n"
                + "#include <sys/epoll.h>\n#include <linux/stat.h>\n"
                + "struct linux_dirent64 { unsigned long long d_ino; long long d_off; unsigned short d_reclen;"
                + " unsigned char d_type; char d_name[]; };\nint main(void) {\n");
        List<String> keys = new ArrayList<>();
        fields(c, keys, "struct stat", StatLayout.FIELDS);
        fields(c, keys, "struct statx", StatxLayout.FIELDS);
        fields(c, keys, "struct statfs", StatfsLayout.FIELDS);
        fields(c, keys, "struct linux_dirent64", Dirent64Writer.FIELDS);
        fields(c, keys, "struct flock", SmallLayouts.FLOCK_FIELDS);
        fields(c, keys, "struct pollfd", SmallLayouts.POLLFD_FIELDS);
        fields(c, keys, "struct epoll_event", SmallLayouts.EPOLL_EVENT_FIELDS);
        String[] structs = {"struct stat", "struct statx", "struct statfs", "struct flock", "struct pollfd",
            "struct epoll_event"};
        for (String s : structs) {
            c.append("  printf(\"%s %zu 0\\n\", \"size:").append(s).append("\", sizeof(").append(s).append("));\n");
        }
        c.append("  printf(\"dname 0 %zu\\n\", offsetof(struct linux_dirent64, d_name));\n  return 0;\n}\n");
        Map<String, long[]> real = compileAndRun(c.toString());
        Map<String, Field[]> all = Map.of("struct stat", StatLayout.FIELDS, "struct statx", StatxLayout.FIELDS,
                "struct statfs", StatfsLayout.FIELDS, "struct linux_dirent64", Dirent64Writer.FIELDS,
                "struct flock", SmallLayouts.FLOCK_FIELDS, "struct pollfd", SmallLayouts.POLLFD_FIELDS,
                "struct epoll_event", SmallLayouts.EPOLL_EVENT_FIELDS);
        int checked = 0;
        for (var e : all.entrySet()) {
            for (Field f : e.getValue()) {
                long[] r = real.get(e.getKey() + "." + f.name);
                assertEquals(r[0], f.offset, e.getKey() + "." + f.name + " offset");
                assertEquals(r[1], f.size, e.getKey() + "." + f.name + " size");
                checked++;
            }
        }
        assertEquals(keys.size(), checked);
        assertEquals(real.get("size:struct stat")[0], StatLayout.SIZE);
        assertEquals(real.get("size:struct statx")[0], StatxLayout.SIZE);
        assertEquals(real.get("size:struct statfs")[0], StatfsLayout.SIZE);
        assertEquals(real.get("size:struct flock")[0], SmallLayouts.FLOCK_SIZE);
        assertEquals(real.get("size:struct pollfd")[0], SmallLayouts.POLLFD_SIZE);
        assertEquals(real.get("size:struct epoll_event")[0], SmallLayouts.EPOLL_EVENT_SIZE);
        assertEquals(real.get("dname")[1], Dirent64Writer.D_NAME);
    }

    @Test
    void encodedValues() {
        Stat st = new Stat();
        st.ino = 0x1122334455667788L;
        st.mode = 0100644;
        st.rdev = FileMode.makeDev(4, 64);
        st.atimeNs = -1; // one nanosecond before the epoch
        st.mtimeNs = 1_700_000_000_123_456_789L;
        byte[] b = StatLayout.encode(st);
        assertEquals(0x1122334455667788L, Le.get64(b, StatLayout.ST_INO));
        assertEquals(0100644, Le.get32(b, StatLayout.ST_MODE));
        assertEquals(0x440, Le.get64(b, StatLayout.ST_RDEV)); // makedev(4, 64)
        assertEquals(-1, Le.get64(b, StatLayout.ST_ATIME));
        assertEquals(999_999_999, Le.get64(b, StatLayout.ST_ATIME_NSEC));
        assertEquals(1_700_000_000L, Le.get64(b, StatLayout.ST_MTIME));
        assertEquals(123_456_789, Le.get64(b, StatLayout.ST_MTIME_NSEC));
        byte[] x = StatxLayout.encode(st);
        assertEquals(4, Le.get32(x, StatxLayout.STX_RDEV_MAJOR));
        assertEquals(64, Le.get32(x, StatxLayout.STX_RDEV_MINOR));
        assertEquals(0x1fff, Le.get32(x, StatxLayout.STX_MASK));
        assertEquals(4, FileMode.major(FileMode.makeDev(4, 64)));
        assertEquals(0x12345, FileMode.minor(FileMode.makeDev(0x1234, 0x12345)));
        assertEquals(0x1234, FileMode.major(FileMode.makeDev(0x1234, 0x12345)));

        byte[] buf = new byte[64];
        Dirent64Writer w = new Dirent64Writer(new ArrayBuffer(buf));
        assertEquals(true, w.put("abc", 7, 4, 99));
        assertEquals(24, w.bytes()); // 19 + 3 + NUL = 23, rounded to 24
        assertEquals(7, Le.get64(buf, 0));
        assertEquals(99, Le.get64(buf, 8));
        assertEquals(24, Le.get16(buf, 16));
        assertEquals(4, buf[18]);
        assertEquals('c', buf[21]);
        assertEquals(0, buf[22]);
        assertEquals(false, w.put("x".repeat(30), 1, 8, 100)); // 56 bytes do not fit in the 40 left
        assertEquals(1, w.records());
    }
}
