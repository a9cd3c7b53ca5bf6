/*
 * Assertions for the in-kernel test suites: each check prints "  ok: ..." or "  FAIL: ..." on
 * the console (the boot test reads the serial log) and counts failures, so one run reports
 * every broken check rather than stopping at the first.
 */
package exo.kernel.test;

import exo.kernel.console.Console;

final class Check {
    private int failures;
    private int checks;

    void that(boolean condition, String what) {
        checks++;
        if (condition) {
            Console.println("  ok: " + what);
        } else {
            failures++;
            Console.println("  FAIL: " + what);
        }
    }

    /** Counts a failure without printing an ok line for every success (for loops). */
    boolean quiet(boolean condition, String what) {
        checks++;
        if (!condition) {
            failures++;
            Console.println("  FAIL: " + what);
        }
        return condition;
    }

    boolean passed() {
        Console.println("  " + (checks - failures) + "/" + checks + " checks passed");
        return failures == 0;
    }
}
