/*
 * The elements a DateTimeFormatter is made of, compiled from a pattern: literal text and
 * fields (letter and count), each able to print its value and to parse it back strictly
 * (fixed widths for padded fields, English names). The ISO formatters are built here too.
 */
package java.time.format;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

final class DateTimePrinter {
    private DateTimePrinter() {}

    interface Element {
        void print(DateTimeFields f, StringBuilder sb);

        /** The position after the parsed text, or ~errorIndex. */
        int parse(String s, int pos, DateTimeFields f);
    }

    static String fieldName(char c) {
        switch (c) {
            case 'y': return "YearOfEra";
            case 'u': return "Year";
            case 'M': case 'L': return "MonthOfYear";
            case 'd': return "DayOfMonth";
            case 'D': return "DayOfYear";
            case 'E': return "DayOfWeek";
            case 'a': return "AmPmOfDay";
            case 'H': return "HourOfDay";
            case 'h': return "ClockHourOfAmPm";
            case 'k': return "ClockHourOfDay";
            case 'K': return "HourOfAmPm";
            case 'm': return "MinuteOfHour";
            case 's': return "SecondOfMinute";
            case 'S': return "NanoOfSecond";
            case 'n': return "NanoOfSecond";
            default: return String.valueOf(c);
        }
    }

