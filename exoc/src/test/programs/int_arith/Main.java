// Integer arithmetic edge cases: overflow wrapping, MIN_VALUE / -1 and % -1, division and
// remainder with negative operands, shifts by amounts >= 32 and negative amounts (masked to
// five bits), >>> on negatives, char arithmetic, byte/short narrowing casts, compound
// assignments that narrow implicitly, and the Math exact/floor helpers.
public class Main {
    static int id(int x) {
        return x; // keeps javac from folding the expressions below
    }

    public static void main(String[] args) {
        int max = id(Integer.MAX_VALUE), min = id(Integer.MIN_VALUE);
        System.out.println((max + 1) + " " + (min - 1) + " " + (max * 2) + " " + (min * -1) + " " + (-min) + " " + Math.abs(min));
        System.out.println((min / id(-1)) + " " + (min % id(-1)) + " " + (max / id(-1)));
        int[] as = {7, -7, 7, -7, 0, 13, -13};
        int[] bs = {2, 2, -2, -2, 5, 4, 4};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < as.length; i++) {
            sb.append(as[i]).append('/').append(bs[i]).append('=').append(as[i] / bs[i]).append(" r").append(as[i] % bs[i])
                    .append(" fd").append(Math.floorDiv(as[i], bs[i])).append(" fm").append(Math.floorMod(as[i], bs[i])).append("; ");
        }
        System.out.println(sb);
        int one = id(1);
        int[] shifts = {0, 1, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        for (int s : shifts) {
            System.out.println("s" + s + ": " + (one << s) + " " + (id(-256) >> s) + " " + (id(-256) >>> s) + " " + (1L << s) + " " + (id(-1) >>> s));
        }
        System.out.println((id(-17) >> 2) + " " + (id(-17) >>> 28) + " " + (id(-17) / 4) + " " + (~id(5)) + " " + (id(0xF0F0) & 0xFF) + " "
                + (id(0xF0F0) | 0x0F) + " " + (id(0xF0F0) ^ 0xFFFF));

        char c = 'A';
        c += 2;
        c++;
        char d = (char) (c + 1);
        int sum = c + d;
        char wrap = (char) -1;
        char fromBig = (char) 70000;
        System.out.println(c + " " + d + " " + sum + " " + (int) wrap + " " + (int) fromBig + " " + (char) ('a' + 25) + " " + ('z' - 'a')
                + " " + (int) Character.MAX_VALUE);

        int big = id(300);
        byte b = (byte) big;
        short s = (short) id(70000);
        byte neg = (byte) id(-129);
        short sneg = (short) id(-32769);
        System.out.println(b + " " + s + " " + neg + " " + sneg + " " + (byte) 0x80 + " " + (short) 0x8000 + " " + (byte) id(255) + " " + (int) (char) (byte) -1);
        byte acc = 10;
        acc += 120;
        acc *= 2;
        short sacc = 1000;
        sacc *= 100;
        int iacc = 5;
        iacc += 3.7; // converts through double
        iacc -= 0.5;
        System.out.println(acc + " " + sacc + " " + iacc);
        b = 127;
        b++;
        System.out.println(b + " " + (b >> 1) + " " + (b >>> 1) + " " + ((b & 0xFF) >>> 1) + " " + (byte) (b >>> 1));

        int x = 5;
        x = x++ + ++x; // 5 + 7
        int y = 10;
        y += y++ * 2; // 10 + 20
        int z = 3;
        z = -z-- - --z; // -3 - 1
        System.out.println(x + " " + y + " " + z);

        int hash = 0;
        for (int i = 0; i < 1000; i++) {
            hash = 31 * hash + i * 0x9E3779B9;
            hash ^= hash >>> 13;
        }
        System.out.println("hash " + hash);
        try {
            Math.addExact(max, 1);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.multiplyExact(min, 2);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        try {
            Math.toIntExact(1L << 35);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Math.negateExact(-5) + " " + Math.abs(-0) + " " + Integer.signum(-99) + " " + Math.floorDiv(min, -1)
                + " " + Math.floorMod(-1, 3) + " " + Math.floorMod(min, 7));
        System.out.println(Integer.MAX_VALUE + Integer.MIN_VALUE + " " + (0x7fffffff + 0x7fffffff) + " " + 0x80000000 + " " + 0xFFFFFFFF
                + " " + 0b1010 + " " + 017 + " " + 1_000_000);
    }
}
