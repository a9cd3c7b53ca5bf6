/*
 * Kernel command line parsing: keys, flags, defaults and warnings for bad values.
 */
package exo.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void defaultsWhenEmpty() {
        CommandLine cl = CommandLine.parse("");
        assertEquals("us", cl.keyboardLayout());
        assertEquals(CommandLine.LOG_INFO, cl.logLevel());
        assertNull(cl.testName());
        assertEquals(10, cl.quantumMs());
        assertTrue(cl.warnings().isEmpty());
    }

    @Test
    void keyValuesAndFlags() {
        CommandLine cl = CommandLine.parse("  /boot/exo.elf kbd=fr\tlog=debug test=timer quantum=25 nosplash count=7 ");
        assertEquals("fr", cl.keyboardLayout());
        assertEquals(CommandLine.LOG_DEBUG, cl.logLevel());
        assertEquals("timer", cl.testName());
        assertEquals(25, cl.quantumMs());
        assertTrue(cl.has("nosplash"));
        assertEquals("", cl.get("nosplash"));
        assertTrue(cl.has("/boot/exo.elf"));
        assertFalse(cl.has("kbd=fr"));
        assertEquals(7, cl.intValue("count", 10, 1, 100));
        assertNull(cl.get("missing"));
    }

    @Test
    void wordsAfterDoubleDashAreInitsArguments() {
        CommandLine cl = CommandLine.parse("init=/sbin/init log=warn -- --shell /bin/x log=debug -- z");
        assertEquals(java.util.List.of("--shell", "/bin/x", "log=debug", "--", "z"), cl.initArgs());
        assertEquals(CommandLine.LOG_WARN, cl.logLevel());
        assertFalse(cl.has("--shell"));
        assertTrue(CommandLine.parse("quiet").initArgs().isEmpty());
        assertTrue(CommandLine.parse("quiet --").initArgs().isEmpty());
    }

    @Test
    void emptyTestNameBootsNormallyWithAWarning() {
        CommandLine cl = CommandLine.parse("test= kbd=us");
        assertNull(cl.testName());
        assertEquals(1, cl.warnings().size());
        assertTrue(cl.warnings().get(0).contains("test="));
    }

    @Test
    void lastValueWins() {
        CommandLine cl = CommandLine.parse("log=error log=warn");
        assertEquals(CommandLine.LOG_WARN, cl.logLevel());
    }

    @Test
    void badValuesFallBackWithWarnings() {
        CommandLine cl = CommandLine.parse("kbd=dvorak log=loud quantum=abc");
        assertEquals("us", cl.keyboardLayout());
        assertEquals(CommandLine.LOG_INFO, cl.logLevel());
        assertEquals(10, cl.quantumMs());
        assertEquals(3, cl.warnings().size());
        assertTrue(cl.warnings().get(0).startsWith("kbd=dvorak"));
        assertEquals(10, CommandLine.parse("quantum=0").quantumMs());
        assertEquals(10, CommandLine.parse("quantum=99999999999").quantumMs());
        assertEquals(10, CommandLine.parse("quantum=").quantumMs());
    }

    @Test
    void levelNames() {
        assertEquals(0, CommandLine.parseLogLevel("debug"));
        assertEquals(3, CommandLine.parseLogLevel("error"));
        assertEquals(-1, CommandLine.parseLogLevel("ERROR"));
    }
}
