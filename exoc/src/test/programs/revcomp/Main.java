// Benchmark in the style of the Benchmarks Game's reverse-complement, single-threaded: reads
// a FASTA file from standard input and writes each sequence's reverse complement (IUB codes,
// lower case mapped to upper case), 60 nucleotides a line, keeping the header lines.
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

public class Main {
    static final byte[] COMPLEMENT = new byte[128];

    static {
        for (int i = 0; i < 128; i++) {
            COMPLEMENT[i] = (byte) i;
        }
        String from = "ACGTUMRWSYKVHDBNacgtumrwsykvhdbn";
        String to = "TGCAAKYWSRMBDHVNTGCAAKYWSRMBDHVN";
        for (int i = 0; i < from.length(); i++) {
            COMPLEMENT[from.charAt(i)] = (byte) to.charAt(i);
        }
    }

    static byte[] out = new byte[1 << 16];
    static int outLen;

    static void put(byte b) {
        if (outLen == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[outLen++] = b;
    }

    /** Writes the reverse complement of seq[0, len) in lines of 60. */
    static void emit(byte[] seq, int len) {
        int col = 0;
        for (int i = len - 1; i >= 0; i--) {
            put(COMPLEMENT[seq[i]]);
            if (++col == 60) {
                put((byte) '\n');
                col = 0;
            }
        }
        if (col > 0) {
            put((byte) '\n');
        }
    }

    public static void main(String[] args) throws IOException {
        InputStream in = System.in;
        byte[] data = in.readAllBytes();
        byte[] seq = new byte[1 << 16];
        int seqLen = 0;
        int i = 0;
        while (i < data.length) {
            if (data[i] == '>') {
                if (seqLen > 0) {
                    emit(seq, seqLen);
                    seqLen = 0;
                }
                int end = i;
                while (end < data.length && data[end] != '\n') {
                    end++;
                }
                for (int k = i; k < end; k++) {
                    put(data[k]);
                }
                put((byte) '\n');
                i = end + 1;
                continue;
            }
            byte b = data[i++];
            if (b != '\n') {
                if (seqLen == seq.length) {
                    seq = Arrays.copyOf(seq, seq.length * 2);
                }
                seq[seqLen++] = b;
            }
        }
        if (seqLen > 0) {
            emit(seq, seqLen);
        }
        OutputStream o = System.out;
        o.write(out, 0, outLen);
        o.flush();
    }
}
