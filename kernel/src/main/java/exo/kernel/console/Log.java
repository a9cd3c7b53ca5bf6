/*
 * The kernel log: messages with a level (debug, info, warn, error) and the uptime, written to
 * the console when their level reaches the threshold set by log= on the command line (info by
 * default). Line format: "[    1.234] warn: message"; on VGA warnings are yellow and errors
 * red. Messages are built by the caller, so keep debug calls out of hot paths.
 */
package exo.kernel.console;

import exo.kernel.boot.CommandLine;
import exo.kernel.dev.VgaText;
import exo.kernel.time.Clock;
import exo.kernel.util.Fmt;

public final class Log {
    private Log() {}

    public static final int DEBUG = CommandLine.LOG_DEBUG;
    public static final int INFO = CommandLine.LOG_INFO;
    public static final int WARN = CommandLine.LOG_WARN;
    public static final int ERROR = CommandLine.LOG_ERROR;

    private static final String[] TAGS = {"debug: ", "info: ", "warn: ", "error: "};
    private static final int[] COLOURS = {VgaText.DARK_GREY, VgaText.LIGHT_GREY, VgaText.YELLOW, VgaText.LIGHT_RED};

    private static int threshold = INFO;

    public static void setLevel(int level) {
        threshold = level;
    }

    public static int level() {
        return threshold;
    }

    public static boolean isEnabled(int level) {
        return level >= threshold;
    }

    public static void debug(String message) {
        log(DEBUG, message);
    }

    public static void info(String message) {
        log(INFO, message);
    }

    public static void warn(String message) {
        log(WARN, message);
    }

    public static void error(String message) {
        log(ERROR, message);
    }

    public static void log(int level, String message) {
        if (!isEnabled(level)) {
            return;
        }
        long ms = Clock.uptimeMillis();
        Console.print("[" + Fmt.pad(ms / 1000, 5) + "." + Fmt.zeros(ms % 1000, 3) + "] ");
        Console.setColour(COLOURS[level], VgaText.BLACK);
        Console.print(TAGS[level]);
        Console.println(message);
        Console.resetColour();
    }
}
