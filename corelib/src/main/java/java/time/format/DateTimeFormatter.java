/*
 * Formats and parses dates and times: the ISO formatters and patterns of letters (y u M L d D
 * E a H k h K m s S n V z Z X x G and quoted text), in English. A pattern is compiled into
 * DateTimePrinter elements; parse is strict, with the JDK's "Text '...' could not be parsed
 * at index n" messages. The LocalDate/LocalTime/LocalDateTime/Instant parse methods call
 * the parseDate/parseTime/parseDateTime/parseInstant helpers.
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
import java.util.List;
import java.util.Locale;

public final class DateTimeFormatter {
    public static final DateTimeFormatter ISO_LOCAL_DATE = new DateTimeFormatter("ISO_LOCAL_DATE", DateTimePrinter.compile("uuuu-MM-dd"));
    public static final DateTimeFormatter ISO_LOCAL_TIME = new DateTimeFormatter("ISO_LOCAL_TIME", DateTimePrinter.isoTime());
    public static final DateTimeFormatter ISO_LOCAL_DATE_TIME = new DateTimeFormatter("ISO_LOCAL_DATE_TIME", DateTimePrinter.isoDateTime(false));
    public static final DateTimeFormatter ISO_DATE = new DateTimeFormatter("ISO_DATE", DateTimePrinter.compile("uuuu-MM-dd"));
    public static final DateTimeFormatter ISO_TIME = new DateTimeFormatter("ISO_TIME", DateTimePrinter.isoTime());
    public static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatter("ISO_DATE_TIME", DateTimePrinter.isoDateTime(true));
    public static final DateTimeFormatter ISO_OFFSET_DATE_TIME = new DateTimeFormatter("ISO_OFFSET_DATE_TIME", DateTimePrinter.isoDateTime(true));
    public static final DateTimeFormatter ISO_INSTANT = new DateTimeFormatter("ISO_INSTANT", DateTimePrinter.isoInstant());
    public static final DateTimeFormatter BASIC_ISO_DATE = new DateTimeFormatter("BASIC_ISO_DATE", DateTimePrinter.compile("uuuuMMdd"));

    private final String description;
    private final List<DateTimePrinter.Element> elements;
    private final Locale locale;

    private DateTimeFormatter(String description, List<DateTimePrinter.Element> elements) {
        this(description, elements, Locale.US);
    }

    private DateTimeFormatter(String description, List<DateTimePrinter.Element> elements, Locale locale) {
        this.description = description;
        this.elements = elements;
        this.locale = locale;
    }

    public static DateTimeFormatter ofPattern(String pattern) {
        return new DateTimeFormatter(pattern, DateTimePrinter.compile(pattern));
    }

    public static DateTimeFormatter ofPattern(String pattern, Locale locale) {
        return new DateTimeFormatter(pattern, DateTimePrinter.compile(pattern), locale);
    }

    public Locale getLocale() {
        return locale;
    }

    public DateTimeFormatter withLocale(Locale locale) {
        return new DateTimeFormatter(description, elements, locale);
    }

    public DateTimeFormatter withZone(ZoneId zone) {
        return this;
    }

    public String format(TemporalAccessor temporal) {
        StringBuilder sb = new StringBuilder();
        formatTo(temporal, sb);
        return sb.toString();
    }

    public void formatTo(TemporalAccessor temporal, Appendable appendable) {
        DateTimeFields f = DateTimeFields.of(temporal);
        StringBuilder sb = new StringBuilder();
        for (DateTimePrinter.Element e : elements) {
            e.print(f, sb);
        }
        try {
            appendable.append(sb);
        } catch (java.io.IOException e) {
            throw new DateTimeException(e.getMessage(), e);
        }
    }

    private DateTimeFields parseFields(CharSequence text) {
        String s = text.toString();
        DateTimeFields f = new DateTimeFields();
        int pos = 0;
        for (DateTimePrinter.Element e : elements) {
            int next = e.parse(s, pos, f);
            if (next < 0) {
                throw new DateTimeParseException("Text '" + s + "' could not be parsed at index " + ~next, s, ~next);
            }
            pos = next;
        }
        if (pos != s.length()) {
            throw new DateTimeParseException("Text '" + s + "' could not be parsed, unparsed text found at index " + pos, s, pos);
        }
        return f;
    }

    private <T> T resolve(CharSequence text, java.util.function.Function<DateTimeFields, T> build, String what) {
        DateTimeFields f = parseFields(text);
        try {
            return build.apply(f);
        } catch (DateTimeException e) {
            if (e instanceof DateTimeParseException) {
                throw e;
            }
            throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
        }
    }

    public LocalDate parseDate(CharSequence text) {
        return resolve(text, DateTimeFields::toDate, "LocalDate");
    }

    public LocalTime parseTime(CharSequence text) {
        return resolve(text, DateTimeFields::toTime, "LocalTime");
    }

    public LocalDateTime parseDateTime(CharSequence text) {
        return resolve(text, f -> LocalDateTime.of(f.toDate(), f.toTime()), "LocalDateTime");
    }

    public Instant parseInstant(CharSequence text) {
        return resolve(text, f -> LocalDateTime.of(f.toDate(), f.toTime()).toInstant(f.offset != null ? f.offset : ZoneOffset.UTC),
                "Instant");
    }

    public ZonedDateTime parseZoned(CharSequence text) {
        return resolve(text, f -> ZonedDateTime.of(LocalDateTime.of(f.toDate(), f.toTime()), f.offset != null ? f.offset : ZoneOffset.UTC),
                "ZonedDateTime");
    }

    @Override
    public String toString() {
        return description;
    }
}
