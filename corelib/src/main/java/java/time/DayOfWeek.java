/* MONDAY (1) to SUNDAY (7), with the English names DateTimeFormatter prints. */
package java.time;

import java.time.format.TextStyle;
import java.util.Locale;

public enum DayOfWeek {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    public static DayOfWeek of(int dayOfWeek) {
        if (dayOfWeek < 1 || dayOfWeek > 7) {
            throw new DateTimeException("Invalid value for DayOfWeek: " + dayOfWeek);
        }
        return values()[dayOfWeek - 1];
    }

    public int getValue() {
        return ordinal() + 1;
    }

    public DayOfWeek plus(long days) {
        int amount = (int) (days % 7);
        return values()[(ordinal() + (amount + 7)) % 7];
    }

    public DayOfWeek minus(long days) {
        return plus(-(days % 7));
    }

    public String getDisplayName(TextStyle style, Locale locale) {
        String full = name().charAt(0) + name().substring(1).toLowerCase();
        return style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE ? full
                : style == TextStyle.NARROW || style == TextStyle.NARROW_STANDALONE ? full.substring(0, 1) : full.substring(0, 3);
    }
}
