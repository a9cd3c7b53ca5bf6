// java.text.DecimalFormat and NumberFormat against the JVM (en-US): patterns with grouping,
// optional and required digits, percent, currency, quotes, negative subpatterns, scientific
// notation; rounding of the exact binary value (0.125 and 0.135), -0, NaN and infinity;
// the NumberFormat factories and setters; parsing and its ParseException.
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParseException;

public class Main {
    public static void main(String[] args) throws ParseException {
        String[] patterns = {"0.00", "#.##", "#,##0.00", "000", "#", "0.0##", "#,##0.###", "$#,##0.00;($#,##0.00)", "0.00%",
            "0.###E0", "00.00E0", "#,##,###", "'#'#", "#.", "0.0;minus 0.0", "\u00A4#,##0.00", "#,##0.00\u2030"};
        double[] values = {0, -0.001, 0.5, 1234.5678, -1234.5678, 0.125, 0.135, 1e10, 12345678.9, 0.000012345, Double.NaN,
            Double.POSITIVE_INFINITY, -0.0, 2.5, 3.5};
        for (String p : patterns) {
            DecimalFormat f = new DecimalFormat(p);
            StringBuilder sb = new StringBuilder(p + " =>");
            for (double v : values) {
                sb.append(" [").append(f.format(v)).append(']');
            }
            System.out.println(sb + " | " + f.format(123456789L) + " " + f.format(-42L) + " | " + f.toPattern());
        }
        System.out.println(NumberFormat.getInstance().format(1234567.891) + " " + NumberFormat.getIntegerInstance().format(2.5) + " "
                + NumberFormat.getIntegerInstance().format(3.5) + " " + NumberFormat.getPercentInstance().format(0.256) + " "
                + NumberFormat.getCurrencyInstance().format(-1234.567) + " " + NumberFormat.getCurrencyInstance().format(0.5) + " "
                + NumberFormat.getNumberInstance().format(new BigDecimal("12345.6789")));
        NumberFormat nf = NumberFormat.getInstance();
        nf.setMaximumFractionDigits(2);
        nf.setMinimumFractionDigits(2);
        nf.setGroupingUsed(false);
        System.out.println(nf.format(1234.5) + " " + nf.parse("1,234.5") + " " + nf.parse("12abc") + " " + nf.parse("-0") + " "
                + nf.parse("1e3") + " " + NumberFormat.getInstance().parse("3.0").getClass().getSimpleName() + " "
                + NumberFormat.getInstance().parse("-1,234.5") + " " + new DecimalFormat("0.0E0").parse("1.5E3"));
        try {
            nf.parse("abc");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " at " + e.getErrorOffset());
        }
        DecimalFormat up = new DecimalFormat("0.0");
        up.setRoundingMode(RoundingMode.HALF_UP);
        DecimalFormat down = new DecimalFormat("0.0");
        down.setRoundingMode(RoundingMode.DOWN);
        System.out.println(up.format(0.25) + " " + up.format(0.35) + " " + down.format(9.99) + " " + up.format(-0.05));
        DecimalFormat money = new DecimalFormat("#,##0.00");
        double total = 0;
        for (int i = 1; i <= 20; i++) {
            total += i * 1.1;
            System.out.print(money.format(total) + (i % 10 == 0 ? "\n" : " "));
        }
        System.out.println(String.format("%,.2f %08.3f %e %.0f %10s|", 1234567.891, -3.14159, 12345.678, 2.5, "x"));
    }
}