    static List<Element> compile(String pattern) {
        List<Element> out = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                int j = i;
                while (j < pattern.length() && pattern.charAt(j) == c) {
                    j++;
                }
                out.add(field(c, j - i, pattern));
                i = j;
            } else if (c == '\'') {
                int end = pattern.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Pattern ends with an incomplete string literal: " + pattern);
                }
                out.add(literal(end == i + 1 ? "'" : pattern.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '[' || c == ']' || c == '{' || c == '}' || c == '#') {
                throw new IllegalArgumentException("Pattern includes reserved character: '" + c + "'");
            } else {
                out.add(literal(String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    static Element literal(String text) {
        return new Element() {
            public void print(DateTimeFields f, StringBuilder sb) {
                sb.append(text);
            }

            public int parse(String s, int pos, DateTimeFields f) {
                return s.startsWith(text, pos) ? pos + text.length() : ~pos;
            }
        };
    }

    private static Element field(char c, int count, String pattern) {
        switch (c) {
            case 'y': case 'u':
                return count == 2 ? number(c, 2, 2, 2) : number(c, count, count < 4 ? 19 : 19, count);
            case 'M': case 'L':
                return count >= 3 ? name(c, count) : number(c, count, 2, count);
            case 'd': case 'H': case 'h': case 'k': case 'K': case 'm': case 's':
                if (count > 2) {
                    throw new IllegalArgumentException("Too many pattern letters: " + c);
                }
                return number(c, count, 2, count);
            case 'D':
                return number(c, count, 3, count);
            case 'E':
                return name(c, count);
            case 'a':
                return name(c, 1);
            case 'S':
                return fraction(count);
            case 'n':
                return number(c, count, 9, count);
            case 'V': case 'z': case 'Z': case 'X': case 'x': case 'O':
                return zone(c, count);
            case 'G':
                return literal("AD");
            default:
                throw new IllegalArgumentException("Unknown pattern letter: " + c);
        }
    }

    private static long value(char c, DateTimeFields f) {
        switch (c) {
            case 'y': case 'u': return f.needDate(c).getYear();
            case 'M': case 'L': return f.needDate(c).getMonthValue();
            case 'd': return f.needDate(c).getDayOfMonth();
            case 'D': return f.needDate(c).getDayOfYear();
            case 'E': return f.needDate(c).getDayOfWeek().getValue();
            case 'H': return f.needTime(c).getHour();
            case 'k': return f.needTime(c).getHour() == 0 ? 24 : f.needTime(c).getHour();
            case 'h': return f.needTime(c).getHour() % 12 == 0 ? 12 : f.needTime(c).getHour() % 12;
            case 'K': return f.needTime(c).getHour() % 12;
            case 'a': return f.needTime(c).getHour() / 12;
            case 'm': return f.needTime(c).getMinute();
            case 's': return f.needTime(c).getSecond();
            default: return f.needTime(c).getNano();
        }
    }

    private static void store(char c, long v, DateTimeFields f) {
        switch (c) {
            case 'y': case 'u': f.year = v; break;
            case 'M': case 'L': f.month = v; break;
            case 'd': f.day = v; break;
            case 'D': f.dayOfYear = v; break;
            case 'H': case 'k': f.hour = v == 24 ? 0 : v; break;
            case 'h': case 'K': f.hour12 = v; break;
            case 'a': f.amPm = v; break;
            case 'm': f.minute = v; break;
            case 's': f.second = v; break;
            case 'n': f.nano = v; break;
            default: break;
        }
    }

    /** A number padded to minWidth; two-digit years print and parse the last two digits (base 2000). */
    private static Element number(char c, int minWidth, int maxWidth, int count) {
        return new Element() {
            public void print(DateTimeFields f, StringBuilder sb) {
                long v = value(c, f);
                if ((c == 'y' || c == 'u') && count == 2) {
                    v = Math.floorMod(v, 100);
                }
                String digits = Long.toString(Math.abs(v));
                if (v < 0) {
                    sb.append('-');
                } else if ((c == 'y' || c == 'u') && count == 4 && digits.length() > 4) {
                    sb.append('+');
                }
                for (int k = digits.length(); k < minWidth; k++) {
                    sb.append('0');
                }
                sb.append(digits);
            }

            public int parse(String s, int pos, DateTimeFields f) {
                int i = pos;
                boolean negative = false;
                if ((c == 'y' || c == 'u') && i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                    negative = s.charAt(i) == '-';
                    i++;
                }
                int start = i;
                int limit = Math.min(s.length(), start + (minWidth == 1 && count == 1 ? 19 : Math.max(maxWidth, minWidth)));
                if (count >= 2 && c != 'y' && c != 'u' && c != 'n') {
                    limit = Math.min(s.length(), start + minWidth);   // fixed width
                }
                while (i < limit && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i - start < minWidth) {
                    return ~pos;
                }
                long v = Long.parseLong(s.substring(start, i));
                if ((c == 'y' || c == 'u') && count == 2) {
                    v += 2000;
                }
                store(c, negative ? -v : v, f);
                return i;
            }
        };
    }

    private static Element name(char c, int count) {
        return new Element() {
            String text(long v) {
                if (c == 'a') {
                    return v == 0 ? "AM" : "PM";
                }
                String full = c == 'E' ? DayOfWeek.of((int) v).name() : Month.of((int) v).name();
                full = full.charAt(0) + full.substring(1).toLowerCase();
                return count == 4 ? full : count == 5 ? full.substring(0, 1) : full.substring(0, 3);
            }

            public void print(DateTimeFields f, StringBuilder sb) {
                sb.append(text(value(c, f)));
            }

            public int parse(String s, int pos, DateTimeFields f) {
                int n = c == 'a' ? 1 : c == 'E' ? 7 : 12;
                for (int v = c == 'a' ? 0 : 1; v <= n; v++) {
                    String t = text(v);
                    if (s.startsWith(t, pos)) {
                        if (c != 'E') {
                            store(c, v, f);
                        }
                        return pos + t.length();
                    }
                }
                return ~pos;
            }
        };
    }

    private static Element fraction(int count) {
        return new Element() {
            public void print(DateTimeFields f, StringBuilder sb) {
                String nine = Integer.toString(f.needTime('S').getNano() + 1_000_000_000).substring(1);
                sb.append(count <= 9 ? nine.substring(0, count) : nine + "0".repeat(count - 9));
            }

            public int parse(String s, int pos, DateTimeFields f) {
                int i = pos;
                while (i < s.length() && i - pos < count && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i - pos < count) {
                    return ~pos;
                }
                String digits = (s.substring(pos, i) + "000000000").substring(0, 9);
                f.nano = Long.parseLong(digits);
                return i;
            }
        };
    }

    private static Element zone(char c, int count) {
        return new Element() {
            public void print(DateTimeFields f, StringBuilder sb) {
                ZoneOffset off = f.offset;
                if (off == null) {
                    throw new java.time.DateTimeException("Unable to extract ZoneId from temporal " + (f.date != null ? f.date : f.time));
                }
                int secs = off.getTotalSeconds();
                switch (c) {
                    case 'V': sb.append(f.zone != null ? f.zone.getId() : off.getId()); break;
                    case 'z': sb.append(secs == 0 ? "UTC" : off.getId()); break;
                    case 'O': sb.append(secs == 0 ? "GMT" : "GMT" + off.getId()); break;
                    case 'X': sb.append(secs == 0 ? "Z" : count >= 3 ? off.getId() : off.getId().replace(":", "")); break;
                    default: sb.append(count >= 3 ? (secs == 0 ? "+00:00" : off.getId()) : (secs == 0 ? "+0000" : off.getId().replace(":", "")));
                }
            }

            public int parse(String s, int pos, DateTimeFields f) {
                if (s.startsWith("Z", pos)) {
                    f.offset = ZoneOffset.UTC;
                    return pos + 1;
                }
                if (s.startsWith("UTC", pos) || s.startsWith("GMT", pos)) {
                    f.offset = ZoneOffset.UTC;
                    return pos + 3;
                }
                int i = pos;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                    int j = i + 1;
                    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ':')) {
                        j++;
                    }
                    try {
                        f.offset = ZoneOffset.of(s.substring(i, j));
                        return j;
                    } catch (java.time.DateTimeException e) {
                        return ~pos;
                    }
                }
                return ~pos;
            }
        };
    }

    /** HH:mm[:ss[.fraction]]: parses 0-9 fraction digits. */
    static List<Element> isoTime() {
        List<Element> out = new ArrayList<>(compile("HH:mm"));
        out.add(new Element() {
            public void print(DateTimeFields f, StringBuilder sb) {
                // Seconds always; the fraction only when not zero: in groups of three digits
                // for an instant, as few digits as needed otherwise (ISO_LOCAL_TIME).
                LocalTime t = f.needTime('s');
                sb.append(t.getSecond() < 10 ? ":0" : ":").append(t.getSecond());
                if (t.getNano() > 0) {
                    String nine = Integer.toString(t.getNano() + 1_000_000_000).substring(1);
                    int len;
                    if (f.instant) {
                        len = t.getNano() % 1000_000 == 0 ? 3 : t.getNano() % 1000 == 0 ? 6 : 9;
                    } else {
                        len = 9;
                        while (nine.charAt(len - 1) == '0') {
                            len--;
                        }
                    }
                    sb.append('.').append(nine, 0, len);
                }
            }

            public int parse(String s, int pos, DateTimeFields f) {
                if (!s.startsWith(":", pos)) {
                    return pos;
                }
                int i = pos + 1;
                if (i + 2 > s.length() || !Character.isDigit(s.charAt(i)) || !Character.isDigit(s.charAt(i + 1))) {
                    return ~i;
                }
                f.second = Long.parseLong(s.substring(i, i + 2));
                i += 2;
                if (s.startsWith(".", i)) {
                    int j = i + 1;
                    while (j < s.length() && j - i - 1 < 9 && Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                    if (j == i + 1) {
                        return ~(i + 1);
                    }
                    f.nano = Long.parseLong((s.substring(i + 1, j) + "000000000").substring(0, 9));
                    i = j;
                }
                return i;
            }
        });
        return out;
    }

    static List<Element> isoDateTime(boolean withZone) {
        List<Element> out = new ArrayList<>(compile("uuuu-MM-dd'T'"));
        out.addAll(isoTime());
        if (withZone) {
            out.add(new Element() {
                public void print(DateTimeFields f, StringBuilder sb) {
                    if (f.offset != null) {
                        sb.append(f.offset.getId());
                        if (f.zone != null && !(f.zone instanceof ZoneOffset)) {
                            sb.append('[').append(f.zone.getId()).append(']');
                        }
                    }
                }

                public int parse(String s, int pos, DateTimeFields f) {
                    int r = zone('X', 3).parse(s, pos, f);
                    return r < 0 ? pos : r;
                }
            });
        }
        return out;
    }

    /** The ISO instant: UTC date-time with seconds always shown, fraction in groups of three, 'Z'. */
    static List<Element> isoInstant() {
        List<Element> out = isoDateTime(false);
        out.add(new Element() {
            public void print(DateTimeFields f, StringBuilder sb) {
                sb.append('Z');
            }

            public int parse(String s, int pos, DateTimeFields f) {
                return zone('X', 3).parse(s, pos, f);
            }
        });
        return out;
    }

}
