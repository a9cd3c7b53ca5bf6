/*
 * A point in time in milliseconds since the epoch (the legacy java.util.Date). toString uses
 * the default time zone, UTC here: "Thu Jan 01 00:00:00 UTC 1970". The deprecated field
 * accessors read the UTC calendar fields.
 */
package java.util;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

public class Date implements java.io.Serializable, Cloneable, Comparable<Date> {
    private static final long serialVersionUID = 7523967970034938905L;

    private long fastTime;

    public Date() {
        this(System.currentTimeMillis());
    }

    public Date(long date) {
        fastTime = date;
    }

    @Deprecated
    public Date(int year, int month, int date) {
        this(year, month, date, 0, 0, 0);
    }

    @Deprecated
    public Date(int year, int month, int date, int hrs, int min) {
        this(year, month, date, hrs, min, 0);
    }

    @Deprecated
    public Date(int year, int month, int date, int hrs, int min, int sec) {
        LocalDateTime dt = LocalDateTime.of(1900 + year, 1, 1, 0, 0).plusMonths(month).plusDays(date - 1L)
                .plusHours(hrs).plusMinutes(min).plusSeconds(sec);
        fastTime = dt.toEpochSecond(ZoneOffset.UTC) * 1000;
    }

    public static Date from(Instant instant) {
        return new Date(instant.toEpochMilli());
    }

    public Instant toInstant() {
        return Instant.ofEpochMilli(fastTime);
    }

    public long getTime() {
        return fastTime;
    }

    public void setTime(long time) {
        fastTime = time;
    }

    LocalDateTime utc() {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(fastTime, 1000L), (int) Math.floorMod(fastTime, 1000L) * 1000_000, ZoneOffset.UTC);
    }

    @Deprecated public int getYear() { return utc().getYear() - 1900; }
    @Deprecated public int getMonth() { return utc().getMonthValue() - 1; }
    @Deprecated public int getDate() { return utc().getDayOfMonth(); }
    @Deprecated public int getDay() { return utc().getDayOfWeek().getValue() % 7; }
    @Deprecated public int getHours() { return utc().getHour(); }
    @Deprecated public int getMinutes() { return utc().getMinute(); }
    @Deprecated public int getSeconds() { return utc().getSecond(); }

    public boolean before(Date when) {
        return fastTime < when.fastTime;
    }

    public boolean after(Date when) {
        return fastTime > when.fastTime;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Date && getTime() == ((Date) obj).getTime();
    }

    @Override
    public int compareTo(Date anotherDate) {
        return Long.compare(fastTime, anotherDate.fastTime);
    }

    @Override
    public int hashCode() {
        long ht = getTime();
        return (int) ht ^ (int) (ht >> 32);
    }

    @Override
    public Object clone() {
        return new Date(fastTime);
    }

    @Override
    public String toString() {
        return new java.text.SimpleDateFormat("EEE MMM dd HH:mm:ss zzz yyyy").format(this);
    }
}
