// Bit-level algorithms: a table-driven CRC-32 (the zlib polynomial) of several strings, an
// Adler-32, FNV-1a 32 and 64-bit hashes, a bit-reversal permutation, population counts by
// table versus Integer.bitCount, and a xorshift PRNG histogram; all integer arithmetic with
// unsigned shifts and masks.
public class Main {
    static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    static int crc32(byte[] data) {
        int c = 0xFFFFFFFF;
        for (byte b : data) {
            c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
        }
        return ~c;
    }

    static int adler32(byte[] data) {
        int a = 1, b = 0;
        for (byte x : data) {
            a = (a + (x & 0xFF)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    static int fnv32(byte[] data) {
        int h = 0x811C9DC5;
        for (byte x : data) {
            h ^= x & 0xFF;
            h *= 16777619;
        }
        return h;
    }

    static long fnv64(byte[] data) {
        long h = 0xCBF29CE484222325L;
        for (byte x : data) {
            h ^= x & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }

    static byte[] ascii(String s) {
        byte[] out = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = (byte) s.charAt(i);
        }
        return out;
    }

    public static void main(String[] args) {
        String[] inputs = {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "\u00ff\u00fe\u0080\u007f"};
        for (String s : inputs) {
            byte[] d = ascii(s);
            System.out.println(String.format("%08x %08x %08x %016x", crc32(d), adler32(d), fnv32(d), fnv64(d)) + " '" + s.length() + "'");
        }
        byte[] big = new byte[100000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 7 + (i >> 8));
        }
        System.out.println(Integer.toHexString(crc32(big)) + " " + Integer.toHexString(adler32(big)) + " " + Long.toHexString(fnv64(big)));
        int bits = 10;
        int[] rev = new int[1 << bits];
        for (int i = 0; i < rev.length; i++) {
            rev[i] = Integer.reverse(i) >>> (32 - bits);
        }
        long revSum = 0;
        for (int i = 0; i < rev.length; i++) {
            revSum += (long) rev[i] * i;
        }
        System.out.println("bit reversal " + revSum + " " + rev[1] + " " + rev[3] + " " + rev[1023]);
        int[] pop = new int[256];
        for (int i = 1; i < 256; i++) {
            pop[i] = pop[i >> 1] + (i & 1);
        }
        long mismatches = 0, total = 0;
        int x = 0x9E3779B9;
        for (int i = 0; i < 200000; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            int byTable = pop[x & 0xFF] + pop[(x >>> 8) & 0xFF] + pop[(x >>> 16) & 0xFF] + pop[x >>> 24];
            if (byTable != Integer.bitCount(x)) {
                mismatches++;
            }
            total += byTable;
        }
        System.out.println("popcount total " + total + " mismatches " + mismatches + " final " + x);
        int[] hist = new int[16];
        long s = 1;
        for (int i = 0; i < 160000; i++) {
            s ^= s << 21;
            s ^= s >>> 35;
            s ^= s << 4;
            hist[(int) (s >>> 60)]++;
        }
        System.out.println(java.util.Arrays.toString(hist));
    }
}
