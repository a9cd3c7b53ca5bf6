/*
 * MkCpio - writes a newc cpio archive (the initramfs format) from host files, with no tool but
 * the JDK: run it with Java's source launcher.
 *
 *   java tools/initramfs/MkCpio.java OUTPUT [--root DIR] [HOST_PATH:GUEST_PATH ...]
 *
 * --root DIR puts DIR's contents at the archive's root; each HOST_PATH:GUEST_PATH adds a file or
 * directory tree at GUEST_PATH (what `./exo run --add` asks for), with the directories above it.
 * Later sources win over earlier ones for the same guest path. Members are written in path order
 * with directories before their contents; everything belongs to root (uid 0, gid 0) and keeps its
 * permission bits; modification times are the files' own, or SOURCE_DATE_EPOCH when that is set
 * (reproducible archives). Regular files, directories and symlinks are archived; other kinds
 * (sockets, devices) are skipped with a warning. The kernel side is exo.kernel.fs.initramfs.
 */
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

public class MkCpio {
    /** Guest path ("a/b", no leading slash) -> host path. */
    private final TreeMap<String, Path> members = new TreeMap<>(MkCpio::compareGuestPaths);
    private final Long fixedTime;
    private long nextIno = 1;
    private long written;

    MkCpio(Long fixedTime) {
        this.fixedTime = fixedTime;
    }

    /** Orders paths so that a directory comes right before its contents ('/' sorts first). */
    static int compareGuestPaths(String a, String b) {
        return a.replace('/', '\u0000').compareTo(b.replace('/', '\u0000'));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: MkCpio OUTPUT [--root DIR] [HOST_PATH:GUEST_PATH ...]");
            System.exit(2);
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        MkCpio m = new MkCpio(epoch == null ? null : Long.parseLong(epoch.trim()));
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--root") && i + 1 < args.length) {
                m.addTree(Paths.get(args[++i]), "");
            } else {
                int colon = args[i].lastIndexOf(':');
                if (colon <= 0) {
                    System.err.println("MkCpio: expected HOST_PATH:GUEST_PATH, got " + args[i]);
                    System.exit(2);
                }
                m.addTree(Paths.get(args[i].substring(0, colon)), clean(args[i].substring(colon + 1)));
            }
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Paths.get(args[0])))) {
            m.write(out);
        }
    }

    static String clean(String guest) {
        String g = guest;
        while (g.startsWith("/")) {
            g = g.substring(1);
        }
        while (g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        return g;
    }

    void addTree(Path host, String guest) throws IOException {
        if (!Files.exists(host, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("no such file: " + host);
        }
        addParents(guest);
        if (!guest.isEmpty()) {
            members.put(guest, host);
        }
        if (Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(host)) {
                for (Path child : (Iterable<Path>) s.sorted()::iterator) {
                    String name = child.getFileName().toString();
                    addTree(child, guest.isEmpty() ? name : guest + "/" + name);
                }
            }
        }
    }

    private void addParents(String guest) {
        int slash = guest.lastIndexOf('/');
        while (slash > 0) {
            String dir = guest.substring(0, slash);
            members.putIfAbsent(dir, null); // a directory with no host counterpart
            slash = dir.lastIndexOf('/');
        }
    }

    void write(OutputStream out) throws IOException {
        for (var e : members.entrySet()) {
            Path host = e.getValue();
            if (host == null) {
                member(out, e.getKey(), 040755, time(null), new byte[0]);
            } else if (Files.isSymbolicLink(host)) {
                byte[] target = Files.readSymbolicLink(host).toString().getBytes(StandardCharsets.UTF_8);
                member(out, e.getKey(), 0120777, time(host), target);
            } else if (Files.isDirectory(host)) {
                member(out, e.getKey(), 040000 | perms(host), time(host), new byte[0]);
            } else if (Files.isRegularFile(host)) {
                member(out, e.getKey(), 0100000 | perms(host), time(host), Files.readAllBytes(host));
            } else {
                System.err.println("MkCpio: skipping " + host + " (not a file, directory or symlink)");
            }
        }
        member(out, "TRAILER!!!", 0, 0, new byte[0]);
        int pad = (int) ((512 - written % 512) % 512); // GNU cpio pads to a 512-byte block
        out.write(new byte[pad]);
    }

    private long time(Path host) throws IOException {
        if (fixedTime != null || host == null) {
            return fixedTime == null ? 0 : fixedTime;
        }
        return Files.getLastModifiedTime(host, LinkOption.NOFOLLOW_LINKS).toMillis() / 1000;
    }

    private static int perms(Path host) throws IOException {
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(host);
        int bits = 0;
        PosixFilePermission[] order = {
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE,
        };
        for (int i = 0; i < 9; i++) {
            if (p.contains(order[i])) {
                bits |= 0400 >> i;
            }
        }
        return bits;
    }

    private void member(OutputStream out, String name, int mode, long mtime, byte[] data) throws IOException {
        byte[] nameBytes = (name + "\0").getBytes(StandardCharsets.UTF_8);
        boolean trailer = name.equals("TRAILER!!!");
        long[] fields = {trailer ? 0 : nextIno++, mode, 0, 0, (mode & 0170000) == 040000 ? 2 : 1, mtime,
            data.length, 0, 0, 0, 0, nameBytes.length, 0};
        StringBuilder h = new StringBuilder("070701");
        for (long f : fields) {
            h.append(String.format("%08x", f));
        }
        emit(out, h.toString().getBytes(StandardCharsets.US_ASCII));
        emit(out, nameBytes);
        emit(out, new byte[(int) ((4 - written % 4) % 4)]);
        emit(out, data);
        emit(out, new byte[(int) ((4 - written % 4) % 4)]);
    }

    private void emit(OutputStream out, byte[] b) throws IOException {
        out.write(b);
        written += b.length;
    }
}
