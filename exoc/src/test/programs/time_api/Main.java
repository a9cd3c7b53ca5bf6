// java.time against the JVM (UTC): LocalDate arithmetic across months and leap years, day of
// week, Period and ChronoUnit distances, LocalTime and LocalDateTime, Instant and Duration
// text forms, formatting and parsing with ISO and custom patterns, and the JDK's errors.
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

public class Main {
    static void show(String label, Object o) {
        System.out.println(label + ": " + o);
    }

    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 1, 31);
        show("date", d + " " + d.getDayOfWeek() + " " + d.getDayOfYear() + " leap " + d.isLeapYear() + " len " + d.lengthOfMonth());
        show("plusMonths", d.plusMonths(1) + " " + d.plusMonths(13) + " " + d.minusMonths(2) + " " + d.plusYears(1).plusMonths(1));
        show("plusDays", d.plusDays(30) + " " + d.minusDays(365) + " " + d.plusWeeks(52) + " " + LocalDate.of(2000, 2, 28).plusDays(1));
        show("epoch", LocalDate.ofEpochDay(0) + " " + LocalDate.ofEpochDay(-1) + " " + LocalDate.ofEpochDay(19723) + " " + d.toEpochDay()
                + " " + LocalDate.of(1, 1, 1).toEpochDay() + " " + LocalDate.ofYearDay(2023, 365));
        LocalDate a = LocalDate.of(2020, 2, 29), b = LocalDate.of(2024, 3, 1);
        show("between", ChronoUnit.DAYS.between(a, b) + " " + ChronoUnit.MONTHS.between(a, b) + " " + ChronoUnit.YEARS.between(a, b)
                + " " + ChronoUnit.WEEKS.between(b, a) + " " + Period.between(a, b) + " " + Period.between(b, a) + " " + a.until(b));
        show("compare", a.isBefore(b) + " " + a.isAfter(b) + " " + a.compareTo(b) + " " + a.equals(LocalDate.parse("2020-02-29"))
                + " " + a.hashCode());
        int[] weekdays = new int[7];
        for (LocalDate x = LocalDate.of(2024, 1, 1); x.getYear() == 2024; x = x.plusDays(1)) {
            weekdays[x.getDayOfWeek().ordinal()]++;
        }
        show("2024 weekdays", java.util.Arrays.toString(weekdays) + " " + DayOfWeek.SUNDAY.plus(3) + " " + Month.FEBRUARY.length(true));
        LocalTime t = LocalTime.of(9, 5);
        show("time", t + " " + t.plusMinutes(70) + " " + t.minusHours(10) + " " + LocalTime.of(23, 59, 59).plusSeconds(2) + " "
                + LocalTime.of(12, 0, 0, 500_000_000) + " " + LocalTime.of(1, 2, 3, 4000) + " " + LocalTime.parse("10:15:30.123"));
        LocalDateTime dt = LocalDateTime.of(2023, 12, 31, 23, 30);
        show("datetime", dt + " " + dt.plusMinutes(45) + " " + dt.plusHours(-24) + " " + ChronoUnit.MINUTES.between(dt, dt.plusDays(2))
                + " " + dt.toLocalDate() + " " + dt.getDayOfWeek() + " " + LocalDateTime.parse("2024-03-10T08:00:00"));
        Instant i = Instant.ofEpochSecond(1_700_000_000L);
        show("instant", i + " " + i.plusMillis(1500) + " " + Instant.ofEpochMilli(-1) + " " + Instant.EPOCH + " " + i.toEpochMilli()
                + " " + Instant.parse("2024-01-01T00:00:00Z").getEpochSecond());
        show("duration", Duration.ofMinutes(135) + " " + Duration.ofMillis(1500) + " " + Duration.ofSeconds(-90) + " " + Duration.ZERO
                + " " + Duration.between(dt, dt.plusDays(1).plusSeconds(5)) + " " + Duration.ofHours(50).toDays() + " "
                + Duration.ofSeconds(3725).toMinutesPart() + " " + Duration.ofMillis(-500) + " " + Duration.ofDays(2).plusMillis(1));
        show("period", Period.of(1, 14, 40) + " " + Period.of(1, 14, 40).normalized() + " " + Period.ZERO + " " + Period.ofWeeks(3)
                + " " + LocalDate.of(2024, 1, 31).plus(Period.ofMonths(1)));
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
        show("format", dt.format(f) + " | " + d.format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy")) + " | "
                + d.format(DateTimeFormatter.ofPattern("EEE MMM dd yy")) + " | " + dt.format(DateTimeFormatter.ofPattern("hh:mm a"))
                + " | " + d.format(DateTimeFormatter.BASIC_ISO_DATE) + " | " + dt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        show("parse", LocalDate.parse("15/08/2021", DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " "
                + LocalDateTime.parse("2021-08-15 13:45", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " "
                + LocalDate.parse("Mar 5 2022", DateTimeFormatter.ofPattern("MMM d yyyy")));
        ZonedDateTime z = dt.atZone(ZoneId.of("UTC"));
        show("zoned", z + " " + z.toInstant() + " " + ZonedDateTime.ofInstant(i, ZoneOffset.UTC) + " " + dt.toEpochSecond(ZoneOffset.UTC)
                + " " + dt.atZone(ZoneOffset.ofHours(2)).toInstant());
        String[] bad = {"2024-02-30", "2023-02-29", "2024-13-01", "2024-1-5", "2024-01-05x", "hello"};
        for (String s : bad) {
            try {
                LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                show("bad", e.getMessage());
            }
        }
        try {
            LocalDate.of(2024, 4, 31);
        } catch (DateTimeException e) {
            show("invalid", e.getMessage());
        }
        try {
            LocalTime.of(25, 0);
        } catch (DateTimeException e) {
            show("invalid", e.getMessage());
        }
    }
}
