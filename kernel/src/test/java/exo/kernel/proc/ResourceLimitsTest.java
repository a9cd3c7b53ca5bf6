/*
 * ResourceLimits: PID 1's values, setrlimit's rules (EINVAL for an unknown resource or soft
 * above hard, EPERM for raising a hard limit without privilege or RLIMIT_NOFILE above
 * fs.nr_open), RLIM_INFINITY compared as the largest unsigned value, and fork's copy.
 */
package exo.kernel.proc;

import static exo.kernel.proc.ResourceLimits.INFINITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import exo.kernel.fs.Errno;
import exo.kernel.fs.Limits;
import org.junit.jupiter.api.Test;

class ResourceLimitsTest {
    static final ResourceLimits INITIAL = ResourceLimits.initial(64);

    @Test
    void initialValuesAreLinuxs() {
        assertEquals(1024, INITIAL.soft(ResourceLimits.RLIMIT_NOFILE));
        assertEquals(4096, INITIAL.hard(ResourceLimits.RLIMIT_NOFILE));
        assertEquals(8L << 20, INITIAL.soft(ResourceLimits.RLIMIT_STACK));
        assertEquals(INFINITY, INITIAL.hard(ResourceLimits.RLIMIT_STACK));
        assertEquals(0, INITIAL.soft(ResourceLimits.RLIMIT_CORE));
        assertEquals(INFINITY, INITIAL.soft(ResourceLimits.RLIMIT_AS));
        assertEquals(64, INITIAL.soft(ResourceLimits.RLIMIT_NPROC));
        assertEquals(0, INITIAL.hard(ResourceLimits.RLIMIT_NICE));
    }

    @Test
    void unknownResourcesAndSoftAboveHardAreInvalid() {
        assertEquals(-Errno.EINVAL, INITIAL.check(-1, 1, 1, true));
        assertEquals(-Errno.EINVAL, INITIAL.check(ResourceLimits.RLIM_NLIMITS, 1, 1, true));
        assertEquals(-Errno.EINVAL, INITIAL.check(ResourceLimits.RLIMIT_NOFILE, 101, 100, true));
        assertEquals(-Errno.EINVAL, INITIAL.check(ResourceLimits.RLIMIT_AS, INFINITY, 5, true),
                "infinity is above every number");
        assertEquals(0, INITIAL.check(ResourceLimits.RLIMIT_AS, INFINITY, INFINITY, false));
        assertEquals(0, INITIAL.check(ResourceLimits.RLIMIT_AS, 5, INFINITY, false));
    }

    @Test
    void raisingAHardLimitNeedsPrivilege() {
        ResourceLimits l = INITIAL.copy();
        assertEquals(0, l.check(ResourceLimits.RLIMIT_NOFILE, 100, 4095, false), "lowering is free");
        l.set(ResourceLimits.RLIMIT_NOFILE, 100, 4095);
        assertEquals(-Errno.EPERM, l.check(ResourceLimits.RLIMIT_NOFILE, 100, 4096, false));
        assertEquals(0, l.check(ResourceLimits.RLIMIT_NOFILE, 4095, 4095, false), "soft up to hard is free");
        assertEquals(0, l.check(ResourceLimits.RLIMIT_NOFILE, 100, 4096, true));
        assertEquals(-Errno.EPERM, l.check(ResourceLimits.RLIMIT_NOFILE, 100, Limits.NR_OPEN + 1, true),
                "fs.nr_open binds root too");
        assertEquals(-Errno.EPERM, l.check(ResourceLimits.RLIMIT_NOFILE, 100, INFINITY, true));
        assertEquals(0, l.check(ResourceLimits.RLIMIT_STACK, INFINITY, INFINITY, false), "stack's hard is infinity already");
    }

    @Test
    void aForkCopyIsIndependent() {
        ResourceLimits parent = INITIAL.copy();
        ResourceLimits child = parent.copy();
        child.set(ResourceLimits.RLIMIT_AS, 1 << 20, 1 << 20);
        assertEquals(INFINITY, parent.soft(ResourceLimits.RLIMIT_AS));
        assertEquals(1 << 20, child.hard(ResourceLimits.RLIMIT_AS));
    }

    @Test
    void allowsComparesUnsigned() {
        ResourceLimits l = INITIAL.copy();
        assertTrue(l.allows(ResourceLimits.RLIMIT_AS, Long.MAX_VALUE));
        assertTrue(l.allows(ResourceLimits.RLIMIT_AS, -2L), "everything is within infinity");
        l.set(ResourceLimits.RLIMIT_AS, 256L << 20, 256L << 20);
        assertTrue(l.allows(ResourceLimits.RLIMIT_AS, 256L << 20));
        assertFalse(l.allows(ResourceLimits.RLIMIT_AS, (256L << 20) + 1));
        assertFalse(l.allows(ResourceLimits.RLIMIT_AS, -1L), "a wrapped size is huge, not negative");
    }
}
