// Files in a working directory prepared by the test (files/): java.io (FileReader/Writer,
// streams, PrintWriter, RandomAccessFile, Data streams, File queries and listing) and
// java.nio.file (Files read/write/lines/list/walk/copy/move/delete, Path operations), with
// the JDK's exceptions for missing files, existing targets and malformed UTF-8.
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class Main {
    static void show(String label, Object o) {
        System.out.println(label + ": " + o);
    }

    public static void main(String[] args) throws IOException {
        try (BufferedReader r = new BufferedReader(new FileReader("data/input.csv"))) {
            String line;
            int total = 0;
            while ((line = r.readLine()) != null) {
                total += Integer.parseInt(line.split(",")[1]);
            }
            show("csv total", total);
        }
        try (PrintWriter w = new PrintWriter(new BufferedWriter(new FileWriter("out.txt")))) {
            for (int i = 0; i < 5; i++) {
                w.printf("line %d %s%n", i, "x".repeat(i));
            }
        }
        try (FileWriter w = new FileWriter("out.txt", true)) {
            w.write("appended é\n");
        }
        show("out.txt", Files.readAllLines(Path.of("out.txt")));
        File f = new File("out.txt");
        show("file", f.exists() + " " + f.isFile() + " " + f.isDirectory() + " " + f.length() + " " + f.getName() + " " + f.getParent()
                + " " + f.getAbsoluteFile().getName() + " " + new File("a//b/c/").getPath() + " " + new File("dir", "x.txt"));
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream("data.bin"))) {
            out.writeInt(42);
            out.writeDouble(Math.PI);
            out.writeUTF("héllo");
            out.writeLong(-7L);
        }
        try (DataInputStream in = new DataInputStream(new FileInputStream("data.bin"))) {
            show("data", in.readInt() + " " + in.readDouble() + " " + in.readUTF() + " " + in.readLong());
        }
        try (RandomAccessFile raf = new RandomAccessFile("raf.bin", "rw")) {
            for (int i = 0; i < 10; i++) {
                raf.writeInt(i * i);
            }
            raf.seek(12);
            show("raf", raf.readInt() + " at " + raf.getFilePointer() + " len " + raf.length());
            raf.seek(0);
            raf.writeInt(-1);
            raf.setLength(20);
            raf.seek(0);
            show("raf after", raf.readInt() + " len " + raf.length());
        }
        try {
            new FileInputStream("no/such/file.txt");
        } catch (FileNotFoundException e) {
            show("missing", e.getMessage());
        }
        try {
            new FileReader("data");
        } catch (FileNotFoundException e) {
            show("directory", e.getMessage());
        }
        try {
            new RandomAccessFile("x", "rx");
        } catch (IllegalArgumentException e) {
            show("mode", e.getMessage());
        }

        Path dir = Paths.get("tree");
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/one.txt"), "one\n");
        Files.write(dir.resolve("a/b/two.txt"), List.of("two", "lines"));
        Files.write(dir.resolve("three.bin"), new byte[] {1, 2, 3});
        try (Stream<Path> s = Files.walk(dir)) {
            show("walk", s.map(Path::toString).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.list(dir)) {
            show("list", s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        show("sizes", Files.size(dir.resolve("three.bin")) + " " + Files.isDirectory(dir.resolve("a")) + " "
                + Files.isRegularFile(dir.resolve("a/one.txt")) + " " + Files.exists(dir.resolve("nope")));
        try (Stream<String> lines = Files.lines(dir.resolve("a/b/two.txt"))) {
            show("lines", lines.map(String::toUpperCase).collect(Collectors.joining("+")));
        }
        Files.copy(dir.resolve("a/one.txt"), dir.resolve("copy.txt"));
        try {
            Files.copy(dir.resolve("a/one.txt"), dir.resolve("copy.txt"));
        } catch (FileAlreadyExistsException e) {
            show("exists", e.getMessage());
        }
        Files.copy(dir.resolve("three.bin"), dir.resolve("copy.txt"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(dir.resolve("copy.txt"), dir.resolve("moved.txt"));
        show("moved", Arrays.toString(Files.readAllBytes(dir.resolve("moved.txt"))) + " " + Files.exists(dir.resolve("copy.txt")));
        Files.writeString(dir.resolve("moved.txt"), "more", StandardOpenOption.APPEND);
        show("appended", Files.size(dir.resolve("moved.txt")));
        try {
            Files.delete(dir.resolve("a"));
        } catch (DirectoryNotEmptyException e) {
            show("not empty", e.getMessage());
        }
        try {
            Files.readString(Path.of("missing.txt"));
        } catch (NoSuchFileException e) {
            show("no such file", e.getMessage());
        }
        try {
            Files.readAllLines(Path.of("data/bad-utf8.txt"));
        } catch (MalformedInputException e) {
            show("malformed", e.getMessage());
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream("data/bad-utf8.txt"), StandardCharsets.UTF_8))) {
            show("lenient", r.lines().collect(Collectors.toList()));
        }
        show("latin1", Files.readAllLines(Path.of("data/bad-utf8.txt"), StandardCharsets.ISO_8859_1).get(1).length());
        Path p = Paths.get("/usr/local/../lib/./x.tar.gz");
        show("path", p.getFileName() + " " + p.getParent() + " " + p.getNameCount() + " " + p.normalize() + " " + p.getRoot()
                + " " + p.subpath(1, 3) + " " + Paths.get("a/b").relativize(Paths.get("a/c/d")) + " " + Paths.get("x").resolve("y/z")
                + " " + p.startsWith("/usr") + " " + p.endsWith("x.tar.gz") + " " + Path.of("", "q").toString());
        File tree = new File("tree");
        String[] names = tree.list();
        Arrays.sort(names);
        show("File.list", Arrays.toString(names) + " " + new File("tree/a/b").mkdirs() + " " + new File("tree/new/deep").mkdirs());
        show("delete", new File("tree/three.bin").delete() + " " + new File("tree/three.bin").exists() + " " + new File("nope").delete());
    }
}
