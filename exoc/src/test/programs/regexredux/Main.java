// Benchmark in the style of the Benchmarks Game's regex-redux, single-threaded: reads a FASTA
// file from standard input, strips the headers and line breaks with a regex, counts the
// matches of nine DNA variant patterns, applies five substitutions one after the other, and
// prints the counts and the lengths.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Main {
    static final String[] VARIANTS = {
        "agggtaaa|tttaccct",
        "[cgt]gggtaaa|tttaccc[acg]",
        "a[act]ggtaaa|tttacc[agt]t",
        "ag[act]gtaaa|tttac[agt]ct",
        "agg[act]taaa|ttta[agt]cct",
        "aggg[acg]aaa|ttt[cgt]ccct",
        "agggt[cgt]aa|tt[acg]accct",
        "agggta[cgt]a|t[acg]taccct",
        "agggtaa[cgt]|[acg]ttaccct",
    };
    static final String[][] SUBSTITUTIONS = {
        {"tHa[Nt]", "<4>"},
        {"aND|caN|Ha[DS]|WaS", "<3>"},
        {"a[NSt]|BY", "<2>"},
        {"<[^>]*>", "|"},
        {"\\|[^|][^|]*\\|", "-"},
    };

    public static void main(String[] args) throws IOException {
        String input = new String(System.in.readAllBytes(), StandardCharsets.ISO_8859_1);
        int initialLength = input.length();
        String sequence = Pattern.compile(">.*\n|\n").matcher(input).replaceAll("");
        int codeLength = sequence.length();
        StringBuilder out = new StringBuilder();
        for (String variant : VARIANTS) {
            Matcher m = Pattern.compile(variant).matcher(sequence);
            int count = 0;
            while (m.find()) {
                count++;
            }
            out.append(variant).append(' ').append(count).append('\n');
        }
        for (String[] sub : SUBSTITUTIONS) {
            sequence = Pattern.compile(sub[0]).matcher(sequence).replaceAll(sub[1]);
        }
        out.append('\n').append(initialLength).append('\n').append(codeLength).append('\n').append(sequence.length()).append('\n');
        System.out.print(out);
    }
}
