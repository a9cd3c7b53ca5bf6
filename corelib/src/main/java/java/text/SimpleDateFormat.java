/*
 * Dates formatted and parsed by a pattern of letters (G y M d h H m s S E D F w W a k K z Z
 * X u, quoted text), in English and the formatter's time zone (UTC by default). Parsing is
 * lenient like the JDK's by default (month 13 is January next year) and reads numbers and
 * English names; failures are ParseException("Unparseable date: ...").
 */
package java.text;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;

public class SimpleDateFormat extends DateFormat {
    private static final long serialVersionUID = 4774881970558875024L;

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

    private String pattern;
    private List<Object> elements;   // String literals and int[] {letter, count}

    public SimpleDateFormat() {
        this("M/d/yy, h:mm a");
    }

    public SimpleDateFormat(String pattern) {
        applyPattern(pattern);
    }

    public SimpleDateFormat(String pattern, Locale locale) {
        this(pattern);
    }

    public SimpleDateFormat(String pattern, DateFormatSymbols formatSymbols) {
        this(pattern);
    }

    public void applyPattern(String pattern) {
        this.pattern = pattern;
        this.elements = compile(pattern);
    }

    public String toPattern() {
        return pattern;
    }

    private static List<Object> compile(String p) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if ("GyYMLdhHmsSEDFwWakKzZXu".indexOf(c) < 0) {
                    throw new IllegalArgumentException("Illegal pattern character '" + c + "'");
                }
                int j = i;
                while (j < p.length() && p.charAt(j) == c) {
                    j++;
                }
                out.add(new int[] {c, j - i});
                i = j;
            } else if (c == '\'') {
                int end = p.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unterminated quote");
                }
                out.add(end == i + 1 ? "'" : p.substring(i + 1, end));
                i = end + 1;
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    @Override
    public StringBuffer format(Date date, StringBuffer toAppendTo, FieldPosition pos) {
        calendar.setTime(date);
        for (Object e : elements) {
            if (e instanceof String) {
                toAppendTo.append((String) e);
            } else {
                int[] f = (int[]) e;
                toAppendTo.append(field((char) f[0], f[1]));
            }
        }
        return toAppendTo;
    }

    private static String pad(long v, int width) {
        String s = Long.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private String field(char c, int count) {
        Calendar cal = calendar;
        switch (c) {
            case 'G': return "AD";
            case 'y': case 'Y': {
                int y = cal.get(Calendar.YEAR);
                return count == 2 ? pad(y % 100, 2) : pad(y, count);
            }
            case 'M': case 'L': {
                int m = cal.get(Calendar.MONTH);
                return count >= 4 ? MONTHS[m] : count == 3 ? MONTHS[m].substring(0, 3) : pad(m + 1, count);
            }
            case 'd': return pad(cal.get(Calendar.DAY_OF_MONTH), count);
            case 'h': return pad(cal.get(Calendar.HOUR) == 0 ? 12 : cal.get(Calendar.HOUR), count);
            case 'H': return pad(cal.get(Calendar.HOUR_OF_DAY), count);
            case 'k': return pad(cal.get(Calendar.HOUR_OF_DAY) == 0 ? 24 : cal.get(Calendar.HOUR_OF_DAY), count);
            case 'K': return pad(cal.get(Calendar.HOUR), count);
            case 'm': return pad(cal.get(Calendar.MINUTE), count);
            case 's': return pad(cal.get(Calendar.SECOND), count);
            case 'S': return pad(cal.get(Calendar.MILLISECOND), count);
            case 'E': {
                String d = DAYS[cal.get(Calendar.DAY_OF_WEEK) - 1];
                return count >= 4 ? d : d.substring(0, 3);
            }
            case 'u': return pad(cal.get(Calendar.DAY_OF_WEEK) == 1 ? 7 : cal.get(Calendar.DAY_OF_WEEK) - 1, count);
            case 'D': return pad(cal.get(Calendar.DAY_OF_YEAR), count);
            case 'F': return pad(cal.get(Calendar.DAY_OF_WEEK_IN_MONTH), count);
            case 'w': return pad(cal.get(Calendar.WEEK_OF_YEAR), count);
            case 'W': return pad(cal.get(Calendar.WEEK_OF_MONTH), count);
            case 'a': return cal.get(Calendar.AM_PM) == 0 ? "AM" : "PM";
            case 'z': {
                int raw = cal.getTimeZone().getRawOffset();
                if (raw == 0) {
                    return count >= 4 ? "Coordinated Universal Time" : "UTC";
                }
                return "GMT" + offset(raw, true);
            }
            case 'Z': return offset(cal.getTimeZone().getRawOffset(), false);
            default: {
                int raw = cal.getTimeZone().getRawOffset();
                return raw == 0 ? "Z" : count == 1 ? offset(raw, false).substring(0, 3) : offset(raw, count >= 3);
            }
        }
    }

    private static String offset(int raw, boolean colon) {
        int minutes = Math.abs(raw) / 60000;
        return (raw < 0 ? "-" : "+") + pad(minutes / 60, 2) + (colon ? ":" : "") + pad(minutes % 60, 2);
    }

    @Override
    public Date parse(String text, ParsePosition pos) {
        int i = pos.getIndex();
        Calendar cal = (Calendar) calendar.clone();
        cal.clear();
        boolean pm = false, sawAmPm = false;
        int hour12 = -1;
        for (int k = 0; k < elements.size(); k++) {
            Object e = elements.get(k);
            if (e instanceof String) {
                String lit = (String) e;
                if (!text.startsWith(lit, i)) {
                    pos.setErrorIndex(i);
                    return null;
                }
                i += lit.length();
                continue;
            }
            int[] f = (int[]) e;
            char c = (char) f[0];
            boolean nextIsNumber = k + 1 < elements.size() && elements.get(k + 1) instanceof int[];
            if ((c == 'M' || c == 'L') && f[1] >= 3 || c == 'E' || c == 'a') {
                String[] names = c == 'a' ? new String[] {"AM", "PM"} : c == 'E' ? DAYS : MONTHS;
                int found = -1, len = 0;
                for (int n = 0; n < names.length && found < 0; n++) {
                    for (String cand : new String[] {names[n], names[n].substring(0, Math.min(3, names[n].length()))}) {
                        if (text.regionMatches(true, i, cand, 0, cand.length())) {
                            found = n;
                            len = cand.length();
                            break;
                        }
                    }
                }
                if (found < 0) {
                    pos.setErrorIndex(i);
                    return null;
                }
                i += len;
                if (c == 'a') {
                    pm = found == 1;
                    sawAmPm = true;
                } else if (c != 'E') {
                    cal.set(Calendar.MONTH, found);
                }
                continue;
            }
            if (c == 'z' || c == 'Z' || c == 'X') {
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            int start = i;
            boolean neg = i < text.length() && text.charAt(i) == '-' && (c == 'y' || c == 'Y');
            if (neg) {
                i++;
            }
            int limit = nextIsNumber ? Math.min(text.length(), i + f[1]) : text.length();
            while (i < limit && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == start || (neg && i == start + 1)) {
                pos.setErrorIndex(start);
                return null;
            }
            int v = Integer.parseInt(text.substring(neg ? start + 1 : start, i)) * (neg ? -1 : 1);
            switch (c) {
                case 'y': case 'Y':
                    if (f[1] <= 2 && i - start == 2) {
                        v += v < 100 ? (v + 2000 > Calendar.getInstance().get(Calendar.YEAR) + 20 ? 1900 : 2000) : 0;
                    }
                    cal.set(Calendar.YEAR, v);
                    break;
                case 'M': case 'L': cal.set(Calendar.MONTH, v - 1); break;
                case 'd': cal.set(Calendar.DAY_OF_MONTH, v); break;
                case 'H': case 'k': cal.set(Calendar.HOUR_OF_DAY, v == 24 && c == 'k' ? 0 : v); break;
                case 'h': case 'K': hour12 = v % 12; break;
                case 'm': cal.set(Calendar.MINUTE, v); break;
                case 's': cal.set(Calendar.SECOND, v); break;
                case 'S': cal.set(Calendar.MILLISECOND, v); break;
                case 'D': cal.set(Calendar.DAY_OF_YEAR, v); break;
                default: break;
            }
        }
        if (hour12 >= 0) {
            cal.set(Calendar.HOUR_OF_DAY, hour12 + (sawAmPm && pm ? 12 : 0));
        }
        pos.setIndex(i);
        return cal.getTime();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SimpleDateFormat && ((SimpleDateFormat) obj).pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }
}
