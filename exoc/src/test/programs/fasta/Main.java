// Benchmark in the style of the Benchmarks Game's fasta: writes three DNA sequences in FASTA
// format (60 characters a line): a repeated fixed sequence, and two sequences drawn from
// weighted alphabets with a linear congruential generator. Output goes through a byte buffer
// and PrintStream.write, so the benchmark measures generation and output.
import java.io.PrintStream;

public class Main {
    static final int LINE = 60;
    static final int IM = 139968, IA = 3877, IC = 29573;
    static int last = 42;

    static final String ALU = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCAGCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

    static final byte[] IUB_CHARS = "acgtBDHKMNRSVWY".getBytes();
    static final double[] IUB_PROBS = {0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02};
    static final byte[] SAPIENS_CHARS = "acgt".getBytes();
    static final double[] SAPIENS_PROBS = {0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008};

    static final byte[] buf = new byte[64 * 1024];
    static int used;

    static void put(PrintStream out, byte b) {
        if (used == buf.length) {
            out.write(buf, 0, used);
            used = 0;
        }
        buf[used++] = b;
    }

    static void header(PrintStream out, String text) {
        for (int i = 0; i < text.length(); i++) {
            put(out, (byte) text.charAt(i));
        }
        put(out, (byte) '\n');
    }

    static void repeat(PrintStream out, String seq, int n) {
        int pos = 0;
        for (int i = 0; i < n; i++) {
            put(out, (byte) seq.charAt(pos));
            pos = pos + 1 == seq.length() ? 0 : pos + 1;
            if (i % LINE == LINE - 1 || i == n - 1) {
                put(out, (byte) '\n');
            }
        }
    }

    static double random() {
        last = (last * IA + IC) % IM;
        return (double) last / IM;
    }

    static void randomSeq(PrintStream out, byte[] chars, double[] probs, int n) {
        double[] cumulative = new double[probs.length];
        double acc = 0;
        for (int i = 0; i < probs.length; i++) {
            acc += probs[i];
            cumulative[i] = acc;
        }
        for (int i = 0; i < n; i++) {
            double r = random();
            int k = 0;
            while (k < cumulative.length - 1 && r >= cumulative[k]) {
                k++;
            }
            put(out, chars[k]);
            if (i % LINE == LINE - 1 || i == n - 1) {
                put(out, (byte) '\n');
            }
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        PrintStream out = System.out;
        header(out, ">ONE Homo sapiens alu");
        repeat(out, ALU, 2 * n);
        header(out, ">TWO IUB ambiguity codes");
        randomSeq(out, IUB_CHARS, IUB_PROBS, 3 * n);
        header(out, ">THREE Homo sapiens frequency");
        randomSeq(out, SAPIENS_CHARS, SAPIENS_PROBS, 5 * n);
        out.write(buf, 0, used);
        out.flush();
    }
}
