/* Temporary files and directories for Files.createTemp*: a random name in java.io.tmpdir. */
package java.nio.file;

import exo.rt.Posix;
import java.io.IOException;
import java.util.Random;

final class TempFiles {
    private TempFiles() {}

    private static Random random;

    static Path create(Path dir, String prefix, String suffix, boolean directory) throws IOException {
        if (random == null) {
            random = new Random();
        }
        Path base = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
        String pre = prefix == null ? "" : prefix;
        String suf = suffix != null ? suffix : (directory ? "" : ".tmp");
        for (int attempt = 0; attempt < 100; attempt++) {
            Path p = base.resolve(pre + Long.toUnsignedString(random.nextLong()) + suf);
            int r;
            if (directory) {
                r = Posix.mkdir(p.toString(), 0700);
            } else {
                r = Posix.open(p.toString(), Posix.O_WRONLY | Posix.O_CREAT | Posix.O_EXCL, 0600);
                if (r >= 0) {
                    Posix.close(r);
                }
            }
            if (r >= 0) {
                return p;
            }
            if (r != -Posix.EEXIST) {
                throw FileOps.error(-r, p.toString(), null);
            }
        }
        throw new IOException("Unable to create temporary file");
    }
}
