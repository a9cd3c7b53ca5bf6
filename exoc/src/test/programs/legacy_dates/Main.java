// java.util.Date, Calendar, TimeZone and java.text.SimpleDateFormat/DateFormat against the
// JVM in UTC: fixed instants formatted with common patterns and the default styles, parsing
// (lenient, with names), Calendar fields, lenient set and add, and the ParseException.
import java.text.DateFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

public class Main {
    public static void main(String[] args) throws ParseException {
        long[] instants = {0L, 1_700_000_000_123L, 951_782_400_000L, -86_400_000L, 1_234_567_890_000L};
        String[] patterns = {"yyyy-MM-dd HH:mm:ss.SSS", "dd/MM/yy hh:mm a", "EEEE, MMMM d, yyyy", "EEE MMM dd HH:mm:ss zzz yyyy",
            "yyyyMMdd'T'HHmmssZ", "D w W F u k K", "MMM d, ''yy"};
        for (long t : instants) {
            Date d = new Date(t);
            StringBuilder sb = new StringBuilder(d.toString());
            for (String p : patterns) {
                sb.append(" | ").append(new SimpleDateFormat(p).format(d));
            }
            System.out.println(sb);
            System.out.println("  " + DateFormat.getDateInstance().format(d) + " | " + DateFormat.getTimeInstance().format(d) + " | "
                    + DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(d) + " | "
                    + DateFormat.getDateInstance(DateFormat.LONG).format(d) + " | " + DateFormat.getDateInstance(DateFormat.FULL).format(d));
        }
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        System.out.println(iso.parse("2024-02-29 13:45").getTime() + " " + iso.parse("2024-13-01 00:00").getTime() + " "
                + new SimpleDateFormat("dd MMM yyyy").parse("05 Mar 2021").getTime() + " "
                + new SimpleDateFormat("MM/dd/yyyy hh:mm a").parse("07/04/2020 09:30 PM").getTime());
        try {
            iso.parse("not a date");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " at " + e.getErrorOffset());
        }
        Calendar c = new GregorianCalendar(2024, Calendar.JANUARY, 31, 10, 0, 0);
        System.out.println(c.getTimeInMillis() + " " + c.get(Calendar.DAY_OF_WEEK) + " " + c.get(Calendar.DAY_OF_YEAR) + " "
                + c.get(Calendar.WEEK_OF_YEAR) + " " + c.getActualMaximum(Calendar.DAY_OF_MONTH));
        c.add(Calendar.MONTH, 1);
        System.out.println(iso.format(c.getTime()) + " " + c.get(Calendar.MONTH));
        c.add(Calendar.DAY_OF_MONTH, 30);
        c.add(Calendar.HOUR_OF_DAY, -11);
        System.out.println(iso.format(c.getTime()) + " " + c.get(Calendar.HOUR) + " " + c.get(Calendar.AM_PM));
        c.set(Calendar.MONTH, 13);
        c.set(Calendar.DAY_OF_MONTH, 0);
        System.out.println(iso.format(c.getTime()) + " leap " + new GregorianCalendar().isLeapYear(1900) + " "
                + new GregorianCalendar().isLeapYear(2000));
        Calendar u = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        u.setTimeInMillis(86_400_000L * 365);
        System.out.println(u.get(Calendar.YEAR) + "-" + (u.get(Calendar.MONTH) + 1) + "-" + u.get(Calendar.DATE) + " "
                + TimeZone.getTimeZone("UTC").getID() + " " + TimeZone.getDefault().getID() + " " + u.getTime().toInstant());
        System.out.println(new Date(5000).compareTo(new Date(6000)) + " " + new Date(5000).before(new Date(6000)) + " "
                + new Date(1_234_567_890_000L).hashCode() + " " + Date.from(java.time.Instant.EPOCH).getTime());
    }
}
