/*
 * A session script: what to type into a shell's terminal and what to wait for and check, one
 * step per line, read by SessionRun. The same script drives exosh on Exo-OS's serial console
 * and on a pseudo-terminal of the Linux host, so the two transcripts can be compared.
 *
 *   run TEXT        type TEXT and Enter, wait for the next prompt; the typed line and the
 *                   output are recorded in the transcript
 *   send TEXT       type TEXT, wait for nothing
 *   repeat N TEXT   type TEXT N times, wait for nothing (a very long line)
 *   prompt          wait for a prompt after what was sent; the lines since the last recorded
 *                   block are recorded
 *   wait REGEX      wait until the plain text printed since the last recorded block or wait
 *                   matches (find); what was typed since is part of that text
 *   expect REGEX    a line of the last recorded block matches REGEX (whole line)
 *   reject REGEX    no line of the last recorded block matches REGEX
 *   pause MS        sleep
 *   timeout S       the limit of the waits that follow, in seconds
 *   mask /RE/REPL/  in recorded lines, RE is replaced by REPL (pids and the like)
 *   exit STATUS     the session's process ends with STATUS
 * A step may start with @exo or @host (only on that system) and @vary (the output is
 * checked but recorded as "(varies)", e.g. a count of files that differs between systems).
 * In TEXT, \r \n \t \e \\ \xHH and \cX (Ctrl-X) stand for those bytes; @DIR@, in any step,
 * for the session's scratch directory. Lines starting with # and blank lines are skipped.
 */
package exo.userland.session;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

public final class SessionScript {
    /** One step: its verb, argument, the systems it runs on, and whether its output varies. */
    public record Step(int line, String verb, String arg, String only, boolean varies) {}

    static final List<String> VERBS = List.of("run", "send", "repeat", "prompt", "wait", "expect", "reject", "pause",
            "timeout", "mask", "exit");

    public final List<Step> steps = new ArrayList<>();

    /** Parses text; a bad line is an IllegalArgumentException naming its line number. */
    public static SessionScript parse(String text) {
        SessionScript s = new SessionScript();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            s.steps.add(step(i + 1, l));
        }
        return s;
    }

    private static Step step(int line, String l) {
        String only = null;
        boolean varies = false;
        while (l.startsWith("@")) {
            int sp = l.indexOf(' ');
            String mark = sp < 0 ? l : l.substring(0, sp);
            switch (mark) {
                case "@exo", "@host" -> only = mark.substring(1);
                case "@vary" -> varies = true;
                default -> throw new IllegalArgumentException("line " + line + ": unknown mark " + mark);
            }
            l = sp < 0 ? "" : l.substring(sp + 1).stripLeading();
        }
        int sp = l.indexOf(' ');
        String verb = sp < 0 ? l : l.substring(0, sp);
        String arg = sp < 0 ? "" : l.substring(sp + 1);
        if (!VERBS.contains(verb)) {
            throw new IllegalArgumentException("line " + line + ": unknown step '" + verb + "' (one of " + VERBS + ")");
        }
        boolean needsArg = !verb.equals("prompt");
        if (needsArg && arg.isEmpty()) {
            throw new IllegalArgumentException("line " + line + ": '" + verb + "' needs an argument");
        }
        if ((verb.equals("pause") || verb.equals("timeout") || verb.equals("exit")) && !arg.matches("[0-9]+")) {
            throw new IllegalArgumentException("line " + line + ": '" + verb + "' needs a number, not '" + arg + "'");
        }
        if (verb.equals("repeat") && !arg.matches("[0-9]+ .+")) {
            throw new IllegalArgumentException("line " + line + ": repeat needs a count and a text");
        }
        if (verb.equals("mask") && maskParts(arg) == null) {
            throw new IllegalArgumentException("line " + line + ": mask needs /REGEX/REPLACEMENT/");
        }
        return new Step(line, verb, arg, only, varies);
    }

    /** {regex, replacement} of a mask argument (any delimiter, given by its first character). */
    static String[] maskParts(String arg) {
        if (arg.length() < 3) {
            return null;
        }
        String d = arg.substring(0, 1);
        String[] parts = arg.substring(1).split(java.util.regex.Pattern.quote(d), -1);
        return parts.length == 3 && parts[2].isEmpty() ? new String[] {parts[0], parts[1]} : null;
    }

    /** The bytes TEXT stands for (escapes above); a bad escape is an IllegalArgumentException. */
    public static byte[] keys(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (++i >= text.length()) {
                throw new IllegalArgumentException("a lone \\ at the end of '" + text + "'");
            }
            char e = text.charAt(i);
            switch (e) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'e' -> out.write(0x1B);
                case '\\' -> out.write('\\');
                case 'c' -> {
                    if (i + 1 >= text.length()) {
                        throw new IllegalArgumentException("\\c needs a letter in '" + text + "'");
                    }
                    out.write(Character.toUpperCase(text.charAt(++i)) & 0x1F);
                }
                case 'x' -> {
                    String hex = i + 3 <= text.length() ? text.substring(i + 1, i + 3) : "";
                    if (!hex.matches("[0-9a-fA-F]{2}")) {
                        throw new IllegalArgumentException("\\x needs two hex digits in '" + text + "'");
                    }
                    out.write(Integer.parseInt(hex, 16));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in '" + text + "'");
            }
        }
        return out.toByteArray();
    }
}
