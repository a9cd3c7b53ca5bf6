// java.lang.ProcessBuilder, Process and Runtime.exec on programs of the system (echo, cat, sh,
// sort, env): pipes both ways, exit codes, environment, working directory, redirections to and
// from files, merged stderr, inheritIO, timeouts and destroy, and the JDK's exceptions for a
// missing program, a missing directory, a missing input file and invalid redirects. Runs in a
// prepared directory (files/).
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

public class Main {
    public static void main(String[] args) throws Exception {
        pipes();
        exitCodes();
        environmentAndDirectory();
        redirects();
        lifecycle();
        errors();
        runtimeExec();
    }

    static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    static void pipes() throws Exception {
        Process echo = new ProcessBuilder("echo", "hello", "world").start();
        System.out.println("echo: [" + echo.inputReader().readLine() + "] exit " + echo.waitFor());

        Process cat = new ProcessBuilder("cat").start();
        try (PrintWriter w = new PrintWriter(cat.getOutputStream())) {
            for (int i = 0; i < 2000; i++) {
                w.println("line " + i);
            }
        }
        BufferedReader r = cat.inputReader();
        int lines = 0;
        String last = null;
        for (String s; (s = r.readLine()) != null; lines++) {
            last = s;
        }
        System.out.println("cat: " + lines + " lines, last " + last + ", exit " + cat.waitFor());

        Process sort = new ProcessBuilder("sort").start();
        sort.outputWriter().write("pear\nfig\napple\n");
        sort.outputWriter().close();
        System.out.print("sort: " + readAll(sort.getInputStream()));
        System.out.println("sort exit " + sort.waitFor() + ", alive " + sort.isAlive());

        Process both = new ProcessBuilder("sh", "-c", "echo to-out; echo to-err 1>&2").start();
        System.out.print("out=" + readAll(both.getInputStream()) + "err=" + readAll(both.getErrorStream()));
        both.waitFor();
        Process merged = new ProcessBuilder("sh", "-c", "echo one; echo two 1>&2; echo three")
                .redirectErrorStream(true).start();
        System.out.print("merged: " + readAll(merged.getInputStream()).replace('\n', ' '));
        System.out.println("| error stream read " + merged.getErrorStream().read() + ", exit " + merged.waitFor());
    }

    static void exitCodes() throws Exception {
        for (String code : new String[] {"0", "1", "3", "255"}) {
            Process p = new ProcessBuilder("sh", "-c", "exit " + code).start();
            System.out.println("exit " + code + " -> " + p.waitFor() + " / " + p.exitValue());
        }
        Process killed = new ProcessBuilder("sh", "-c", "kill -9 $$").start();
        System.out.println("killed by SIGKILL -> " + killed.waitFor());
    }

