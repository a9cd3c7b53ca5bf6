/*
 * The legacy calendar: time in milliseconds plus fields computed from it (Gregorian rules,
 * US week conventions: weeks start on Sunday, week 1 holds January 1). set() is lenient
 * (month 13 is January of the next year); add() moves by calendar units, pinning the day of
 * month as the JDK does. GregorianCalendar is the only kind; fields are read in its zone.
 */
package java.util;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

public abstract class Calendar implements java.io.Serializable, Cloneable, Comparable<Calendar> {
    private static final long serialVersionUID = -1807547505821590642L;

    public static final int ERA = 0, YEAR = 1, MONTH = 2, WEEK_OF_YEAR = 3, WEEK_OF_MONTH = 4, DATE = 5, DAY_OF_MONTH = 5,
            DAY_OF_YEAR = 6, DAY_OF_WEEK = 7, DAY_OF_WEEK_IN_MONTH = 8, AM_PM = 9, HOUR = 10, HOUR_OF_DAY = 11, MINUTE = 12,
            SECOND = 13, MILLISECOND = 14, ZONE_OFFSET = 15, DST_OFFSET = 16, FIELD_COUNT = 17;
    public static final int SUNDAY = 1, MONDAY = 2, TUESDAY = 3, WEDNESDAY = 4, THURSDAY = 5, FRIDAY = 6, SATURDAY = 7;
    public static final int JANUARY = 0, FEBRUARY = 1, MARCH = 2, APRIL = 3, MAY = 4, JUNE = 5, JULY = 6, AUGUST = 7,
            SEPTEMBER = 8, OCTOBER = 9, NOVEMBER = 10, DECEMBER = 11, UNDECIMBER = 12;
    public static final int AM = 0, PM = 1;

    private long time;
    private TimeZone zone;
    private final int[] pending = new int[FIELD_COUNT];   // fields set since the time was computed
    private final boolean[] isPending = new boolean[FIELD_COUNT];
    private boolean lenient = true;

    protected Calendar() {
        this(TimeZone.getDefault(), Locale.getDefault());
    }

    protected Calendar(TimeZone zone, Locale aLocale) {
        this.zone = zone;
        this.time = System.currentTimeMillis();
    }

    public static Calendar getInstance() {
        return new GregorianCalendar();
    }

    public static Calendar getInstance(TimeZone zone) {
        return new GregorianCalendar(zone);
    }

    public static Calendar getInstance(Locale aLocale) {
        return new GregorianCalendar();
    }

    public static Calendar getInstance(TimeZone zone, Locale aLocale) {
        return new GregorianCalendar(zone);
    }

    private LocalDateTime local() {
        long shifted = time + zone.getOffset(time);
        return LocalDateTime.ofEpochSecond(Math.floorDiv(shifted, 1000L), (int) Math.floorMod(shifted, 1000L) * 1000_000, ZoneOffset.UTC);
    }

    private void setLocal(LocalDateTime ldt) {
        long millis = ldt.toEpochSecond(ZoneOffset.UTC) * 1000 + ldt.getNano() / 1000_000;
        time = millis - zone.getRawOffset();
    }

    /** Applies the fields set since the last computation, leniently. */
    private void complete() {
        boolean any = false;
        for (boolean b : isPending) {
            any |= b;
        }
        if (!any) {
            return;
        }
        LocalDateTime cur = local();
        int year = pick(YEAR, cur.getYear());
        int month = pick(MONTH, cur.getMonthValue() - 1);
        int day = pick(DAY_OF_MONTH, cur.getDayOfMonth());
        int hour = isPending[HOUR] || isPending[AM_PM]
                ? pick(HOUR, cur.getHour() % 12) + 12 * pick(AM_PM, cur.getHour() / 12) : pick(HOUR_OF_DAY, cur.getHour());
        LocalDateTime base = LocalDateTime.of(year, 1, 1, 0, 0).plusMonths(month);
        if (isPending[DAY_OF_YEAR] && !isPending[DAY_OF_MONTH] && !isPending[MONTH]) {
            base = LocalDateTime.of(year, 1, 1, 0, 0).plusDays(pending[DAY_OF_YEAR] - 1L);
        } else {
            base = base.plusDays(day - 1L);
        }
        if (isPending[DAY_OF_WEEK]) {
            int current = base.getDayOfWeek().getValue() % 7 + 1;
            base = base.plusDays(pending[DAY_OF_WEEK] - current);
        }
        base = base.plusHours(hour).plusMinutes(pick(MINUTE, cur.getMinute())).plusSeconds(pick(SECOND, cur.getSecond()))
                .plusNanos(pick(MILLISECOND, cur.getNano() / 1000_000) * 1000_000L);
        Arrays.fill(isPending, false);
        setLocal(base);
    }

    private int pick(int field, int current) {
        return isPending[field] ? pending[field] : current;
    }

