/*
 * init's messages: one line each, "init: ..." on its standard error (the console, or the
 * kernel log under `./exo run`). Verbose messages (every orphan reaped) only with --verbose,
 * which the tests use to see that orphans are reaped.
 */
package exo.userland.init;

import exo.sys.Sys;
import exo.sys.SysException;

final class Log {
    boolean verbose;

    void say(String message) {
        try {
            Sys.write(Sys.STDERR, "init: " + message + "\n");
        } catch (SysException e) {
            // no console to tell: init goes on regardless
        }
    }

    void detail(String message) {
        if (verbose) {
            say(message);
        }
    }
}
