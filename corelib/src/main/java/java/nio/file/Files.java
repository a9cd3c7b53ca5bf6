/*
 * java.nio.file.Files over the Linux system calls (FileOps, exo.rt.Posix): reading and writing
 * whole files (strictly decoded and encoded text: MalformedInputException/
 * UnmappableCharacterException as in the JDK), streams, readers and writers, queries, creating,
 * deleting, copying and moving, directory listing and walking (FileTree). Errors are the JDK's
 * exceptions with the path as their message.
 */
package java.nio.file;

import exo.rt.Codecs;
import exo.rt.FdStreams;
import exo.rt.Posix;
import exo.rt.StreamDecoder;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

public final class Files {
    private Files() {}

    // ---- streams, readers, writers ----------------------------------------------------

    public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        for (OpenOption o : options) {
            if (o == StandardOpenOption.APPEND || o == StandardOpenOption.WRITE) {
                throw new UnsupportedOperationException("'" + o + "' not allowed");
            }
        }
        return FdStreams.input(FileOps.openRead(path));
    }

    public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        return FdStreams.output(FileOps.openWrite(path, options));
    }

    public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {
        InputStream in = newInputStream(path);
        StreamDecoder sd = new StreamDecoder(in, Codecs.of(cs), true);
        return new BufferedReader(new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return sd.read(cbuf, off, len);
            }

            @Override
            public boolean ready() throws IOException {
                return sd.ready();
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        });
    }

    public static BufferedReader newBufferedReader(Path path) throws IOException {
        return newBufferedReader(path, StandardCharsets.UTF_8);
    }

    public static BufferedWriter newBufferedWriter(Path path, Charset cs, OpenOption... options) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(newOutputStream(path, options), cs));
    }

    public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options);
    }

    // ---- whole files ------------------------------------------------------------------

    public static byte[] readAllBytes(Path path) throws IOException {
        try (InputStream in = newInputStream(path)) {
            return in.readAllBytes();
        }
    }

    public static String readString(Path path) throws IOException {
        return readString(path, StandardCharsets.UTF_8);
    }

    public static String readString(Path path, Charset cs) throws IOException {
        byte[] b = readAllBytes(path);
        int codec = Codecs.of(cs);
        long bad = Codecs.firstMalformed(codec, b, 0, b.length);
        if (bad >= 0) {
            throw new MalformedInputException((int) bad);
        }
        return new String(b, cs);
    }

    public static List<String> readAllLines(Path path, Charset cs) throws IOException {
        try (BufferedReader reader = newBufferedReader(path, cs)) {
            List<String> result = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null;) {
                result.add(line);
            }
            return result;
        }
    }

    public static List<String> readAllLines(Path path) throws IOException {
        return readAllLines(path, StandardCharsets.UTF_8);
    }

    public static Stream<String> lines(Path path, Charset cs) throws IOException {
        BufferedReader br = newBufferedReader(path, cs);
        return br.lines().onClose(() -> {
            try {
                br.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static Stream<String> lines(Path path) throws IOException {
        return lines(path, StandardCharsets.UTF_8);
    }

    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        try (OutputStream out = newOutputStream(path, options)) {
            out.write(bytes, 0, bytes.length);
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset cs, OpenOption... options)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        for (CharSequence line : lines) {
            sb.append(line).append(System.lineSeparator());
        }
        return write(path, encodeStrict(sb, cs), options);
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options) throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return writeString(path, csq, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options) throws IOException {
        return write(path, encodeStrict(csq, cs), options);
    }

    private static byte[] encodeStrict(CharSequence csq, Charset cs) throws IOException {
        char[] chars = csq.toString().toCharArray();
        int codec = Codecs.of(cs);
        long bad = Codecs.firstUnmappable(codec, chars, 0, chars.length);
        if (bad >= 0) {
            throw new UnmappableCharacterException((int) bad);
        }
        return Codecs.encode(codec, chars, 0, chars.length);
    }

    public static long copy(InputStream in, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) {
            replace |= o == StandardCopyOption.REPLACE_EXISTING;
        }
        if (replace) {
            deleteIfExists(target);
        }
        try (OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            return in.transferTo(out);
        }
    }

    public static long copy(Path source, OutputStream out) throws IOException {
        try (InputStream in = newInputStream(source)) {
            return in.transferTo(out);
        }
    }

    // ---- queries ----------------------------------------------------------------------

    public static boolean exists(Path path, LinkOption... options) {
        return FileOps.stat(path, FileOps.follow(options)) != null;
    }

    public static boolean notExists(Path path, LinkOption... options) {
        return !exists(path, options);
    }

    public static boolean isDirectory(Path path, LinkOption... options) {
        byte[] st = FileOps.stat(path, FileOps.follow(options));
        return st != null && FileOps.type(st) == Posix.S_IFDIR;
    }

    public static boolean isRegularFile(Path path, LinkOption... options) {
        byte[] st = FileOps.stat(path, FileOps.follow(options));
        return st != null && FileOps.type(st) == Posix.S_IFREG;
    }

    public static boolean isSymbolicLink(Path path) {
        byte[] st = FileOps.stat(path, false);
        return st != null && FileOps.type(st) == Posix.S_IFLNK;
    }

    public static boolean isReadable(Path path) {
        return Posix.access(path.toString(), 4) == 0;
    }

    public static boolean isWritable(Path path) {
        return Posix.access(path.toString(), 2) == 0;
    }

    public static boolean isExecutable(Path path) {
        return Posix.access(path.toString(), 1) == 0;
    }

    public static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    public static boolean isSameFile(Path path, Path path2) throws IOException {
        if (path.equals(path2)) {
            return true;
        }
        byte[] a = FileOps.statOrThrow(path, true);
        byte[] b = FileOps.statOrThrow(path2, true);
        return Posix.statIno(a) == Posix.statIno(b);
    }

    public static long size(Path path) throws IOException {
        return Posix.statSize(FileOps.statOrThrow(path, true));
    }

    public static FileTime getLastModifiedTime(Path path, LinkOption... options) throws IOException {
        return FileTime.fromMillis(Posix.statMtimeMillis(FileOps.statOrThrow(path, FileOps.follow(options))));
    }

    public static Path setLastModifiedTime(Path path, FileTime time) throws IOException {
        int r = Posix.setMtime(path.toString(), time.toMillis());
        if (r < 0) {
            throw FileOps.error(-r, path.toString(), null);
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    public static <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options) throws IOException {
        if (type != BasicFileAttributes.class) {
            throw new UnsupportedOperationException("exo core library: only BasicFileAttributes");
        }
        return (A) FileOps.attributes(FileOps.statOrThrow(path, FileOps.follow(options)));
    }

    public static long mismatch(Path path, Path path2) throws IOException {
        byte[] a = readAllBytes(path), b = readAllBytes(path2);
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    // ---- creating, deleting, moving -------------------------------------------------

    public static Path createFile(Path path, FileAttribute<?>... attrs) throws IOException {
        Posix.close(FileOps.openWrite(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        return path;
    }

    public static Path createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        int r = Posix.mkdir(dir.toString(), 0777);
        if (r < 0) {
            throw FileOps.error(-r, dir.toString(), null);
        }
        return dir;
    }

    public static Path createDirectories(Path dir, FileAttribute<?>... attrs) throws IOException {
        if (isDirectory(dir)) {
            return dir;
        }
        Path abs = dir.toAbsolutePath();
        Path parent = abs.getParent();
        if (parent != null && !isDirectory(parent)) {
            createDirectories(parent);
        }
        int r = Posix.mkdir(abs.toString(), 0777);
        if (r < 0 && !(r == -Posix.EEXIST && isDirectory(abs))) {
            throw FileOps.error(-r, r == -Posix.EEXIST ? dir.toString() : dir.toString(), null);
        }
        return dir;
    }

    public static Path createTempFile(Path dir, String prefix, String suffix, FileAttribute<?>... attrs) throws IOException {
        return TempFiles.create(dir, prefix, suffix, false);
    }

    public static Path createTempFile(String prefix, String suffix, FileAttribute<?>... attrs) throws IOException {
        return TempFiles.create(null, prefix, suffix, false);
    }

    public static Path createTempDirectory(Path dir, String prefix, FileAttribute<?>... attrs) throws IOException {
        return TempFiles.create(dir, prefix, null, true);
    }

    public static Path createTempDirectory(String prefix, FileAttribute<?>... attrs) throws IOException {
        return TempFiles.create(null, prefix, null, true);
    }

    public static void delete(Path path) throws IOException {
        byte[] st = FileOps.statOrThrow(path, false);
        String s = path.toString();
        int r = FileOps.type(st) == Posix.S_IFDIR ? Posix.rmdir(s) : Posix.unlink(s);
        if (r < 0) {
            throw FileOps.error(-r, s, null);
        }
    }

    public static boolean deleteIfExists(Path path) throws IOException {
        if (FileOps.stat(path, false) == null) {
            return false;
        }
        delete(path);
        return true;
    }

    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) {
            replace |= o == StandardCopyOption.REPLACE_EXISTING;
        }
        byte[] st = FileOps.statOrThrow(source, true);
        if (FileOps.stat(target, false) != null) {
            if (!replace) {
                throw new FileAlreadyExistsException(target.toString());
            }
            delete(target);
        }
        if (FileOps.type(st) == Posix.S_IFDIR) {
            createDirectory(target);
            return target;
        }
        try (InputStream in = newInputStream(source);
                OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            in.transferTo(out);
        }
        return target;
    }

    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) {
            replace |= o == StandardCopyOption.REPLACE_EXISTING || o == StandardCopyOption.ATOMIC_MOVE;
        }
        FileOps.statOrThrow(source, false);
        if (!replace && FileOps.stat(target, false) != null) {
            throw new FileAlreadyExistsException(target.toString());
        }
        int r = Posix.rename(source.toString(), target.toString());
        if (r < 0) {
            throw FileOps.error(-r, source.toString(), target.toString());
        }
        return target;
    }

    // ---- directories ------------------------------------------------------------------

    public static Stream<Path> list(Path dir) throws IOException {
        return FileTree.entries(dir).stream();
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir) throws IOException {
        return FileTree.directoryStream(dir, p -> true);
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir, String glob) throws IOException {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(FileTree.globToRegex(glob));
        return FileTree.directoryStream(dir, e -> p.matcher(e.getFileName().toString()).matches());
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        return FileTree.directoryStream(dir, filter);
    }

    public static Stream<Path> walk(Path start, int maxDepth, FileVisitOption... options) throws IOException {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("'maxDepth' is negative");
        }
        return FileTree.walk(start, maxDepth, options).stream();
    }

    public static Stream<Path> walk(Path start, FileVisitOption... options) throws IOException {
        return walk(start, Integer.MAX_VALUE, options);
    }

    public static Stream<Path> find(Path start, int maxDepth, BiPredicate<Path, BasicFileAttributes> matcher,
            FileVisitOption... options) throws IOException {
        return walk(start, maxDepth, options).filter(p -> {
            byte[] st = FileOps.stat(p, false);
            return st != null && matcher.test(p, FileOps.attributes(st));
        });
    }

    public static Path walkFileTree(Path start, FileVisitor<? super Path> visitor) throws IOException {
        return walkFileTree(start, Set.of(), Integer.MAX_VALUE, visitor);
    }

    public static Path walkFileTree(Path start, Set<FileVisitOption> options, int maxDepth, FileVisitor<? super Path> visitor)
            throws IOException {
        FileTree.walkFileTree(start, maxDepth, visitor);
        return start;
    }
}
