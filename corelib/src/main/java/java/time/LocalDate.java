/*
 * A date in the ISO calendar (proleptic Gregorian) without time or zone: year, month, day,
 * with epoch-day arithmetic (days from and to the civil calendar by Hinnant's algorithms),
 * month and year arithmetic clamped to the month's length, the JDK's validation messages,
 * toString/parse in ISO form and Period/unit distances.
 */
package java.time;

import java.time.chrono.ChronoLocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

public final class LocalDate implements Temporal, TemporalAdjuster, ChronoLocalDate, java.io.Serializable {
    private static final long serialVersionUID = 2942565459149668126L;

    public static final LocalDate MIN = new LocalDate(-999999999, 1, 1);
    public static final LocalDate MAX = new LocalDate(999999999, 12, 31);
    public static final LocalDate EPOCH = new LocalDate(1970, 1, 1);

    private final int year;
    private final short month;
    private final short day;

    private LocalDate(int year, int month, int day) {
        this.year = year;
        this.month = (short) month;
        this.day = (short) day;
    }

    static void checkRange(String field, long value, long min, long max, String range) {
        if (value < min || value > max) {
            throw new DateTimeException("Invalid value for " + field + " (valid values " + range + "): " + value);
        }
    }

    public static LocalDate of(int year, int month, int dayOfMonth) {
        checkRange("Year", year, -999999999, 999999999, "-999999999 - 999999999");
        checkRange("MonthOfYear", month, 1, 12, "1 - 12");
        checkRange("DayOfMonth", dayOfMonth, 1, 31, "1 - 28/31");
        if (dayOfMonth > 28) {
            int max = Month.of(month).length(isLeap(year));
            if (dayOfMonth > max) {
                if (dayOfMonth == 29) {
                    throw new DateTimeException("Invalid date 'February 29' as '" + year + "' is not a leap year");
                }
                throw new DateTimeException("Invalid date '" + Month.of(month).name() + " " + dayOfMonth + "'");
            }
        }
        return new LocalDate(year, month, dayOfMonth);
    }

    public static LocalDate of(int year, Month month, int dayOfMonth) {
        return of(year, month.getValue(), dayOfMonth);
    }

    public static LocalDate ofYearDay(int year, int dayOfYear) {
        checkRange("DayOfYear", dayOfYear, 1, 366, "1 - 365/366");
        if (dayOfYear == 366 && !isLeap(year)) {
            throw new DateTimeException("Invalid date 'DayOfYear 366' as '" + year + "' is not a leap year");
        }
        return ofEpochDay(of(year, 1, 1).toEpochDay() + dayOfYear - 1);
    }

    public static LocalDate ofEpochDay(long epochDay) {
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        return new LocalDate((int) (y + (m <= 2 ? 1 : 0)), m, d);
    }

    public static LocalDate now() {
        return now(Clock.systemDefaultZone());
    }

    public static LocalDate now(ZoneId zone) {
        return now(Clock.system(zone));
    }

    public static LocalDate now(Clock clock) {
        return ofEpochDay(Math.floorDiv(clock.millis(), 86_400_000L));
    }

