// Printing doubles and floats of many magnitudes with Double.toString/Float.toString: the
// switch between plain and E notation at 1e-3 and 1e7, shortest round-trip digits, powers
// of ten and two, subnormals, and values computed by arithmetic; also Double.parseDouble.
public class Main {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.0, 1234.5678, 9999999.0, 10000000.0, 12345678.9,
            0.001, 0.0009999, 0.00012345, 1e-10, 1.5e-300, 4.9e-324, 1e100, 1.7976931348623157e308, 123456789012345680.0,
            Math.PI, Math.E, 299792458.0, 6.02214076e23, 1.602176634e-19, 0.1 + 0.2, 1.1 * 1.1, 100.0 / 7, 1e16, 1e15 + 0.3, 2.5e-5};
        for (double d : ds) {
            System.out.println(d);
        }
        float[] fs = {0.0f, -0.0f, 1.0f, 0.1f, 0.2f, 1.0f / 3, 100.0f, 1234.5678f, 9999999.0f, 10000000.0f, 0.001f, 0.0001f,
            1e-10f, 1.4e-45f, 3.4028235e38f, 16777216.0f, 3.14159265f, 2.7182817f, 1e10f, 123.456f, 0.3f + 0.6f};
        for (float f : fs) {
            System.out.println(f);
        }
        double p = 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sb.append(p).append(' ');
            p *= 10;
        }
        System.out.println(sb);
        sb.setLength(0);
        p = 1;
        for (int i = 0; i < 20; i++) {
            p /= 10;
            sb.append(p).append(' ');
        }
        System.out.println(sb);
        sb.setLength(0);
        double two = 1;
        for (int i = 0; i < 70; i += 7) {
            sb.append(two).append(' ').append((float) two).append(' ');
            two *= 128;
        }
        System.out.println(sb);
        String[] parse = {"1", "-2.5", "1e3", "3.14159", ".5", "1E-5", "  42.0  ", "Infinity", "-Infinity", "NaN", "0x1p3", "1d", "2.5f"};
        sb.setLength(0);
        for (String s : parse) {
            sb.append(Double.parseDouble(s)).append(' ');
        }
        System.out.println(sb);
        System.out.println(Float.parseFloat("0.1") + " " + Double.valueOf("1.0E10") + " " + Double.toString(5) + " " + String.valueOf(1e-3f)
                + " " + Float.toString(1.0e7f) + " " + Double.toString(1.0e-3));
        try {
            Double.parseDouble("abc");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        double sum = 0;
        for (int i = 0; i < 50; i++) {
            sum += Math.sqrt(i) * (i % 3 == 0 ? -1 : 1) / (i + 1);
            if (i % 10 == 9) {
                System.out.println(sum + " " + (float) sum);
            }
        }
    }
}
