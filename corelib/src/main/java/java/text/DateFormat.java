/*
 * Formats java.util.Date values; the factories give SimpleDateFormats with the JDK 17
 * en-US styles ("MMM d, y", "h:mm:ss a", "MMM d, y, h:mm:ss a"...).
 */
package java.text;

import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

public abstract class DateFormat extends Format {
    private static final long serialVersionUID = 7218322306649953788L;

    public static final int FULL = 0, LONG = 1, MEDIUM = 2, SHORT = 3, DEFAULT = MEDIUM;

    protected Calendar calendar = Calendar.getInstance();
    protected NumberFormat numberFormat = NumberFormat.getIntegerInstance();

    protected DateFormat() {}

    @Override
    public final StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition fieldPosition) {
        if (obj instanceof Date) {
            return format((Date) obj, toAppendTo, fieldPosition);
        } else if (obj instanceof Number) {
            return format(new Date(((Number) obj).longValue()), toAppendTo, fieldPosition);
        }
        throw new IllegalArgumentException("Cannot format given Object as a Date");
    }

    public abstract StringBuffer format(Date date, StringBuffer toAppendTo, FieldPosition fieldPosition);

    public final String format(Date date) {
        return format(date, new StringBuffer(), new FieldPosition(0)).toString();
    }

    public Date parse(String source) throws ParseException {
        ParsePosition pos = new ParsePosition(0);
        Date result = parse(source, pos);
        if (pos.index == 0) {
            throw new ParseException("Unparseable date: \"" + source + "\"", pos.errorIndex);
        }
        return result;
    }

    public abstract Date parse(String source, ParsePosition pos);

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return parse(source, pos);
    }

    static String datePattern(int style) {
        switch (style) {
            case FULL: return "EEEE, MMMM d, y";
            case LONG: return "MMMM d, y";
            case MEDIUM: return "MMM d, y";
            case SHORT: return "M/d/yy";
            default: throw new IllegalArgumentException("Illegal date style " + style);
        }
    }

    static String timePattern(int style) {
        switch (style) {
            case FULL: return "h:mm:ss a zzzz";
            case LONG: return "h:mm:ss a z";
            case MEDIUM: return "h:mm:ss a";
            case SHORT: return "h:mm a";
            default: throw new IllegalArgumentException("Illegal time style " + style);
        }
    }

    public static final DateFormat getTimeInstance() {
        return getTimeInstance(DEFAULT);
    }

    public static final DateFormat getTimeInstance(int style) {
        return new SimpleDateFormat(timePattern(style));
    }

    public static final DateFormat getTimeInstance(int style, Locale aLocale) {
        return getTimeInstance(style);
    }

    public static final DateFormat getDateInstance() {
        return getDateInstance(DEFAULT);
    }

    public static final DateFormat getDateInstance(int style) {
        return new SimpleDateFormat(datePattern(style));
    }

    public static final DateFormat getDateInstance(int style, Locale aLocale) {
        return getDateInstance(style);
    }

    public static final DateFormat getDateTimeInstance() {
        return getDateTimeInstance(DEFAULT, DEFAULT);
    }

    public static final DateFormat getDateTimeInstance(int dateStyle, int timeStyle) {
        String glue = dateStyle <= LONG ? " 'at' " : ", ";
        return new SimpleDateFormat(datePattern(dateStyle) + glue + timePattern(timeStyle));
    }

    public static final DateFormat getDateTimeInstance(int dateStyle, int timeStyle, Locale aLocale) {
        return getDateTimeInstance(dateStyle, timeStyle);
    }

    public static final DateFormat getInstance() {
        return getDateTimeInstance(SHORT, SHORT);
    }

    public void setCalendar(Calendar newCalendar) {
        calendar = newCalendar;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public void setNumberFormat(NumberFormat newNumberFormat) {
        numberFormat = newNumberFormat;
    }

    public NumberFormat getNumberFormat() {
        return numberFormat;
    }

    public void setTimeZone(TimeZone zone) {
        calendar.setTimeZone(zone);
    }

    public TimeZone getTimeZone() {
        return calendar.getTimeZone();
    }

    public void setLenient(boolean lenient) {
        calendar.setLenient(lenient);
    }

    public boolean isLenient() {
        return calendar.isLenient();
    }
}
