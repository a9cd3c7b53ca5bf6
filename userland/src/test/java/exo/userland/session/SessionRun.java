/*
 * Runs a SessionScript against one shell session, expect-style: keys go to the session's
 * terminal, its output is read by a thread into a TermText, and each step waits (with a time
 * limit) for what it needs, then checks. The typed lines and their output are recorded in a
 * transcript with the scratch directory and the masks applied, so that the sessions of two
 * systems can be compared line for line. SessionMain starts the sessions (Exo-OS booted by
 * tools/boot/run, or exosh on a host pseudo-terminal) and calls run().
 *
 * A step that times out ends the run (the session is no longer where the script thinks it is);
 * a failed expect or reject is recorded and the run goes on.
 */
package exo.userland.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

public final class SessionRun {
    /** exosh's prompt as the line editor leaves it: a directory, " [status]" when not 0, "# " or "$ ". */
    static final Pattern PROMPT = Pattern.compile("[^ ]*( \\[[0-9]+\\])?[#$] ");
    /** How long a prompt must stay unchanged before a step takes it as the prompt (ms). */
    static final long SETTLE_MS = 300;

    /** Where a run fails: the step's line in the script and what went wrong. */
    public record Failure(int line, String what) {}

    private final SessionScript script;
    private final String system;
    private final String dir;
    private final Process process;
    private final OutputStream keys;
    private final TermText term;
    private final OutputStream rawLog;
    private final List<String> transcript = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<String[]> masks = new ArrayList<>();
    private List<String> lastBlock = List.of();
    private int markLine = -1;   // before the first line: the first prompt has no line above it
    private int markPlain;
    private long timeoutMs = 60_000;

    /** system: "exo" or "host"; dir: what @DIR@ stands for; rawLog gets every byte the session printed. */
    public SessionRun(SessionScript script, String system, String dir, Process process, OutputStream rawLog) {
        this.script = script;
        this.system = system;
        this.dir = dir;
        this.process = process;
        this.keys = process.getOutputStream();
        this.rawLog = rawLog;
        this.term = new TermText(this::type);
        Thread reader = new Thread(() -> pump(process.getInputStream()), "session-output");
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(InputStream in) {
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                term.feed(buf, 0, n);
                synchronized (rawLog) {
                    rawLog.write(buf, 0, n);
                    rawLog.flush();
                }
            }
        } catch (IOException e) {
            // the session ended
        }
    }

    private synchronized void type(byte[] b) {
        try {
            keys.write(b);
            keys.flush();
        } catch (IOException e) {
            // the session is gone: the next wait times out and says so
        }
    }

    public List<String> transcript() {
        return transcript;
    }

    public List<Failure> failures() {
        return failures;
    }

    /** Runs every step for this system; false if any failed. */
    public boolean run() throws InterruptedException {
        for (SessionScript.Step s : script.steps) {
            if (s.only() != null && !s.only().equals(system)) {
                continue;
            }
            try {
                step(s);
            } catch (Timeout t) {
                failures.add(new Failure(s.line(), t.getMessage() + "\n" + term.tail(12)));
                return false;
            }
        }
        return failures.isEmpty();
    }

    private static final class Timeout extends Exception {
        Timeout(String what) {
            super(what);
        }
    }

    private void step(SessionScript.Step s) throws Timeout, InterruptedException {
        String arg = s.arg().replace("@DIR@", dir);
        switch (s.verb()) {
            case "run" -> {
                mark();
                type(SessionScript.keys(arg + "\r"));
                awaitPrompt("the prompt after '" + s.arg() + "'");
                record(s);
            }
            case "send" -> type(SessionScript.keys(arg));   // the marks stay: a prompt step records it
            case "repeat" -> {
                int sp = arg.indexOf(' ');
                byte[] once = SessionScript.keys(arg.substring(sp + 1));
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                for (int i = Integer.parseInt(arg.substring(0, sp)); i > 0; i--) {
                    all.writeBytes(once);
                }
                type(all.toByteArray());
            }
            case "prompt" -> {
                awaitPrompt("a prompt");
                record(s);
            }
            case "wait" -> {
                Pattern p = Pattern.compile(arg);
                await(() -> p.matcher(term.plainFrom(markPlain)).find(), "output matching /" + s.arg() + "/");
                markPlain = term.plainLength();   // the lines stay for the next prompt to record
            }
            case "expect", "reject" -> check(s, Pattern.compile(s.arg()));   // recorded lines say @DIR@
            case "pause" -> Thread.sleep(Long.parseLong(arg));
            case "timeout" -> timeoutMs = Long.parseLong(arg) * 1000;
            case "mask" -> masks.add(SessionScript.maskParts(s.arg()));
            case "exit" -> awaitExit(s, Integer.parseInt(arg));
            default -> throw new IllegalStateException(s.verb());
        }
    }

    private void mark() {
        markLine = term.lineCount();
        markPlain = term.plainLength();
    }

    private void await(BooleanSupplier done, String what) throws Timeout, InterruptedException {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new Timeout("no " + what + " within " + timeoutMs / 1000 + " s");
            }
            Thread.sleep(20);
        }
    }

    /** A prompt on a line after the mark, unchanged for SETTLE_MS. */
    private void awaitPrompt(String what) throws Timeout, InterruptedException {
        while (true) {
            await(this::promptShown, what);
            long seen = term.bytesSeen();
            Thread.sleep(SETTLE_MS);
            if (term.bytesSeen() == seen && promptShown()) {
                return;
            }
        }
    }

    private boolean promptShown() {
        return term.lineCount() > markLine && term.cursorAtEnd() && PROMPT.matcher(term.currentLine()).matches();
    }

    private void record(SessionScript.Step s) {
        List<String> block = new ArrayList<>();
        for (String l : term.linesFrom(markLine)) {
            block.add(normalise(l));
        }
        lastBlock = block;
        mark();
        if (s.only() != null) {
            return;   // one system's step: nothing to compare
        }
        if (s.varies()) {
            boolean typed = s.verb().equals("run") && !block.isEmpty();
            if (typed) {
                transcript.add(block.get(0));
            }
            transcript.add("(varies)");
        } else {
            transcript.addAll(block);
        }
    }

    private String normalise(String line) {
        String l = line.replace(dir, "@DIR@");
        for (String[] m : masks) {
            l = l.replaceAll(m[0], m[1]);
        }
        return l;
    }

    private void check(SessionScript.Step s, Pattern p) {
        boolean found = lastBlock.stream().anyMatch(l -> p.matcher(l).matches());
        if (found != s.verb().equals("expect")) {
            failures.add(new Failure(s.line(), (found ? "a line matches /" : "no line matches /") + s.arg()
                    + "/ in:\n" + String.join("\n", lastBlock.stream().map(l -> "    | " + l).toList())));
        }
    }

    private void awaitExit(SessionScript.Step s, int status) throws Timeout, InterruptedException {
        if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
            throw new Timeout("the session did not end");
        }
        if (process.exitValue() != status) {
            failures.add(new Failure(s.line(), "exit status " + process.exitValue() + ", not " + status));
        }
    }
}
