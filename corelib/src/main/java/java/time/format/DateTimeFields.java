/*
 * The values a DateTimeFormatter prints or has parsed: date and time fields and an offset,
 * read from a LocalDate/LocalTime/LocalDateTime/ZonedDateTime/Instant, and turned back into
 * dates and times (with the JDK's validation) after parsing.
 */
package java.time.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.UnsupportedTemporalTypeException;

final class DateTimeFields {
    LocalDate date;
    LocalTime time;
    ZoneOffset offset;
    ZoneId zone;

    // Parsed values (null: not present).
    Long year, month, day, dayOfYear, hour, minute, second, nano, amPm, hour12;

    static DateTimeFields of(TemporalAccessor t) {
        DateTimeFields f = new DateTimeFields();
        if (t instanceof LocalDate) {
            f.date = (LocalDate) t;
        } else if (t instanceof LocalTime) {
            f.time = (LocalTime) t;
        } else if (t instanceof LocalDateTime) {
            f.date = ((LocalDateTime) t).toLocalDate();
            f.time = ((LocalDateTime) t).toLocalTime();
        } else if (t instanceof ZonedDateTime) {
            ZonedDateTime z = (ZonedDateTime) t;
            f.date = z.toLocalDate();
            f.time = z.toLocalTime();
            f.offset = z.getOffset();
            f.zone = z.getZone();
        } else if (t instanceof Instant) {
            Instant i = (Instant) t;
            LocalDateTime ldt = LocalDateTime.ofEpochSecond(i.getEpochSecond(), i.getNano(), ZoneOffset.UTC);
            f.date = ldt.toLocalDate();
            f.time = ldt.toLocalTime();
            f.offset = ZoneOffset.UTC;
            f.instant = true;
        } else {
            throw new UnsupportedTemporalTypeException("Unsupported temporal: " + t);
        }
        return f;
    }

    boolean instant;

    LocalDate needDate(char field) {
        if (date == null) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + DateTimePrinter.fieldName(field));
        }
        return date;
    }

    LocalTime needTime(char field) {
        if (time == null) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + DateTimePrinter.fieldName(field));
        }
        return time;
    }

    LocalDate toDate() {
        if (year == null) {
            throw new DateTimeException("Unable to obtain LocalDate from TemporalAccessor");
        }
        if (dayOfYear != null && month == null) {
            return LocalDate.ofYearDay(year.intValue(), dayOfYear.intValue());
        }
        if (month == null || day == null) {
            throw new DateTimeException("Unable to obtain LocalDate from TemporalAccessor");
        }
        return LocalDate.of(year.intValue(), month.intValue(), day.intValue());
    }

    LocalTime toTime() {
        long h;
        if (hour != null) {
            h = hour;
        } else if (hour12 != null && amPm != null) {
            h = hour12 % 12 + 12 * amPm;
        } else if (hour12 != null) {
            h = hour12 % 12;
        } else {
            throw new DateTimeException("Unable to obtain LocalTime from TemporalAccessor");
        }
        return LocalTime.of((int) h, minute == null ? 0 : minute.intValue(), second == null ? 0 : second.intValue(),
                nano == null ? 0 : nano.intValue());
    }
}
