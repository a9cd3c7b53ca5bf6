// Integer and Long helpers: parseInt/parseLong with radix and sign, valueOf, decode-free
// toString(i, radix), toHexString/toBinaryString/toOctalString of negatives, bitCount,
// numberOfLeading/TrailingZeros, highestOneBit/lowestOneBit, reverse, reverseBytes,
// rotateLeft/Right, compare, signum, sum/max/min, MIN/MAX constants, and the messages of
// NumberFormatException.
public class Main {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("123") + " " + Integer.parseInt("-123") + " " + Integer.parseInt("+7") + " " + Integer.parseInt("ff", 16)
                + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36) + " " + Integer.parseInt("777", 8) + " " + Integer.parseInt("-2147483648")
                + " " + Integer.valueOf("0042") + " " + Integer.valueOf("7f", 16));
        System.out.println(Long.parseLong("9223372036854775807") + " " + Long.parseLong("-ffffffff", 16) + " " + Long.valueOf("123456789012")
                + " " + Long.parseLong("1111", 2));
        String[] bad = {"", "-", "+", "2147483648", "12a", " 1", "1.0", "--1"};
        for (String b : bad) {
            try {
                Integer.parseInt(b);
                System.out.println("parsed " + b);
            } catch (NumberFormatException e) {
                System.out.println("NFE " + e.getMessage());
            }
        }
        try {
            Integer.parseInt("g", 16);
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        try {
            Long.parseLong("9223372036854775808");
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        int[] vals = {0, 1, -1, 255, -256, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 20, 96};
        for (int v : vals) {
            System.out.println(v + ": " + Integer.toHexString(v) + " " + Integer.toBinaryString(v) + " " + Integer.toOctalString(v) + " " + Integer.toString(v, 36)
                    + " " + Integer.toString(v, 7) + " bc=" + Integer.bitCount(v) + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v)
                    + " hob=" + Integer.highestOneBit(v) + " lob=" + Integer.lowestOneBit(v) + " rev=" + Integer.reverse(v) + " rb=" + Integer.reverseBytes(v)
                    + " rl=" + Integer.rotateLeft(v, 8) + " rr=" + Integer.rotateRight(v, 4) + " sg=" + Integer.signum(v));
        }
        long[] lvals = {0L, -1L, 1L << 63, 0x0123456789ABCDEFL, Long.MAX_VALUE, 1000000007L};
        for (long v : lvals) {
            System.out.println(v + ": " + Long.toHexString(v) + " " + Long.toBinaryString(v).length() + " " + Long.toOctalString(v) + " " + Long.toString(v, 36)
                    + " bc=" + Long.bitCount(v) + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v) + " hob=" + Long.highestOneBit(v)
                    + " rev=" + Long.reverse(v) + " rb=" + Long.reverseBytes(v) + " rl=" + Long.rotateLeft(v, 12) + " sg=" + Long.signum(v));
        }
        System.out.println(Integer.compare(3, 5) + " " + Integer.compare(5, 3) + " " + Integer.compare(-1, -1) + " " + Long.compare(1L << 40, 1)
                + " " + Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Integer.min(3, 4) + " " + Long.max(-1, -2) + " " + Integer.MIN_VALUE
                + " " + Integer.MAX_VALUE + " " + Long.MIN_VALUE + " " + Short.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Integer.SIZE + " " + Long.BYTES);
        System.out.println(Integer.toString(255) + Integer.toString(-255, 16) + " " + Long.toString(-255L, 2) + " " + Integer.hashCode(77)
                + " " + Long.hashCode(-1L) + " " + Short.parseShort("-300") + " " + Byte.parseByte("7f", 16) + " " + Integer.decode("0x1F")
                + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
        try {
            Byte.parseByte("200");
        } catch (NumberFormatException e) {
            System.out.println("NFE " + e.getMessage());
        }
        int gray = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            gray = i ^ (i >>> 1);
            sb.append(String.format("%4s", Integer.toBinaryString(gray)).replace(' ', '0')).append(' ');
        }
        System.out.println(sb);
    }
}
