/*
 * Numbers formatted by a pattern ("#,##0.00", "0.###E0", "$#,##0.00;($#,##0.00)", "0%") in
 * the en-US symbols, as the JDK does: rounding of the exact binary value (HALF_EVEN unless
 * set), minimum/maximum digits, grouping, prefixes and suffixes with %, ‰, ¤ and quotes, a
 * negative subpattern, "-0" for negatives that round to zero, NaN and ∞. Patterns are read by
 * DecimalPattern; parse reads the same shapes back (a Long when the value is integral).
 */
package java.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

public class DecimalFormat extends NumberFormat {
    private static final long serialVersionUID = 864413376551465018L;

    String positivePrefix = "", positiveSuffix = "", negativePrefix = "-", negativeSuffix = "";
    boolean explicitNegative;
    int multiplier = 1;
    int groupingSize = 3;
    boolean decimalSeparatorAlwaysShown;
    boolean useExponentialNotation;
    byte minExponentDigits;
    String[] rawPositive, rawNegative;   // the pattern's affixes as written (toPattern)
    String rawDigits;
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;
    private DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    private boolean parseBigDecimal;

    public DecimalFormat() {
        this("#,##0.###");
    }

    public DecimalFormat(String pattern) {
        applyPattern(pattern);
    }

    public DecimalFormat(String pattern, DecimalFormatSymbols symbols) {
        this.symbols = (DecimalFormatSymbols) symbols.clone();
        applyPattern(pattern);
    }

    public void applyPattern(String pattern) {
        DecimalPattern.apply(this, pattern, symbols);
    }

    public void applyLocalizedPattern(String pattern) {
        applyPattern(pattern);
    }

    public String toPattern() {
        return DecimalPattern.toPattern(this);
    }

    public String toLocalizedPattern() {
        return toPattern();
    }

    public DecimalFormatSymbols getDecimalFormatSymbols() {
        return (DecimalFormatSymbols) symbols.clone();
    }

    public void setDecimalFormatSymbols(DecimalFormatSymbols newSymbols) {
        symbols = (DecimalFormatSymbols) newSymbols.clone();
    }

    public String getPositivePrefix() { return positivePrefix; }
    public void setPositivePrefix(String s) { positivePrefix = s; }
    public String getNegativePrefix() { return negativePrefix; }
    public void setNegativePrefix(String s) { negativePrefix = s; explicitNegative = true; }
    public String getPositiveSuffix() { return positiveSuffix; }
    public void setPositiveSuffix(String s) { positiveSuffix = s; }
    public String getNegativeSuffix() { return negativeSuffix; }
    public void setNegativeSuffix(String s) { negativeSuffix = s; explicitNegative = true; }
    public int getMultiplier() { return multiplier; }
    public void setMultiplier(int m) { multiplier = m; }
    public int getGroupingSize() { return groupingSize; }
    public void setGroupingSize(int s) { groupingSize = s; }
    public boolean isDecimalSeparatorAlwaysShown() { return decimalSeparatorAlwaysShown; }
    public void setDecimalSeparatorAlwaysShown(boolean v) { decimalSeparatorAlwaysShown = v; }
    public boolean isParseBigDecimal() { return parseBigDecimal; }
    public void setParseBigDecimal(boolean v) { parseBigDecimal = v; }

    @Override
    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    @Override
    public void setRoundingMode(RoundingMode roundingMode) {
        if (roundingMode == null) {
            throw new NullPointerException();
        }
        this.roundingMode = roundingMode;
    }

    // ---- formatting -------------------------------------------------------------------

    @Override
    public StringBuffer format(double number, StringBuffer result, FieldPosition fieldPosition) {
        if (Double.isNaN(number)) {
            return result.append(symbols.getNaN());
        }
        boolean negative = number < 0 || (number == 0 && 1 / number < 0);
        if (Double.isInfinite(number)) {
            return result.append(negative ? negativePrefix : positivePrefix).append(symbols.getInfinity())
                    .append(negative ? negativeSuffix : positiveSuffix);
        }
        BigDecimal value = new BigDecimal(Math.abs(number));
        return append(result, negative, multiplier == 1 ? value : value.multiply(BigDecimal.valueOf(Math.abs(multiplier))),
                multiplier < 0);
    }

    @Override
    public StringBuffer format(long number, StringBuffer result, FieldPosition fieldPosition) {
        BigDecimal value = BigDecimal.valueOf(number).abs();
        return append(result, number < 0, multiplier == 1 ? value : value.multiply(BigDecimal.valueOf(Math.abs(multiplier))),
                multiplier < 0);
    }

    @Override
    StringBuffer formatExact(BigDecimal number, StringBuffer result) {
        BigDecimal value = number.abs();
        return append(result, number.signum() < 0, value.multiply(BigDecimal.valueOf(Math.abs(multiplier))), multiplier < 0);
    }

    private StringBuffer append(StringBuffer result, boolean negative, BigDecimal magnitude, boolean flip) {
        if (flip && magnitude.signum() != 0) {
            negative = !negative;
        }
        String body = useExponentialNotation ? DecimalPattern.scientific(this, magnitude, roundingMode, symbols)
                : fixed(magnitude);
        result.append(negative ? negativePrefix : positivePrefix).append(body).append(negative ? negativeSuffix : positiveSuffix);
        return result;
    }

    /** The digits of a non-negative value in fixed notation. */
    private String fixed(BigDecimal magnitude) {
        BigDecimal rounded = magnitude.setScale(getMaximumFractionDigits(), roundingMode);
        String plain = rounded.toPlainString();
        int dot = plain.indexOf('.');
        String intDigits = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        int keep = frac.length();
        while (keep > getMinimumFractionDigits() && frac.charAt(keep - 1) == '0') {
            keep--;
        }
        frac = frac.substring(0, keep);
        if (intDigits.equals("0")) {
            intDigits = "";
        }
        if (intDigits.length() > getMaximumIntegerDigits()) {
            intDigits = intDigits.substring(intDigits.length() - getMaximumIntegerDigits());
        }
        StringBuilder sb = new StringBuilder();
        int intCount = Math.max(intDigits.length(), getMinimumIntegerDigits());
        if (intCount == 0 && frac.isEmpty()) {
            intCount = 1;   // "#.##" formats zero as "0"
        }
        String padded = "0".repeat(Math.max(0, intCount - intDigits.length())) + intDigits;
        for (int i = 0; i < padded.length(); i++) {
            sb.append(padded.charAt(i));
            int left = padded.length() - 1 - i;
            if (isGroupingUsed() && groupingSize > 0 && left > 0 && left % groupingSize == 0) {
                sb.append(symbols.getGroupingSeparator());
            }
        }
        if (!frac.isEmpty() || decimalSeparatorAlwaysShown) {
            sb.append(symbols.getDecimalSeparator()).append(frac);
        }
        return sb.toString();
    }

    // ---- parsing ----------------------------------------------------------------------

    @Override
    public Number parse(String text, ParsePosition pos) {
        return DecimalPattern.parse(this, text, pos, symbols, parseBigDecimal);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DecimalFormat && toPattern().equals(((DecimalFormat) obj).toPattern());
    }

    @Override
    public int hashCode() {
        return toPattern().hashCode();
    }
}
