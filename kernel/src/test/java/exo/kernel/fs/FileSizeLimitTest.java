/*
 * RLIMIT_FSIZE's rules (FileSizeLimit): writes cut at the limit, EFBIG at or past it, size
 * changes that grow past it refused, shrinking always allowed, RLIM_INFINITY and values above
 * 2^63 meaning no limit, and exceeded() called once per refusal (the caller's SIGXFSZ).
 * The same rules against Linux: tests/syscalls/edges2.c.
 */
package exo.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileSizeLimitTest {
    private static final class Fixed extends FileSizeLimit {
        final long max;
        int exceeded;

        Fixed(long max) {
            this.max = max;
        }

        @Override
        protected long maxBytes() {
            return max;
        }

        @Override
        protected void exceeded() {
            exceeded++;
        }
    }

    @Test
    void writesAreCutAtTheLimitAndRefusedPastIt() {
        Fixed ten = new Fixed(10);
        assertEquals(8, ten.writable(0, 8));
        assertEquals(2, ten.writable(8, 5));
        assertEquals(0, ten.exceeded);
        assertEquals(-Errno.EFBIG, ten.writable(10, 1));
        assertEquals(-Errno.EFBIG, ten.writable(1L << 40, 1));
        assertEquals(2, ten.exceeded);
    }

    @Test
    void sizeChangesMayShrinkButNotGrowPastTheLimit() {
        Fixed ten = new Fixed(10);
        assertEquals(0, ten.mayResize(0, 10));
        assertEquals(-Errno.EFBIG, ten.mayResize(0, 11));
        assertEquals(0, ten.mayResize(100, 50), "shrinking a file already past the limit");
        assertEquals(-Errno.EFBIG, ten.mayResize(50, 60));
        assertEquals(2, ten.exceeded);
    }

    @Test
    void infinityAndHugeLimitsAllowEverything() {
        for (FileSizeLimit l : new FileSizeLimit[] {new Fixed(-1L), new Fixed(1L << 63), FileSizeLimit.NONE}) {
            assertEquals(5, l.writable(Long.MAX_VALUE - 10, 5));
            assertEquals(0, l.mayResize(0, Long.MAX_VALUE));
        }
    }
}
