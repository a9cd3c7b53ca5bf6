/* A date-based amount: years, months and days, printed "P1Y2M3D" ("P0D" when zero). */
package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;

public final class Period implements TemporalAmount, java.io.Serializable {
    private static final long serialVersionUID = -3587258372562876L;

    public static final Period ZERO = new Period(0, 0, 0);

    private final int years, months, days;

    private Period(int years, int months, int days) {
        this.years = years;
        this.months = months;
        this.days = days;
    }

    public static Period of(int years, int months, int days) {
        return (years | months | days) == 0 ? ZERO : new Period(years, months, days);
    }

    public static Period ofYears(int years) { return of(years, 0, 0); }
    public static Period ofMonths(int months) { return of(0, months, 0); }
    public static Period ofWeeks(int weeks) { return of(0, 0, Math.multiplyExact(weeks, 7)); }
    public static Period ofDays(int days) { return of(0, 0, days); }

    public static Period between(LocalDate startDateInclusive, LocalDate endDateExclusive) {
        return startDateInclusive.until(endDateExclusive);
    }

    public int getYears() { return years; }
    public int getMonths() { return months; }
    public int getDays() { return days; }

    public boolean isZero() {
        return this == ZERO || (years | months | days) == 0;
    }

    public boolean isNegative() {
        return years < 0 || months < 0 || days < 0;
    }

    public Period plusYears(long y) { return of(Math.toIntExact(Math.addExact(years, y)), months, days); }
    public Period plusMonths(long m) { return of(years, Math.toIntExact(Math.addExact(months, m)), days); }
    public Period plusDays(long d) { return of(years, months, Math.toIntExact(Math.addExact(days, d))); }
    public Period minusYears(long y) { return plusYears(-y); }
    public Period minusMonths(long m) { return plusMonths(-m); }
    public Period minusDays(long d) { return plusDays(-d); }

    public Period multipliedBy(int scalar) {
        return of(Math.multiplyExact(years, scalar), Math.multiplyExact(months, scalar), Math.multiplyExact(days, scalar));
    }

    public Period negated() {
        return multipliedBy(-1);
    }

    public long toTotalMonths() {
        return years * 12L + months;
    }

    public Period normalized() {
        long total = toTotalMonths();
        return of(Math.toIntExact(total / 12), (int) (total % 12), days);
    }

    @Override
    public Temporal addTo(Temporal temporal) {
        if (toTotalMonths() != 0) {
            temporal = temporal.plus(toTotalMonths(), ChronoUnit.MONTHS);
        }
        return days != 0 ? temporal.plus(days, ChronoUnit.DAYS) : temporal;
    }

    @Override
    public Temporal subtractFrom(Temporal temporal) {
        if (toTotalMonths() != 0) {
            temporal = temporal.minus(toTotalMonths(), ChronoUnit.MONTHS);
        }
        return days != 0 ? temporal.minus(days, ChronoUnit.DAYS) : temporal;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Period p && p.years == years && p.months == months && p.days == days;
    }

    @Override
    public int hashCode() {
        return years + Integer.rotateLeft(months, 8) + Integer.rotateLeft(days, 16);
    }

    @Override
    public String toString() {
        if (isZero()) {
            return "P0D";
        }
        StringBuilder buf = new StringBuilder().append('P');
        if (years != 0) {
            buf.append(years).append('Y');
        }
        if (months != 0) {
            buf.append(months).append('M');
        }
        if (days != 0) {
            buf.append(days).append('D');
        }
        return buf.toString();
    }
}
