/*
 * /proc: the system-wide files in Linux's formats, /proc/self and the per-PID directories through
 * a fake process table (as the process layer will provide), fd/ and fdinfo/ from a real
 * descriptor table, stable inode numbers, listings, the writable hostname, and that nothing can
 * be created there.
 */
package exo.kernel.fs.procfs;

import static exo.kernel.fs.FsFlags.AT_FDCWD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.ArrayBuffer;
import exo.kernel.fs.Errno;
import exo.kernel.fs.FileSizeLimit;
import exo.kernel.fs.FsFixture;
import exo.kernel.fs.Names;
import exo.kernel.fs.OpenFlags;
import exo.kernel.fs.file.FdTable;
import exo.kernel.fs.file.FileIo;
import exo.kernel.fs.vfs.FsContext;
import exo.kernel.fs.vfs.FsState;
import exo.kernel.fs.vfs.Stat;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcFsTest {
    FsFixture fx;
    TreeMap<Integer, FakeProcess> procs = new TreeMap<>();

    final class FakeProcess implements ProcessView {
        final int pid;
        final FsContext ctx;

        FakeProcess(int pid, FsContext ctx) {
            this.pid = pid;
            this.ctx = ctx;
        }

        public int pid() { return pid; }
        public int uid() { return ctx.cred.euid; }
        public int gid() { return ctx.cred.egid; }
        public String comm() { return "proc" + pid; }
        public byte[] cmdline() { return ("/bin/proc" + pid + "\0-x\0").getBytes(); }
        public byte[] environ() { return "HOME=/\0".getBytes(); }
        public String stat() { return pid + " (proc" + pid + ") S 1 " + pid + " " + pid + " 0 -1 0\n"; }
        public String status() { return "Name:\tproc" + pid + "\nPid:\t" + pid + "\n"; }
        public String statm() { return "1 1 0 0 0 0 0\n"; }
        public String maps() { return ""; }
        public String exe() { return "/bin/proc" + pid; }
        public FsState fsState() { return ctx.fs; }
        public FdTable fds() { return (FdTable) ctx.fds; }
        public int[] threads() { return new int[] {pid}; }
        public ProcessView thread(int tid) { return tid == pid ? this : null; }
    }

    @BeforeEach
    void setUp() {
        fx = new FsFixture();
        procs.put(1, new FakeProcess(1, fx.root));
        FsContext user = fx.user(1000, 1000);
        procs.put(42, new FakeProcess(42, new FsContext(user.cred, user.fs, user.fds, 42, fx.waiter)));
        fx.layer.procFs.setProcessTable(new ProcessTable() {
            public int[] pids() {
                return procs.keySet().stream().mapToInt(Integer::intValue).toArray();
            }

            public ProcessView find(int pid) {
                return procs.get(pid);
            }
        });
    }

    String link(FsContext c, String path) {
        byte[] b = new byte[256];
        long n = fx.vfs.readlinkat(c, AT_FDCWD, path, new ArrayBuffer(b));
        return n < 0 ? Errno.name(n) : Names.fromBytes(b, 0, (int) n);
    }

    @Test
    void tmpfsCheckFileRunsTheCheckerAtEachOpen() {
        fx.writeFile("/f", "x");
        assertEquals("ok\n", fx.readText("/proc/exo/tmpfs-check"));
        exo.kernel.fs.vfs.Inode f = fx.rootFs.rootInode().lookup("f");
        f.incLinks();   // what a lost unlink would leave
        String report = fx.readText("/proc/exo/tmpfs-check");
        assertTrue(report.contains("nlink 2 but named 1 times"), report);
        f.decLinks();
        assertEquals("ok\n", fx.readText("/proc/exo/tmpfs-check"));
    }

    @Test
    void systemFilesInLinuxFormats() {
        String mem = fx.readText("/proc/meminfo");
        assertTrue(mem.matches("(?s)MemTotal: +\\d+ kB\nMemFree: +\\d+ kB\nMemAvailable: +\\d+ kB\n.*"), mem);
        for (String line : mem.split("\n")) {
            assertEquals(27, line.length(), line); // name padded to 16, number to 8, " kB"
        }
        assertTrue(mem.contains("\nShmem:  "), mem);
        assertTrue(mem.contains("\nSlab:                  0 kB\n"), "no kernel heap in the fixture: " + mem);
        fx.facts.kernelHeapBytes = () -> 12L << 20;
        String withHeap = fx.readText("/proc/meminfo");
        assertTrue(withHeap.contains("\nSlab:              12288 kB\nSReclaimable:          0 kB\nSUnreclaim:        12288 kB\n"),
                "the kernel heap's frames as Slab: " + withHeap);
        long totalKb = Long.parseLong(mem.substring(9, mem.indexOf(" kB")).trim());
        assertEquals(fx.frames.totalFrames() * 4, totalKb);
        assertTrue(fx.readText("/proc/uptime").matches("\\d+\\.\\d\\d \\d+\\.\\d\\d\n"));
        assertTrue(fx.readText("/proc/loadavg").matches("0\\.00 0\\.00 0\\.00 \\d+/\\d+ \\d+\n"));
        assertTrue(fx.readText("/proc/stat").startsWith("cpu  0 0 0 "));
        assertTrue(fx.readText("/proc/version").startsWith("Linux version "));
        assertEquals("nodev\ttmpfs\nnodev\tproc\nnodev\tdevtmpfs\n", fx.readText("/proc/filesystems"));
        assertTrue(fx.readText("/proc/cpuinfo").startsWith("processor\t: 0\n"));
        assertEquals("Linux\n", fx.readText("/proc/sys/kernel/ostype"));
        assertEquals("exo\n", fx.readText("/proc/sys/kernel/hostname"));
        String mounts = fx.readText("/proc/mounts"); // -> self/mounts of pid 1
        assertTrue(mounts.startsWith("tmpfs / tmpfs rw,relatime,size=8192k,nr_inodes=8192,mode=755 0 0\n"), mounts);
        assertTrue(mounts.contains("\nproc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n"), mounts);
    }

    @Test
    void kernelLimitsForTestSuites() {
        // LTP's library reads these before it forks (tst_pid) or runs (tst_taint)
        assertEquals("32768\n", fx.readText("/proc/sys/kernel/pid_max"));
        assertEquals(exo.kernel.proc.Processes.PID_MAX + "\n", fx.readText("/proc/sys/kernel/pid_max"));
        assertEquals(exo.kernel.sched.Threads.MAX_THREADS + "\n", fx.readText("/proc/sys/kernel/threads-max"));
        assertEquals("0\n", fx.readText("/proc/sys/kernel/tainted"));
    }

    @Test
    void hostnameIsWritableByRootOnly() {
        int fd = fx.open("/proc/sys/kernel/hostname", OpenFlags.O_WRONLY);
        assertEquals(6, FileIo.write(fx.root, fx.fds, fd, ArrayBuffer.ofString("box42\n")));
        fx.fds.close(fd);
        assertEquals("box42\n", fx.readText("/proc/sys/kernel/hostname"));
        FsContext user = fx.user(1000, 1000);
        assertEquals(-Errno.EACCES, fx.open(user, "/proc/sys/kernel/hostname", OpenFlags.O_WRONLY, 0));
    }

    @Test
    void selfAndPidDirectories() {
        assertEquals("1", link(fx.root, "/proc/self"));
        FsContext p42 = procs.get(42).ctx;
        assertEquals("42", link(p42, "/proc/self"));
        assertEquals("42/task/42", link(p42, "/proc/thread-self"));
        FsContext thread43 = new FsContext(p42.cred, p42.fs, p42.fds, 42, 43, fx.waiter, FileSizeLimit.NONE);
        assertEquals("42/task/43", link(thread43, "/proc/thread-self"));
        List<String> root = fx.list("/proc");
        assertTrue(root.containsAll(List.of("1", "42", "self", "meminfo", "sys")), root.toString());
        assertEquals("42 (proc42) S 1 42 42 0 -1 0\n", fx.readText("/proc/42/stat"));
        assertEquals("Name:\tproc1\nPid:\t1\n", fx.readText("/proc/self/status")); // the root context is pid 1
        assertEquals("/bin/proc1\0-x\0", fx.readText("/proc/1/cmdline"));
        assertEquals("/bin/proc42", link(fx.root, "/proc/42/exe"));
        assertEquals("/", link(fx.root, "/proc/42/cwd"));
        assertEquals("proc42\n", fx.readText("/proc/42/task/42/comm"));
        Stat st = new Stat();
        assertEquals(0, fx.vfs.fstatat(fx.root, AT_FDCWD, "/proc/42", 0, st));
        assertEquals(1000, st.uid); // the process's user owns its directory
        long ino = st.ino;
        assertEquals(0, fx.vfs.fstatat(fx.root, AT_FDCWD, "/proc/42", 0, st));
        assertEquals(ino, st.ino); // the same file each time
        assertEquals(-Errno.ENOENT, fx.vfs.fstatat(fx.root, AT_FDCWD, "/proc/7", 0, st));
        assertEquals(-Errno.ENOENT, fx.vfs.fstatat(fx.root, AT_FDCWD, "/proc/042", 0, st));
        procs.remove(42);
        assertEquals(-Errno.ENOENT, fx.vfs.fstatat(fx.root, AT_FDCWD, "/proc/42/stat", 0, st));
    }

    @Test
    void fdAndFdinfo() {
        int file = fx.open("/tmp", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY | OpenFlags.O_CLOEXEC);
        int[] p = new int[2];
        assertEquals(0, FileIo.pipe2(fx.root, fx.fds, fx.layer.pipes, 0, p));
        List<String> fds = fx.list("/proc/1/fd"); // listing opens one more descriptor itself
        assertTrue(fds.containsAll(List.of(".", "..", "" + file, "" + p[0], "" + p[1])), fds.toString());
        assertEquals("/tmp", link(fx.root, "/proc/self/fd/" + file));
        assertTrue(link(fx.root, "/proc/self/fd/" + p[0]).matches("pipe:\\[\\d+\\]"));
        String info = fx.readText("/proc/1/fdinfo/" + file);
        assertTrue(info.startsWith("pos:\t0\nflags:\t02300000\nmnt_id:\t"), info); // O_CLOEXEC|O_LARGEFILE|O_DIRECTORY
        assertEquals(-Errno.ENOENT, fx.vfs.fstatat(fx.root, AT_FDCWD, "/proc/1/fd/99", 0, new Stat()));
        // A file opened through /dev/stdout's chain: /dev/stdout -> /proc/self/fd/1 -> its path.
        fx.fds.close(p[0]);
        fx.fds.close(p[1]);
        assertEquals(1, fx.open("/dev/null", OpenFlags.O_WRONLY));
        Stat st = new Stat();
        assertEquals(0, fx.vfs.fstatat(fx.root, AT_FDCWD, "/dev/stdout", 0, st));
        assertEquals(exo.kernel.fs.FileMode.makeDev(1, 3), st.rdev);
        // Another user cannot list pid 1's descriptors (0500, owned by root).
        assertEquals(-Errno.EACCES, fx.open(fx.user(1000, 1000), "/proc/1/fd", OpenFlags.O_RDONLY, 0));
    }

    @Test
    void nothingCanBeCreatedInProc() {
        assertEquals(-Errno.EPERM, fx.vfs.mkdirat(fx.root, AT_FDCWD, "/proc/x", 0755));
        assertEquals(-Errno.EPERM, fx.open("/proc/newfile", OpenFlags.O_WRONLY | OpenFlags.O_CREAT));
        assertEquals(-Errno.EACCES, fx.vfs.mkdirat(fx.user(1000, 1000), AT_FDCWD, "/proc/x", 0755));
        assertEquals(-Errno.EACCES, fx.open(fx.user(1000, 1000), "/proc/meminfo", OpenFlags.O_WRONLY, 0));
        int fd = fx.open("/proc/meminfo", OpenFlags.O_WRONLY); // root may open it, as on Linux...
        assertTrue(fd >= 0);
        assertEquals(-Errno.EIO, FileIo.write(fx.root, fx.fds, fd, ArrayBuffer.ofString("x"))); // ...not write
    }
}
