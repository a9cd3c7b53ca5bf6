// java.math.BigDecimal against the JVM: construction from strings, doubles and longs, the
// three string forms, arithmetic with scales, division (to a scale, a MathContext, exact and
// its failure), every RoundingMode, setScale, stripTrailingZeros, comparison versus equals,
// conversions, and a money computation.
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

public class Main {
    static void show(String label, Object o) {
        System.out.println(label + ": " + o);
    }

    public static void main(String[] args) {
        String[] texts = {"0", "1", "-1.50", "123.4500", "1E+3", "1e-10", "0.000001", "0.0000001", "12345678901234567890.123456789",
            "-0.00", "5E-20", "1.23E+5", "100", "0.1"};
        for (String t : texts) {
            BigDecimal d = new BigDecimal(t);
            System.out.println(t + " -> " + d + " | " + d.toPlainString() + " | " + d.toEngineeringString() + " | scale "
                    + d.scale() + " prec " + d.precision() + " strip " + d.stripTrailingZeros() + " hash " + d.hashCode());
        }
        show("exact double", new BigDecimal(0.1));
        show("valueOf double", BigDecimal.valueOf(0.1) + " " + BigDecimal.valueOf(1e20) + " " + BigDecimal.valueOf(-2.5e-8));
        BigDecimal a = new BigDecimal("10.25"), b = new BigDecimal("3");
        show("add", a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + a.negate().abs());
        show("divide scale", a.divide(b, 5, RoundingMode.HALF_UP) + " " + a.divide(b, RoundingMode.DOWN));
        show("divide mc", a.divide(b, MathContext.DECIMAL64) + " " + a.divide(b, new MathContext(3)) + " "
                + BigDecimal.ONE.divide(new BigDecimal("8"), MathContext.DECIMAL32));
        show("divide exact", new BigDecimal("1").divide(new BigDecimal("8")) + " " + new BigDecimal("100").divide(new BigDecimal("0.25"))
                + " " + new BigDecimal("6.0").divide(new BigDecimal("2")));
        try {
            BigDecimal.ONE.divide(b);
        } catch (ArithmeticException e) {
            show("non-terminating", e.getMessage());
        }
        try {
            BigDecimal.ONE.divide(BigDecimal.ZERO);
        } catch (ArithmeticException e) {
            show("by zero", e.getMessage());
        }
        String[] values = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"};
        for (RoundingMode rm : RoundingMode.values()) {
            StringBuilder sb = new StringBuilder(rm + ":");
            for (String v : values) {
                try {
                    sb.append(' ').append(new BigDecimal(v).setScale(0, rm));
                } catch (ArithmeticException e) {
                    sb.append(" !").append(e.getMessage());
                }
            }
            System.out.println(sb);
        }
        show("integral", new BigDecimal("7.5").divideToIntegralValue(new BigDecimal("2")) + " "
                + new BigDecimal("7.5").remainder(new BigDecimal("2")) + " " + new BigDecimal("-7").remainder(new BigDecimal("3")));
        show("compare", new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").equals(new BigDecimal("2.00"))
                + " " + new BigDecimal("2.0").max(new BigDecimal("1.99")));
        show("round", new BigDecimal("123.456").round(new MathContext(4)) + " " + new BigDecimal("999.9").round(new MathContext(3))
                + " " + new BigDecimal("0.00123456").round(new MathContext(2, RoundingMode.CEILING)));
        show("points", a.movePointLeft(3) + " " + a.movePointRight(4) + " " + a.scaleByPowerOfTen(2) + " " + a.ulp());
        show("pow", new BigDecimal("1.1").pow(10) + " " + new BigDecimal("2").pow(-3, MathContext.DECIMAL64));
        show("sqrt", new BigDecimal("2").sqrt(MathContext.DECIMAL64) + " " + new BigDecimal("1.44").sqrt(MathContext.DECIMAL32));
        show("convert", new BigDecimal("123.99").intValue() + " " + new BigDecimal("1e3").toBigInteger() + " "
                + new BigDecimal("0.1").doubleValue() + " " + new BigDecimal("1234567.891").floatValue());
        try {
            new BigDecimal("1.5").intValueExact();
        } catch (ArithmeticException e) {
            show("intValueExact", e.getMessage());
        }
        BigDecimal total = BigDecimal.ZERO;
        Random r = new Random(9);
        for (int i = 0; i < 1000; i++) {
            BigDecimal price = BigDecimal.valueOf(r.nextInt(100000), 2);
            BigDecimal qty = BigDecimal.valueOf(1 + r.nextInt(9));
            BigDecimal line = price.multiply(qty).multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_EVEN);
            total = total.add(line);
        }
        show("invoice total", total + " avg " + total.divide(BigDecimal.valueOf(1000), 4, RoundingMode.HALF_UP));
        show("unscaled", new BigDecimal(new BigInteger("12345"), 3) + " " + BigDecimal.valueOf(12345, -2) + " " + BigDecimal.valueOf(12345, -2).toPlainString());
    }
}
