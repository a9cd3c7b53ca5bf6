/* The Gregorian calendar (the only Calendar): Calendar's fields and arithmetic, leap years. */
package java.util;

public class GregorianCalendar extends Calendar {
    private static final long serialVersionUID = -8125100834729963327L;

    public static final int BC = 0;
    public static final int AD = 1;

    public GregorianCalendar() {
        super();
    }

    public GregorianCalendar(TimeZone zone) {
        super(zone, Locale.getDefault());
    }

    public GregorianCalendar(Locale aLocale) {
        super();
    }

    public GregorianCalendar(int year, int month, int dayOfMonth) {
        this(year, month, dayOfMonth, 0, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute) {
        this(year, month, dayOfMonth, hourOfDay, minute, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute, int second) {
        super();
        clear();
        set(year, month, dayOfMonth, hourOfDay, minute, second);
        set(MILLISECOND, 0);
    }

    public boolean isLeapYear(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    @Override
    public void add(int field, int amount) {
        addLocal(field, amount);
    }
}