    static void environmentAndDirectory() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "echo \"$EXO_A/$EXO_B/${HOME:+home set}\"");
        Map<String, String> env = pb.environment();
        env.put("EXO_A", "alpha");
        env.put("EXO_B", "beta gamma");
        System.out.print("env: " + readAll(pb.start().getInputStream()));
        env.remove("HOME");
        System.out.print("env without HOME: " + readAll(pb.start().getInputStream()));

        ProcessBuilder only = new ProcessBuilder("/usr/bin/env");
        only.environment().clear();
        only.environment().put("ONE", "1");
        only.environment().put("TWO", "2=two");
        List<String> vars = new ArrayList<>(List.of(readAll(only.start().getInputStream()).split("\n")));
        Collections.sort(vars);
        System.out.println("cleared env: " + vars);
        try {
            env.put("BAD=NAME", "x");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            env.put("NAME", null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException for a null value");
        }

        new File("sub").mkdir();
        Files.writeString(Path.of("sub", "inside.txt"), "in sub\n");
        ProcessBuilder inSub = new ProcessBuilder("sh", "-c", "basename \"$(pwd)\"; cat inside.txt").directory(new File("sub"));
        System.out.print("directory " + inSub.directory() + ": " + readAll(inSub.start().getInputStream()).replace('\n', ' '));
        System.out.println();
    }

    static void redirects() throws Exception {
        File out = new File("sorted.txt");
        Process p = new ProcessBuilder("sort").redirectInput(new File("fruits.txt")).redirectOutput(out).start();
        System.out.println("to file: exit " + p.waitFor() + ", stdout stream read " + p.getInputStream().read());
        System.out.println("sorted.txt: " + Files.readAllLines(out.toPath()));
        try {
            p.getOutputStream().write(1);
        } catch (IOException e) {
            System.out.println("writing a redirected stdin: " + e.getMessage());
        }
        new ProcessBuilder("echo", "appended").redirectOutput(Redirect.appendTo(out)).start().waitFor();
        new ProcessBuilder("sh", "-c", "echo to-stderr-file 1>&2").redirectError(new File("err.txt")).start().waitFor();
        System.out.println("after append: " + Files.readAllLines(out.toPath()) + ", err.txt: " + Files.readAllLines(Path.of("err.txt")));
        Process discard = new ProcessBuilder("echo", "gone").redirectOutput(Redirect.DISCARD).start();
        System.out.println("discard: exit " + discard.waitFor());

        System.out.println("PIPE " + Redirect.PIPE + ", INHERIT " + Redirect.INHERIT.type() + ", file " + Redirect.PIPE.file());
        System.out.println(Redirect.from(new File("a")) + " | " + Redirect.to(new File("b")) + " | " + Redirect.appendTo(new File("c")));
        System.out.println("equal redirects: " + Redirect.to(new File("b")).equals(Redirect.to(new File("b")))
                + " " + Redirect.to(new File("b")).equals(Redirect.appendTo(new File("b"))) + " " + Redirect.DISCARD.file());
        ProcessBuilder pb = new ProcessBuilder("true");
        System.out.println("defaults: " + pb.redirectInput() + " " + pb.redirectOutput() + " " + pb.redirectError()
                + " " + pb.redirectErrorStream());
        pb.inheritIO();
        System.out.println("after inheritIO: " + pb.redirectInput() + " " + pb.redirectOutput() + " " + pb.redirectError());

        System.out.println("before the inherited child");
        int code = new ProcessBuilder("echo", "printed by the child").inheritIO().start().waitFor();
        System.out.println("after the inherited child, exit " + code);
    }

    static void lifecycle() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            sleeper.exitValue();
        } catch (IllegalThreadStateException e) {
            System.out.println("IllegalThreadStateException: " + e.getMessage());
        }
        System.out.println("alive " + sleeper.isAlive() + ", waitFor(50 ms) " + sleeper.waitFor(50, TimeUnit.MILLISECONDS)
                + ", pid positive " + (sleeper.pid() > 0) + ", normal termination " + sleeper.supportsNormalTermination());
        System.out.println(sleeper.toString().replaceAll("pid=\\d+", "pid=N"));
        sleeper.destroy();
        System.out.println("destroy -> " + sleeper.waitFor() + ", alive " + sleeper.isAlive());
        System.out.println(sleeper.toString().replaceAll("pid=\\d+", "pid=N"));
        try {
            sleeper.getInputStream().read();
        } catch (IOException e) {
            System.out.println("reading after destroy: " + e.getMessage());
        }
        Process hard = new ProcessBuilder("sleep", "30").start();
        System.out.println("destroyForcibly -> " + hard.destroyForcibly().waitFor());
        Process quick = new ProcessBuilder("sh", "-c", "exit 7").start();
        System.out.println("onExit -> " + quick.onExit().get().exitValue() + ", waitFor(1 s) " + quick.waitFor(1, TimeUnit.SECONDS));
    }

    static void errors() {
        String[][] commands = {{"no-such-program-exo"}, {"./no-such-file"}, {"fruits.txt"}, {"./fruits.txt"}, {"sub"}};
        for (String[] cmd : commands) {
            try {
                new ProcessBuilder(cmd).start();
            } catch (IOException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage() + " / cause: " + e.getCause().getMessage());
            }
        }
        try {
            new ProcessBuilder("echo").directory(new File("no-such-dir")).start();
        } catch (IOException e) {
            System.out.println("IOException: " + e.getMessage());
        }
        try {
            new ProcessBuilder("cat").redirectInput(new File("missing.txt")).start();
        } catch (IOException e) {
            System.out.println("IOException: " + e.getMessage() + " / cause " + e.getCause().getClass().getSimpleName());
        }
        try {
            new ProcessBuilder().start();
        } catch (IndexOutOfBoundsException | IOException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            new ProcessBuilder("echo", null).start();
        } catch (NullPointerException | IOException e) {
            System.out.println(e.getClass().getSimpleName());
        }
        try {
            new ProcessBuilder("cat").redirectInput(Redirect.to(new File("x")));
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            new ProcessBuilder("cat").redirectOutput(Redirect.from(new File("x")));
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
    }

    static void runtimeExec() throws Exception {
        Process p = Runtime.getRuntime().exec("echo  a   b\tc");
        System.out.print("exec: " + readAll(p.getInputStream()));
        p = Runtime.getRuntime().exec(new String[] {"sh", "-c", "echo $X"}, new String[] {"X=from envp"});
        System.out.print("exec with envp: " + readAll(p.getInputStream()));
        p = Runtime.getRuntime().exec(new String[] {"cat", "inside.txt"}, null, new File("sub"));
        System.out.print("exec in sub: " + readAll(p.getInputStream()));
        OutputStream o = Runtime.getRuntime().exec("true").getOutputStream();
        System.out.println("stdin of exec is buffered: " + (o instanceof java.io.BufferedOutputStream));
    }
}
