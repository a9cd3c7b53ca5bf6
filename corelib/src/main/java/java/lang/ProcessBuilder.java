/*
 * java.lang.ProcessBuilder: the command, environment, directory and redirections of a child
 * process, and start(), which hands them to ProcessImpl (fork and exec on the linux target).
 * Failures to start come out as the JDK words them: IOException "Cannot run program "x" (in
 * directory "d"): error=2, No such file or directory", its cause the low-level IOException.
 * Runtime.exec builds one of these.
 */
package java.lang;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class ProcessBuilder {
    private List<String> command;
    private File directory;
    private Map<String, String> environment;
    private boolean redirectErrorStream;
    private Redirect[] redirects;

    public ProcessBuilder(List<String> command) {
        this.command = Objects.requireNonNull(command);
    }

    public ProcessBuilder(String... command) {
        this.command = new ArrayList<>(Arrays.asList(command));
    }

    public ProcessBuilder command(List<String> command) {
        this.command = Objects.requireNonNull(command);
        return this;
    }

    public ProcessBuilder command(String... command) {
        this.command = new ArrayList<>(Arrays.asList(command));
        return this;
    }

    public List<String> command() {
        return command;
    }

    /** A modifiable copy of this process's environment, made on first use. */
    public Map<String, String> environment() {
        if (environment == null) {
            environment = new ProcessEnvironment(System.getenv());
        }
        return environment;
    }

    public File directory() {
        return directory;
    }

    public ProcessBuilder directory(File directory) {
        this.directory = directory;
        return this;
    }

    private Redirect[] redirects() {
        if (redirects == null) {
            redirects = new Redirect[] {Redirect.PIPE, Redirect.PIPE, Redirect.PIPE};
        }
        return redirects;
    }

    public ProcessBuilder redirectInput(Redirect source) {
        if (source.type() == Redirect.Type.WRITE || source.type() == Redirect.Type.APPEND) {
            throw new IllegalArgumentException("Redirect invalid for reading: " + source);
        }
        redirects()[0] = source;
        return this;
    }

    public ProcessBuilder redirectOutput(Redirect destination) {
        redirects()[1] = checkWritable(destination);
        return this;
    }

    public ProcessBuilder redirectError(Redirect destination) {
        redirects()[2] = checkWritable(destination);
        return this;
    }

    private static Redirect checkWritable(Redirect destination) {
        if (destination.type() == Redirect.Type.READ) {
            throw new IllegalArgumentException("Redirect invalid for writing: " + destination);
        }
        return destination;
    }

    public ProcessBuilder redirectInput(File file) {
        return redirectInput(Redirect.from(file));
    }

    public ProcessBuilder redirectOutput(File file) {
        return redirectOutput(Redirect.to(file));
    }

    public ProcessBuilder redirectError(File file) {
        return redirectError(Redirect.to(file));
    }

    public Redirect redirectInput() {
        return redirects == null ? Redirect.PIPE : redirects[0];
    }

    public Redirect redirectOutput() {
        return redirects == null ? Redirect.PIPE : redirects[1];
    }

    public Redirect redirectError() {
        return redirects == null ? Redirect.PIPE : redirects[2];
    }

    public ProcessBuilder inheritIO() {
        Arrays.fill(redirects(), Redirect.INHERIT);
        return this;
    }

    public boolean redirectErrorStream() {
        return redirectErrorStream;
    }

    public ProcessBuilder redirectErrorStream(boolean redirectErrorStream) {
        this.redirectErrorStream = redirectErrorStream;
        return this;
    }

    public Process start() throws IOException {
        String[] cmdarray = command.toArray(new String[0]);
        for (String arg : cmdarray) {
            if (arg == null) {
                throw new NullPointerException();
            }
        }
        String prog = cmdarray[0];   // an empty command: the JDK's ArrayIndexOutOfBoundsException
        String dir = directory == null ? null : directory.toString();
        for (String s : cmdarray) {
            if (s.indexOf('\u0000') >= 0) {
                throw new IOException("invalid null character in command");
            }
        }
        try {
            return ProcessImpl.start(cmdarray, environment, dir, redirects(), redirectErrorStream);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("Cannot run program \"" + prog + "\""
                    + (dir == null ? "" : " (in directory \"" + dir + "\")") + ": " + e.getMessage(), e);
        }
    }

    /** Where a child's standard stream comes from or goes to. */
    public abstract static class Redirect {
        public enum Type { PIPE, INHERIT, READ, WRITE, APPEND }

        public static final Redirect PIPE = new Redirect() {
            @Override
            public Type type() {
                return Type.PIPE;
            }

            @Override
            public String toString() {
                return type().toString();
            }
        };

        public static final Redirect INHERIT = new Redirect() {
            @Override
            public Type type() {
                return Type.INHERIT;
            }

            @Override
            public String toString() {
                return type().toString();
            }
        };

        public static final Redirect DISCARD = to(new File("/dev/null"));

        private Redirect() {}

        public abstract Type type();

        public File file() {
            return null;
        }

        public static Redirect from(File file) {
            return new FileRedirect(Type.READ, Objects.requireNonNull(file), "redirect to read from file \"");
        }

        public static Redirect to(File file) {
            return new FileRedirect(Type.WRITE, Objects.requireNonNull(file), "redirect to write to file \"");
        }

        public static Redirect appendTo(File file) {
            return new FileRedirect(Type.APPEND, Objects.requireNonNull(file), "redirect to append to file \"");
        }

        @Override
        public boolean equals(Object obj) {
            if (obj == this) {
                return true;
            }
            if (!(obj instanceof Redirect)) {
                return false;
            }
            Redirect r = (Redirect) obj;
            return r.type() == type() && Objects.equals(r.file(), file());
        }

        @Override
        public int hashCode() {
            File f = file();
            return f == null ? super.hashCode() : f.hashCode();
        }

        private static final class FileRedirect extends Redirect {
            private final Type type;
            private final File file;
            private final String description;

            FileRedirect(Type type, File file, String description) {
                this.type = type;
                this.file = file;
                this.description = description;
            }

            @Override
            public Type type() {
                return type;
            }

            @Override
            public File file() {
                return file;
            }

            @Override
            public String toString() {
                return description + file + "\"";
            }
        }
    }
}
