/*
 * Directory listing and walking for Files: entries in the kernel's readdir order, depth-first
 * walks (the start first, then each entry, a directory before its contents), walkFileTree's
 * visitor protocol, and glob patterns of newDirectoryStream.
 */
package java.nio.file;

import exo.rt.Posix;
import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

final class FileTree {
    private FileTree() {}

    static List<Path> entries(Path dir) throws IOException {
        int[] err = new int[1];
        String[] names = Posix.listDir(dir.toString().isEmpty() ? "." : dir.toString(), err);
        if (names == null) {
            if (err[0] == 20) {
                throw new NotDirectoryException(dir.toString());
            }
            throw FileOps.error(err[0], dir.toString(), null);
        }
        List<Path> out = new ArrayList<>(names.length);
        for (String n : names) {
            out.add(dir.resolve(n));
        }
        return out;
    }

    static DirectoryStream<Path> directoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        List<Path> all = entries(dir);
        List<Path> kept = new ArrayList<>();
        for (Path p : all) {
            if (filter.accept(p)) {
                kept.add(p);
            }
        }
        return new DirectoryStream<Path>() {
            private boolean used;

            @Override
            public Iterator<Path> iterator() {
                if (used) {
                    throw new IllegalStateException("Iterator already obtained");
                }
                used = true;
                return kept.iterator();
            }

            @Override
            public void close() {}
        };
    }

    static List<Path> walk(Path start, int maxDepth, FileVisitOption... options) throws IOException {
        boolean follow = options.length > 0;
        FileOps.statOrThrow(start, follow);
        List<Path> out = new ArrayList<>();
        walk(start, 0, maxDepth, follow, out);
        return out;
    }

    private static void walk(Path p, int depth, int maxDepth, boolean follow, List<Path> out) throws IOException {
        out.add(p);
        if (depth >= maxDepth) {
            return;
        }
        byte[] st = FileOps.stat(p, follow);
        if (st != null && FileOps.type(st) == Posix.S_IFDIR) {
            for (Path e : entries(p)) {
                walk(e, depth + 1, maxDepth, follow, out);
            }
        }
    }

    /** Returns false when the visitor said TERMINATE. */
    static boolean walkFileTree(Path p, int maxDepth, FileVisitor<? super Path> visitor) throws IOException {
        byte[] st = FileOps.stat(p, false);
        if (st == null) {
            return visitor.visitFileFailed(p, new NoSuchFileException(p.toString())) != FileVisitResult.TERMINATE;
        }
        BasicFileAttributes attrs = FileOps.attributes(st);
        if (!attrs.isDirectory() || maxDepth <= 0) {
            return visitor.visitFile(p, attrs) != FileVisitResult.TERMINATE;
        }
        FileVisitResult r = visitor.preVisitDirectory(p, attrs);
        if (r == FileVisitResult.TERMINATE) {
            return false;
        }
        if (r == FileVisitResult.SKIP_SUBTREE || r == FileVisitResult.SKIP_SIBLINGS) {
            return true;
        }
        IOException failure = null;
        try {
            for (Path e : entries(p)) {
                if (!walkFileTree(e, maxDepth - 1, visitor)) {
                    return false;
                }
            }
        } catch (IOException e) {
            failure = e;
        }
        return visitor.postVisitDirectory(p, failure) != FileVisitResult.TERMINATE;
    }

    /** A glob (*, ?, [..], {a,b}) as a regex over one file name. */
    static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*': sb.append("[^/]*"); break;
                case '?': sb.append("[^/]"); break;
                case '{': sb.append("(?:"); inGroup = true; break;
                case '}': sb.append(')'); inGroup = false; break;
                case ',': sb.append(inGroup ? "|" : ","); break;
                case '[': {
                    int end = glob.indexOf(']', i);
                    String body = end < 0 ? "" : glob.substring(i + 1, end);
                    sb.append('[').append(body.startsWith("!") ? "^" + body.substring(1) : body).append(']');
                    i = end < 0 ? glob.length() : end;
                    break;
                }
                case '\\':
                    if (i + 1 < glob.length()) {
                        sb.append(java.util.regex.Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                    break;
                default:
                    sb.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