    public static LocalDate parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public static LocalDate parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parseDate(text);
    }

    static boolean isLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    // ---- fields -----------------------------------------------------------------------

    public int getYear() {
        return year;
    }

    public int getMonthValue() {
        return month;
    }

    public Month getMonth() {
        return Month.of(month);
    }

    public int getDayOfMonth() {
        return day;
    }

    public int getDayOfYear() {
        return getMonth().firstDayOfYear(isLeapYear()) + day - 1;
    }

    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of((int) Math.floorMod(toEpochDay() + 3, 7) + 1);
    }

    public boolean isLeapYear() {
        return isLeap(year);
    }

    public int lengthOfMonth() {
        return getMonth().length(isLeapYear());
    }

    public int lengthOfYear() {
        return isLeapYear() ? 366 : 365;
    }

    @Override
    public long toEpochDay() {
        long y = year;
        long m = month;
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    // ---- arithmetic -------------------------------------------------------------------

    public LocalDate withYear(int year) {
        return resolve(year, month, day);
    }

    public LocalDate withMonth(int month) {
        checkRange("MonthOfYear", month, 1, 12, "1 - 12");
        return resolve(year, month, day);
    }

    public LocalDate withDayOfMonth(int dayOfMonth) {
        return of(year, month, dayOfMonth);
    }

    public LocalDate withDayOfYear(int dayOfYear) {
        return ofYearDay(year, dayOfYear);
    }

    private static LocalDate resolve(int year, int month, int day) {
        return new LocalDate(year, month, Math.min(day, Month.of(month).length(isLeap(year))));
    }

    public LocalDate plusDays(long days) {
        return days == 0 ? this : ofEpochDay(Math.addExact(toEpochDay(), days));
    }

    public LocalDate plusWeeks(long weeks) {
        return plusDays(Math.multiplyExact(weeks, 7));
    }

    public LocalDate plusMonths(long months) {
        if (months == 0) {
            return this;
        }
        long total = year * 12L + (month - 1) + months;
        int newYear = (int) Math.floorDiv(total, 12);
        checkRange("Year", newYear, -999999999, 999999999, "-999999999 - 999999999");
        return resolve(newYear, (int) Math.floorMod(total, 12) + 1, day);
    }

    public LocalDate plusYears(long years) {
        if (years == 0) {
            return this;
        }
        long newYear = year + years;
        checkRange("Year", newYear, -999999999, 999999999, "-999999999 - 999999999");
        return resolve((int) newYear, month, day);
    }

    public LocalDate minusDays(long days) {
        return plusDays(-days);
    }

    public LocalDate minusWeeks(long weeks) {
        return plusWeeks(-weeks);
    }

    public LocalDate minusMonths(long months) {
        return plusMonths(-months);
    }

    public LocalDate minusYears(long years) {
        return plusYears(-years);
    }

    @Override
    public LocalDate plus(long amountToAdd, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) {
            return (LocalDate) unit.addTo(this, amountToAdd);
        }
        switch ((ChronoUnit) unit) {
            case DAYS: return plusDays(amountToAdd);
            case WEEKS: return plusWeeks(amountToAdd);
            case MONTHS: return plusMonths(amountToAdd);
            case YEARS: return plusYears(amountToAdd);
            case DECADES: return plusYears(Math.multiplyExact(amountToAdd, 10));
            case CENTURIES: return plusYears(Math.multiplyExact(amountToAdd, 100));
            case MILLENNIA: return plusYears(Math.multiplyExact(amountToAdd, 1000));
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public LocalDate plus(TemporalAmount amount) {
        return (LocalDate) amount.addTo(this);
    }

    @Override
    public LocalDate minus(long amountToSubtract, TemporalUnit unit) {
        return plus(-amountToSubtract, unit);
    }

    public LocalDate minus(TemporalAmount amount) {
        return (LocalDate) amount.subtractFrom(this);
    }

    public LocalDate with(TemporalAdjuster adjuster) {
        return (LocalDate) adjuster.adjustInto(this);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        if (temporal instanceof LocalDateTime) {
            return LocalDateTime.of(this, ((LocalDateTime) temporal).toLocalTime());
        }
        return this;
    }

    private long prolepticMonth() {
        return year * 12L + month - 1;
    }

    private long monthsUntil(LocalDate end) {
        long packed1 = prolepticMonth() * 32L + day;
        long packed2 = end.prolepticMonth() * 32L + end.day;
        return (packed2 - packed1) / 32;
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDate end = endExclusive instanceof LocalDateTime ? ((LocalDateTime) endExclusive).toLocalDate() : (LocalDate) endExclusive;
        if (!(unit instanceof ChronoUnit)) {
            return unit.between(this, end);
        }
        switch ((ChronoUnit) unit) {
            case DAYS: return end.toEpochDay() - toEpochDay();
            case WEEKS: return (end.toEpochDay() - toEpochDay()) / 7;
            case MONTHS: return monthsUntil(end);
            case YEARS: return monthsUntil(end) / 12;
            case DECADES: return monthsUntil(end) / 120;
            case CENTURIES: return monthsUntil(end) / 1200;
            case MILLENNIA: return monthsUntil(end) / 12000;
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    public Period until(ChronoLocalDate endDateExclusive) {
        LocalDate end = (LocalDate) endDateExclusive;
        long totalMonths = end.prolepticMonth() - prolepticMonth();
        int days = end.day - day;
        if (totalMonths > 0 && days < 0) {
            totalMonths--;
            LocalDate calcDate = plusMonths(totalMonths);
            days = (int) (end.toEpochDay() - calcDate.toEpochDay());
        } else if (totalMonths < 0 && days > 0) {
            totalMonths++;
            days -= end.lengthOfMonth();
        }
        return Period.of((int) (totalMonths / 12), (int) (totalMonths % 12), days);
    }

    public java.util.stream.Stream<LocalDate> datesUntil(LocalDate endExclusive) {
        long start = toEpochDay(), end = endExclusive.toEpochDay();
        if (end < start) {
            throw new IllegalArgumentException(endExclusive + " < " + this);
        }
        return java.util.stream.LongStream.range(start, end).mapToObj(LocalDate::ofEpochDay);
    }

    public LocalDateTime atStartOfDay() {
        return LocalDateTime.of(this, LocalTime.MIDNIGHT);
    }

    public LocalDateTime atTime(LocalTime time) {
        return LocalDateTime.of(this, time);
    }

    public LocalDateTime atTime(int hour, int minute) {
        return atTime(LocalTime.of(hour, minute));
    }

    public LocalDateTime atTime(int hour, int minute, int second) {
        return atTime(LocalTime.of(hour, minute, second));
    }

    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    // ---- comparison and text ----------------------------------------------------------

    @Override
    public int compareTo(ChronoLocalDate other) {
        LocalDate o = (LocalDate) other;
        int cmp = year - o.year;
        if (cmp == 0) {
            cmp = month - o.month;
            if (cmp == 0) {
                cmp = day - o.day;
            }
        }
        return cmp;
    }

    @Override
    public boolean isAfter(ChronoLocalDate other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean isBefore(ChronoLocalDate other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean isEqual(ChronoLocalDate other) {
        return compareTo(other) == 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LocalDate && compareTo((LocalDate) obj) == 0;
    }

    @Override
    public int hashCode() {
        return (year & 0xFFFFF800) ^ ((year << 11) + (month << 6) + day);
    }

    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder(10);
        int absYear = Math.abs(year);
        if (absYear < 1000) {
            if (year < 0) {
                buf.append(year - 10000).deleteCharAt(1);
            } else {
                buf.append(year + 10000).deleteCharAt(0);
            }
        } else {
            if (year > 9999) {
                buf.append('+');
            }
            buf.append(year);
        }
        return buf.append(month < 10 ? "-0" : "-").append(month).append(day < 10 ? "-0" : "-").append(day).toString();
    }
}
