// Standard input through the usual idioms: BufferedReader lines, Scanner tokens and lines
// (ints, doubles, words, mismatches), StreamTokenizer numbers, and raw System.in bytes.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.io.StringReader;
import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long sum = 0;
        for (int i = 0; i < n; i++) {
            String[] parts = in.readLine().split(" ");
            for (String p : parts) {
                sum += Long.parseLong(p);
            }
        }
        System.out.println("sum of " + n + " lines: " + sum);
        // The rest of stdin through a Scanner over the same reader.
        Scanner sc = new Scanner(in);
        int a = sc.nextInt();
        double d = sc.nextDouble();
        String word = sc.next();
        String restOfLine = sc.nextLine();
        String nextLine = sc.nextLine();
        System.out.println(a + " " + d + " " + word + " [" + restOfLine + "] [" + nextLine + "]");
        System.out.println("grouped: " + sc.nextInt() + " " + sc.nextLong() + " hasNextInt(abc)=" + sc.hasNextInt());
        try {
            sc.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("mismatch " + e.getMessage() + ", token still there: " + sc.next());
        }
        System.out.println("boolean " + sc.nextBoolean() + " " + sc.hasNextBoolean());
        sc.nextLine();
        int lines = 0, chars = 0;
        while (sc.hasNextLine()) {
            String l = sc.nextLine();
            lines++;
            chars += l.length();
        }
        System.out.println("remaining lines " + lines + " chars " + chars);
        try {
            sc.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("at end: " + e.getMessage());
        }
        try {
            sc.next();
        } catch (NoSuchElementException e) {
            System.out.println("no token: " + e.getMessage());
        }
        sc.close();
        try {
            sc.hasNext();
        } catch (IllegalStateException e) {
            System.out.println("closed: " + e.getMessage());
        }

        Scanner words = new Scanner("a,b;;c , d").useDelimiter("\\s*[,;]\\s*");
        StringBuilder sb = new StringBuilder();
        while (words.hasNext()) {
            sb.append('<').append(words.next()).append('>');
        }
        System.out.println("delimited " + sb);
        Scanner nums = new Scanner("1 2.5 -3 x 1e3 NaN");
        while (nums.hasNext()) {
            if (nums.hasNextInt()) {
                System.out.println("int " + nums.nextInt());
            } else if (nums.hasNextDouble()) {
                System.out.println("double " + nums.nextDouble());
            } else {
                System.out.println("word " + nums.next());
            }
        }
        StreamTokenizer st = new StreamTokenizer(new StringReader("x = 3.5 + 'q s' // c\n 42"));
        st.slashSlashComments(true);
        while (st.nextToken() != StreamTokenizer.TT_EOF) {
            System.out.println(st);
        }
    }
}
