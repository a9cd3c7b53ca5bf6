/*
 * The Path of the core library: a normalised string (no repeated or trailing '/') and the
 * offsets of its names. Syntax operations follow the JDK's UnixPath results ("" has one
 * empty name, "/" none; relativize and normalize handle ".."); file operations are in Files.
 */
package java.nio.file;

import java.io.IOException;
import java.util.ArrayList;

final class UnixPath implements Path {
    private final String path;
    private int[] offsets;   // start of each name, computed on first use

    UnixPath(String normalized) {
        this.path = normalized;
    }

    static Path of(String first, String... more) {
        StringBuilder sb = new StringBuilder(first);
        for (String m : more) {
            if (!m.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('/');
                }
                sb.append(m);
            }
        }
        return new UnixPath(normalize(sb.toString()));
    }

    static String normalize(String input) {
        int n = input.length();
        StringBuilder sb = new StringBuilder(n);
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if (c == '\u0000') {
                throw new InvalidPathException(input, "Nul character not allowed");
            }
            if (c == '/' && prev == '/') {
                continue;
            }
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    private int[] offsets() {
        if (offsets == null) {
            ArrayList<Integer> list = new ArrayList<>();
            if (path.isEmpty()) {
                list.add(0);
            } else {
                for (int i = 0; i < path.length(); i++) {
                    if (path.charAt(i) != '/' && (i == 0 || path.charAt(i - 1) == '/')) {
                        list.add(i);
                    }
                }
            }
            int[] o = new int[list.size()];
            for (int i = 0; i < o.length; i++) {
                o[i] = list.get(i);
            }
            offsets = o;
        }
        return offsets;
    }

    private String name(int i) {
        int[] o = offsets();
        int start = o[i];
        int end = i + 1 < o.length ? o[i + 1] - 1 : path.length();
        return path.substring(start, end);
    }

    @Override
    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    @Override
    public Path getRoot() {
        return isAbsolute() ? new UnixPath("/") : null;
    }

    @Override
    public Path getFileName() {
        int count = getNameCount();
        if (count == 0) {
            return null;
        }
        if (count == 1 && !isAbsolute()) {
            return this;
        }
        return new UnixPath(name(count - 1));
    }

    @Override
    public Path getParent() {
        int count = getNameCount();
        if (count == 0) {
            return null;
        }
        int start = offsets()[count - 1];
        if (start <= 0) {
            return getRoot();
        }
        return new UnixPath(path.substring(0, start - 1));
    }

    @Override
    public int getNameCount() {
        return path.equals("/") ? 0 : offsets().length;
    }

    @Override
    public Path getName(int index) {
        if (index < 0 || index >= getNameCount()) {
            throw new IllegalArgumentException();
        }
        return new UnixPath(name(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        int count = getNameCount();
        if (beginIndex < 0 || beginIndex >= count || endIndex > count || beginIndex >= endIndex) {
            throw new IllegalArgumentException();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = beginIndex; i < endIndex; i++) {
            if (i > beginIndex) {
                sb.append('/');
            }
            sb.append(name(i));
        }
        return new UnixPath(sb.toString());
    }

    @Override
    public boolean startsWith(Path other) {
        UnixPath o = (UnixPath) other;
        if (o.isAbsolute() != isAbsolute() || o.getNameCount() > getNameCount()) {
            return false;
        }
        if (o.path.isEmpty()) {
            return path.isEmpty();
        }
        for (int i = 0; i < o.getNameCount(); i++) {
            if (!o.name(i).equals(name(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean endsWith(Path other) {
        UnixPath o = (UnixPath) other;
        int oc = o.getNameCount(), c = getNameCount();
        if (o.isAbsolute()) {
            return o.path.equals(path);
        }
        if (oc > c || (o.path.isEmpty() && !path.isEmpty())) {
            return false;
        }
        for (int i = 0; i < oc; i++) {
            if (!o.name(oc - 1 - i).equals(name(c - 1 - i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Path normalize() {
        ArrayList<String> out = new ArrayList<>();
        int count = getNameCount();
        for (int i = 0; i < count; i++) {
            String n = name(i);
            if (n.equals(".")) {
                continue;
            }
            if (n.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                    continue;
                }
                if (isAbsolute()) {
                    continue;
                }
            }
            out.add(n);
        }
        String joined = String.join("/", out);
        return new UnixPath(isAbsolute() ? "/" + joined : joined);
    }

    @Override
    public Path resolve(Path other) {
        UnixPath o = (UnixPath) other;
        if (o.isAbsolute()) {
            return o;
        }
        if (o.path.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return o;
        }
        return new UnixPath(path.equals("/") ? "/" + o.path : path + "/" + o.path);
    }

    @Override
    public Path relativize(Path other) {
        UnixPath o = (UnixPath) other;
        if (o.isAbsolute() != isAbsolute()) {
            throw new IllegalArgumentException("'other' is different type of Path");
        }
        if (o.path.equals(path)) {
            return new UnixPath("");
        }
        int bn = path.isEmpty() ? 0 : getNameCount();
        int cn = o.path.isEmpty() ? 0 : o.getNameCount();
        int n = Math.min(bn, cn);
        int i = 0;
        while (i < n && name(i).equals(o.name(i))) {
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < bn; k++) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append("..");
        }
        for (int k = i; k < cn; k++) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(o.name(k));
        }
        return new UnixPath(sb.toString());
    }

    @Override
    public Path toAbsolutePath() {
        if (isAbsolute()) {
            return this;
        }
        String cwd = System.getProperty("user.dir");
        return new UnixPath(path.isEmpty() ? cwd : (cwd.equals("/") ? "/" + path : cwd + "/" + path));
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        Path abs = toAbsolutePath();
        if (!Files.exists(abs)) {
            throw new NoSuchFileException(path);
        }
        return new UnixPath(exo.rt.Paths.canonical(abs.toString()));
    }

    @Override
    public int compareTo(Path other) {
        return path.compareTo(((UnixPath) other).path);
    }

    @Override
    public boolean equals(Object ob) {
        return ob instanceof UnixPath && ((UnixPath) ob).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
