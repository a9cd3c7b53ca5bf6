/*
 * A file system path with the JDK's Unix behaviour: paths are normalised (no repeated or
 * trailing '/'), relative ones resolve against user.dir, queries never throw (false, 0 or
 * null when the file is missing or unreadable). The operations are system calls through
 * exo.rt.Posix.
 */
package java.io;

import exo.rt.Posix;
import java.nio.file.Path;
import java.util.ArrayList;

public class File implements Serializable, Comparable<File> {
    private static final long serialVersionUID = 301077366599181567L;

    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    public File(String pathname) {
        if (pathname == null) {
            throw new NullPointerException();
        }
        this.path = normalize(pathname);
    }

    public File(String parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent != null) {
            this.path = parent.isEmpty() ? resolve("/", normalize(child)) : resolve(normalize(parent), normalize(child));
        } else {
            this.path = normalize(child);
        }
    }

    public File(File parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent != null) {
            this.path = parent.path.isEmpty() ? resolve("/", normalize(child)) : resolve(parent.path, normalize(child));
        } else {
            this.path = normalize(child);
        }
    }

    /** Collapses repeated slashes and drops a trailing one (but keeps "/"). */
    static String normalize(String p) {
        int n = p.length();
        StringBuilder sb = null;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '/' && prev == '/') {
                if (sb == null) {
                    sb = new StringBuilder(p.substring(0, i));
                }
            } else if (sb != null) {
                sb.append(c);
            }
            prev = c;
        }
        String s = sb == null ? p : sb.toString();
        if (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String resolve(String parent, String child) {
        if (child.isEmpty()) {
            return parent;
        }
        if (child.charAt(0) == '/') {
            return parent.equals("/") ? child : parent + child;
        }
        return parent.equals("/") ? parent + child : parent + "/" + child;
    }

    boolean isInvalid() {
        return path.indexOf('\u0000') >= 0;
    }

    public String getName() {
        int index = path.lastIndexOf(separatorChar);
        return path.substring(index + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf(separatorChar);
        if (index < 0) {
            return null;
        }
        if (index == 0) {
            return path.length() > 1 ? "/" : null;
        }
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public String getAbsolutePath() {
        if (isAbsolute()) {
            return path;
        }
        return resolve(System.getProperty("user.dir"), path);
    }

    public File getAbsoluteFile() {
        return new File(getAbsolutePath());
    }

    /** The absolute path with "." and ".." removed and symbolic links resolved. */
    public String getCanonicalPath() throws IOException {
        return exo.rt.Paths.canonical(getAbsolutePath());
    }

    public File getCanonicalFile() throws IOException {
        return new File(getCanonicalPath());
    }

    public Path toPath() {
        return Path.of(path);
    }

    private byte[] stat() {
        byte[] st = new byte[Posix.STAT_SIZE];
        return !isInvalid() && Posix.stat(path, st) == 0 ? st : null;
    }

    public boolean exists() {
        return stat() != null;
    }

    public boolean isDirectory() {
        byte[] st = stat();
        return st != null && (Posix.statMode(st) & Posix.S_IFMT) == Posix.S_IFDIR;
    }

    public boolean isFile() {
        byte[] st = stat();
        return st != null && (Posix.statMode(st) & Posix.S_IFMT) == Posix.S_IFREG;
    }

    public boolean isHidden() {
        return getName().startsWith(".");
    }

    public boolean canRead() {
        return !isInvalid() && Posix.access(path, 4) == 0;
    }

    public boolean canWrite() {
        return !isInvalid() && Posix.access(path, 2) == 0;
    }

    public boolean canExecute() {
        return !isInvalid() && Posix.access(path, 1) == 0;
    }

    public long lastModified() {
        byte[] st = stat();
        return st == null ? 0L : Posix.statMtimeMillis(st);
    }

    public long length() {
        byte[] st = stat();
        return st == null ? 0L : Posix.statSize(st);
    }

    public boolean setLastModified(long time) {
        if (time < 0) {
            throw new IllegalArgumentException("Negative time");
        }
        return !isInvalid() && Posix.setMtime(path, time) == 0;
    }

    public boolean createNewFile() throws IOException {
        if (isInvalid()) {
            throw new IOException("Invalid file path");
        }
        int fd = Posix.open(path, Posix.O_WRONLY | Posix.O_CREAT | Posix.O_EXCL, 0666);
        if (fd >= 0) {
            Posix.close(fd);
            return true;
        }
        if (fd == -Posix.EEXIST) {
            return false;
        }
        throw new IOException(Posix.strerror(-fd));
    }

    public boolean delete() {
        if (isInvalid()) {
            return false;
        }
        return Posix.unlink(path) == 0 || Posix.rmdir(path) == 0;
    }

    private static java.util.LinkedHashSet<String> deleteAtExit;

    /** Deleted when the program ends, the last registered first, as in the JDK. */
    public void deleteOnExit() {
        if (deleteAtExit == null) {
            deleteAtExit = new java.util.LinkedHashSet<>();
            exo.rt.Shutdown.addFinalAction(() -> {
                ArrayList<String> paths = new ArrayList<>(deleteAtExit);
                for (int i = paths.size() - 1; i >= 0; i--) {
                    new File(paths.get(i)).delete();
                }
            });
        }
        deleteAtExit.add(getAbsolutePath());
    }

    public String[] list() {
        return isInvalid() ? null : Posix.listDir(path, null);
    }

    public String[] list(FilenameFilter filter) {
        String[] names = list();
        if (names == null || filter == null) {
            return names;
        }
        ArrayList<String> v = new ArrayList<>();
        for (String name : names) {
            if (filter.accept(this, name)) {
                v.add(name);
            }
        }
        return v.toArray(new String[0]);
    }

    public File[] listFiles() {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        File[] fs = new File[ss.length];
        for (int i = 0; i < ss.length; i++) {
            fs[i] = new File(this, ss[i]);
        }
        return fs;
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        ArrayList<File> files = new ArrayList<>();
        for (String s : ss) {
            if (filter == null || filter.accept(this, s)) {
                files.add(new File(this, s));
            }
        }
        return files.toArray(new File[0]);
    }

    public File[] listFiles(FileFilter filter) {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        ArrayList<File> files = new ArrayList<>();
        for (String s : ss) {
            File f = new File(this, s);
            if (filter == null || filter.accept(f)) {
                files.add(f);
            }
        }
        return files.toArray(new File[0]);
    }

    public boolean mkdir() {
        return !isInvalid() && Posix.mkdir(path, 0777) == 0;
    }

    public boolean mkdirs() {
        if (exists()) {
            return false;
        }
        if (mkdir()) {
            return true;
        }
        File canonFile;
        try {
            canonFile = getCanonicalFile();
        } catch (IOException e) {
            return false;
        }
        File parent = canonFile.getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && canonFile.mkdir();
    }

    public boolean renameTo(File dest) {
        if (dest == null) {
            throw new NullPointerException();
        }
        if (isInvalid() || dest.isInvalid()) {
            return false;
        }
        return Posix.rename(path, dest.path) == 0;
    }

    private boolean chmod(int bits, boolean enable, boolean ownerOnly) {
        byte[] st = stat();
        if (st == null) {
            return false;
        }
        int mode = Posix.statMode(st) & 07777;
        int mask = ownerOnly ? bits & 0700 : bits;
        mode = enable ? mode | mask : mode & ~mask;
        return Posix.chmod(path, mode) == 0;
    }

    public boolean setReadOnly() {
        return chmod(0222, false, false);
    }

    public boolean setWritable(boolean writable, boolean ownerOnly) {
        return chmod(0222, writable, ownerOnly);
    }

    public boolean setWritable(boolean writable) {
        return setWritable(writable, true);
    }

    public boolean setReadable(boolean readable, boolean ownerOnly) {
        return chmod(0444, readable, ownerOnly);
    }

    public boolean setReadable(boolean readable) {
        return setReadable(readable, true);
    }

    public boolean setExecutable(boolean executable, boolean ownerOnly) {
        return chmod(0111, executable, ownerOnly);
    }

    public boolean setExecutable(boolean executable) {
        return setExecutable(executable, true);
    }

    public static File[] listRoots() {
        return new File[] {new File("/")};
    }

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) {
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        }
        String s = (suffix == null) ? ".tmp" : suffix;
        File dir = directory != null ? directory : new File(System.getProperty("java.io.tmpdir"));
        java.util.Random r = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            File f = new File(dir, prefix + Long.toUnsignedString(r.nextLong()) + s);
            if (f.createNewFile()) {
                return f;
            }
        }
        throw new IOException("Unable to create temporary file, " + new File(dir, prefix + "*" + s));
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    @Override
    public int compareTo(File pathname) {
        return path.compareTo(pathname.path);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof File && compareTo((File) obj) == 0;
    }

    @Override
    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    @Override
    public String toString() {
        return path;
    }
}
