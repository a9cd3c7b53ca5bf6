// Benchmark in the style of the Benchmarks Game's k-nucleotide, single-threaded: reads the
// third sequence (">THREE") of a FASTA file from standard input, counts every 1- and
// 2-nucleotide fragment (printed by frequency) and five longer fragments, with HashMaps keyed
// by the fragment packed into a long.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    static final String[] FRAGMENTS = {"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"};

    static int code(char c) {
        switch (c) {
            case 'A': return 0;
            case 'C': return 1;
            case 'G': return 2;
            default: return 3;
        }
    }

    static Map<Long, int[]> count(byte[] seq, int len, int k) {
        Map<Long, int[]> counts = new HashMap<>();
        long key = 0, mask = (1L << (2 * k)) - 1;
        for (int i = 0; i < len; i++) {
            key = ((key << 2) | seq[i]) & mask;
            if (i >= k - 1) {
                counts.computeIfAbsent(key, x -> new int[1])[0]++;
            }
        }
        return counts;
    }

    static String decode(long key, int k) {
        char[] s = new char[k];
        for (int i = k - 1; i >= 0; i--) {
            s[i] = "ACGT".charAt((int) (key & 3));
            key >>= 2;
        }
        return new String(s);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null && !line.startsWith(">THREE")) {
            // skip to the third sequence
        }
        byte[] seq = new byte[1 << 16];
        int len = 0;
        while ((line = in.readLine()) != null && !line.startsWith(">")) {
            if (len + line.length() > seq.length) {
                seq = java.util.Arrays.copyOf(seq, Math.max(seq.length * 2, len + line.length()));
            }
            for (int i = 0; i < line.length(); i++) {
                seq[len++] = (byte) code(Character.toUpperCase(line.charAt(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 1; k <= 2; k++) {
            Map<Long, int[]> counts = count(seq, len, k);
            List<Map.Entry<Long, int[]>> entries = new ArrayList<>(counts.entrySet());
            final int kk = k;
            entries.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? b.getValue()[0] - a.getValue()[0]
                    : decode(a.getKey(), kk).compareTo(decode(b.getKey(), kk)));
            long total = len - k + 1;
            for (Map.Entry<Long, int[]> e : entries) {
                out.append(String.format("%s %.3f%n", decode(e.getKey(), k), 100.0 * e.getValue()[0] / total));
            }
            out.append('\n');
        }
        for (String f : FRAGMENTS) {
            Map<Long, int[]> counts = count(seq, len, f.length());
            long key = 0;
            for (int i = 0; i < f.length(); i++) {
                key = (key << 2) | code(f.charAt(i));
            }
            int[] c = counts.get(key);
            out.append(c == null ? 0 : c[0]).append('\t').append(f).append('\n');
        }
        System.out.print(out);
    }
}
