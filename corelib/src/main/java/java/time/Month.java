/* JANUARY (1) to DECEMBER (12): lengths, English names, arithmetic. */
package java.time;

import java.time.format.TextStyle;
import java.util.Locale;

public enum Month {
    JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER;

    public static Month of(int month) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("Invalid value for MonthOfYear: " + month);
        }
        return values()[month - 1];
    }

    public int getValue() {
        return ordinal() + 1;
    }

    public Month plus(long months) {
        int amount = (int) (months % 12);
        return values()[(ordinal() + (amount + 12)) % 12];
    }

    public Month minus(long months) {
        return plus(-(months % 12));
    }

    public int length(boolean leapYear) {
        switch (this) {
            case FEBRUARY: return leapYear ? 29 : 28;
            case APRIL: case JUNE: case SEPTEMBER: case NOVEMBER: return 30;
            default: return 31;
        }
    }

    public int minLength() {
        return length(false);
    }

    public int maxLength() {
        return length(true);
    }

    public int firstDayOfYear(boolean leapYear) {
        int leap = leapYear ? 1 : 0;
        int[] starts = {1, 32, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335};
        return starts[ordinal()] + (ordinal() >= 2 ? leap : 0);
    }

    public String getDisplayName(TextStyle style, Locale locale) {
        String full = name().charAt(0) + name().substring(1).toLowerCase();
        return style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE ? full
                : style == TextStyle.NARROW || style == TextStyle.NARROW_STANDALONE ? full.substring(0, 1) : full.substring(0, 3);
    }
}
