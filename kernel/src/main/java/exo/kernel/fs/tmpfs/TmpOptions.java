/*
 * tmpfs mount options as Linux spells them: size=N with an optional k/m/g suffix or a percentage
 * of memory, nr_inodes=N (k/m/g allowed), mode=OCTAL, uid=N, gid=N, comma-separated. Unknown or
 * malformed options make parse() return null (mount then fails with EINVAL).
 */
package exo.kernel.fs.tmpfs;

final class TmpOptions {
    long sizeBytes;
    long inodes;
    int mode = 01777;
    int uid;
    int gid;

    static TmpOptions parse(String options, long defaultBytes, long memoryBytes) {
        TmpOptions o = new TmpOptions();
        o.sizeBytes = defaultBytes;
        o.inodes = -1;
        if (options != null && !options.isEmpty()) {
            int start = 0;
            while (start <= options.length()) {
                int end = options.indexOf(',', start);
                if (end < 0) {
                    end = options.length();
                }
                if (end > start && !o.apply(options.substring(start, end), memoryBytes)) {
                    return null;
                }
                start = end + 1;
            }
        }
        if (o.inodes < 0) {
            o.inodes = Math.max(1, o.sizeBytes / 4096);
        }
        return o;
    }

    private boolean apply(String opt, long memoryBytes) {
        int eq = opt.indexOf('=');
        if (eq < 0) {
            return false;
        }
        String key = opt.substring(0, eq);
        String val = opt.substring(eq + 1);
        if (key.equals("size")) {
            sizeBytes = val.endsWith("%") ? percent(val, memoryBytes) : number(val, 10);
            return sizeBytes >= 0;
        } else if (key.equals("nr_inodes")) {
            inodes = number(val, 10);
            return inodes > 0;
        } else if (key.equals("mode")) {
            long m = number(val, 8);
            mode = (int) m;
            return m >= 0 && m <= 07777;
        } else if (key.equals("uid")) {
            long u = number(val, 10);
            uid = (int) u;
            return u >= 0;
        } else if (key.equals("gid")) {
            long g = number(val, 10);
            gid = (int) g;
            return g >= 0;
        }
        return false;
    }

    private static long percent(String val, long memoryBytes) {
        long p = number(val.substring(0, val.length() - 1), 10);
        return p < 0 || p > 100 ? -1 : memoryBytes / 100 * p;
    }

    /** A number in radix with an optional k, m or g suffix (binary multiples); -1 if malformed. */
    static long number(String s, int radix) {
        if (s.isEmpty()) {
            return -1;
        }
        long mult = 1;
        char last = Character.toLowerCase(s.charAt(s.length() - 1));
        if (radix == 10 && (last == 'k' || last == 'm' || last == 'g')) {
            mult = last == 'k' ? 1024 : last == 'm' ? 1024 * 1024 : 1024L * 1024 * 1024;
            s = s.substring(0, s.length() - 1);
        }
        long v = 0;
        if (s.isEmpty() || s.length() > 18) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                return -1;
            }
            v = v * radix + d;
        }
        return v * mult;
    }
}