    public int get(int field) {
        complete();
        LocalDateTime t = local();
        switch (field) {
            case ERA: return t.getYear() > 0 ? 1 : 0;
            case YEAR: return t.getYear();
            case MONTH: return t.getMonthValue() - 1;
            case DAY_OF_MONTH: return t.getDayOfMonth();
            case DAY_OF_YEAR: return t.getDayOfYear();
            case DAY_OF_WEEK: return t.getDayOfWeek().getValue() % 7 + 1;
            case DAY_OF_WEEK_IN_MONTH: return (t.getDayOfMonth() - 1) / 7 + 1;
            case WEEK_OF_YEAR: {
                // The week (Sunday to Saturday) that holds January 1 is week 1, even in December.
                int dow0 = t.getDayOfWeek().getValue() % 7;
                if (t.getDayOfYear() + (6 - dow0) > t.toLocalDate().lengthOfYear()) {
                    return 1;
                }
                return weekOf(t.getDayOfYear(), t.toLocalDate().withDayOfYear(1).getDayOfWeek().getValue() % 7);
            }
            case WEEK_OF_MONTH: return weekOf(t.getDayOfMonth(), t.toLocalDate().withDayOfMonth(1).getDayOfWeek().getValue() % 7);
            case AM_PM: return t.getHour() / 12;
            case HOUR: return t.getHour() % 12;
            case HOUR_OF_DAY: return t.getHour();
            case MINUTE: return t.getMinute();
            case SECOND: return t.getSecond();
            case MILLISECOND: return t.getNano() / 1000_000;
            case ZONE_OFFSET: return zone.getRawOffset();
            case DST_OFFSET: return 0;
            default: throw new ArrayIndexOutOfBoundsException(field);
        }
    }

    /** Week number with weeks starting on Sunday and week 1 holding day 1 (firstDow: 0 = Sunday). */
    private static int weekOf(int dayNumber, int firstDow) {
        return (dayNumber - 1 + firstDow) / 7 + 1;
    }

    public void set(int field, int value) {
        pending[field] = value;
        isPending[field] = true;
    }

    public final void set(int year, int month, int date) {
        set(YEAR, year);
        set(MONTH, month);
        set(DATE, date);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute) {
        set(year, month, date);
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute, int second) {
        set(year, month, date, hourOfDay, minute);
        set(SECOND, second);
    }

    public final void clear() {
        time = -zone.getRawOffset();
        Arrays.fill(isPending, false);
    }

    public abstract void add(int field, int amount);

    void addLocal(int field, int amount) {
        complete();
        LocalDateTime t = local();
        switch (field) {
            case YEAR: t = t.plusYears(amount); break;
            case MONTH: t = t.plusMonths(amount); break;
            case DAY_OF_MONTH: case DAY_OF_YEAR: case DAY_OF_WEEK: t = t.plusDays(amount); break;
            case WEEK_OF_YEAR: case WEEK_OF_MONTH: case DAY_OF_WEEK_IN_MONTH: t = t.plusWeeks(amount); break;
            case HOUR: case HOUR_OF_DAY: t = t.plusHours(amount); break;
            case AM_PM: t = t.plusHours(12L * amount); break;
            case MINUTE: t = t.plusMinutes(amount); break;
            case SECOND: t = t.plusSeconds(amount); break;
            case MILLISECOND: t = t.plusNanos(amount * 1000_000L); break;
            default: throw new IllegalArgumentException();
        }
        setLocal(t);
    }

    public int getActualMaximum(int field) {
        LocalDateTime t = local();
        switch (field) {
            case DAY_OF_MONTH: return t.toLocalDate().lengthOfMonth();
            case DAY_OF_YEAR: return t.toLocalDate().lengthOfYear();
            case MONTH: return 11;
            case HOUR_OF_DAY: return 23;
            case HOUR: return 11;
            case MINUTE: case SECOND: return 59;
            case MILLISECOND: return 999;
            case DAY_OF_WEEK: return 7;
            default: return getMaximum(field);
        }
    }

    public int getActualMinimum(int field) {
        return field == DAY_OF_MONTH || field == DAY_OF_YEAR || field == DAY_OF_WEEK || field == WEEK_OF_YEAR ? 1 : 0;
    }

    public int getMaximum(int field) {
        int[] max = {1, 292278994, 11, 53, 6, 31, 366, 7, 6, 1, 11, 23, 59, 59, 999, 14 * 3600000, 7200000};
        return max[field];
    }

    public int getMinimum(int field) {
        return getActualMinimum(field);
    }

    public final Date getTime() {
        return new Date(getTimeInMillis());
    }

    public final void setTime(Date date) {
        setTimeInMillis(date.getTime());
    }

    public long getTimeInMillis() {
        complete();
        return time;
    }

    public void setTimeInMillis(long millis) {
        time = millis;
        Arrays.fill(isPending, false);
    }

    public TimeZone getTimeZone() {
        return zone;
    }

    public void setTimeZone(TimeZone value) {
        complete();
        zone = value;
    }

    public int getFirstDayOfWeek() {
        return SUNDAY;
    }

    public int getMinimalDaysInFirstWeek() {
        return 1;
    }

    public boolean isLenient() {
        return lenient;
    }

    public void setLenient(boolean lenient) {
        this.lenient = lenient;
    }

    public final java.time.Instant toInstant() {
        return java.time.Instant.ofEpochMilli(getTimeInMillis());
    }

    public boolean before(Object when) {
        return when instanceof Calendar && compareTo((Calendar) when) < 0;
    }

    public boolean after(Object when) {
        return when instanceof Calendar && compareTo((Calendar) when) > 0;
    }

    @Override
    public int compareTo(Calendar anotherCalendar) {
        return Long.compare(getTimeInMillis(), anotherCalendar.getTimeInMillis());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Calendar && ((Calendar) obj).getTimeInMillis() == getTimeInMillis();
    }

    @Override
    public int hashCode() {
        long t = getTimeInMillis();
        return (int) t ^ (int) (t >> 32);
    }

    @Override
    public Object clone() {
        try {
            Calendar c = (Calendar) super.clone();
            return c;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
