/* A fixed offset from UTC, "Z" or "+02:00"; ZoneOffset.UTC is the one most programs use. */
package java.time;

public final class ZoneOffset extends ZoneId implements Comparable<ZoneOffset> {
    private static final long serialVersionUID = 2357656521762053153L;

    public static final ZoneOffset UTC = new ZoneOffset(0);
    public static final ZoneOffset MIN = new ZoneOffset(-18 * 3600);
    public static final ZoneOffset MAX = new ZoneOffset(18 * 3600);

    private final int totalSeconds;
    private final String id;

    private ZoneOffset(int totalSeconds) {
        this.totalSeconds = totalSeconds;
        this.id = buildId(totalSeconds);
    }

    private static String buildId(int totalSeconds) {
        if (totalSeconds == 0) {
            return "Z";
        }
        int abs = Math.abs(totalSeconds);
        int h = abs / 3600, m = (abs / 60) % 60, s = abs % 60;
        StringBuilder buf = new StringBuilder().append(totalSeconds < 0 ? "-" : "+").append(h < 10 ? "0" : "").append(h)
                .append(m < 10 ? ":0" : ":").append(m);
        if (s != 0) {
            buf.append(s < 10 ? ":0" : ":").append(s);
        }
        return buf.toString();
    }

    public static ZoneOffset ofTotalSeconds(int totalSeconds) {
        if (totalSeconds < -18 * 3600 || totalSeconds > 18 * 3600) {
            throw new DateTimeException("Zone offset not in valid range: -18:00 to +18:00");
        }
        return totalSeconds == 0 ? UTC : new ZoneOffset(totalSeconds);
    }

    public static ZoneOffset ofHours(int hours) {
        return ofHoursMinutesSeconds(hours, 0, 0);
    }

    public static ZoneOffset ofHoursMinutes(int hours, int minutes) {
        return ofHoursMinutesSeconds(hours, minutes, 0);
    }

    public static ZoneOffset ofHoursMinutesSeconds(int hours, int minutes, int seconds) {
        return ofTotalSeconds(hours * 3600 + minutes * 60 + seconds);
    }

    public static ZoneOffset of(String offsetId) {
        if (offsetId.equals("Z")) {
            return UTC;
        }
        try {
            int sign = offsetId.charAt(0) == '-' ? -1 : 1;
            String[] parts = offsetId.substring(1).split(":");
            int h = Integer.parseInt(parts[0].length() == 4 ? parts[0].substring(0, 2) : parts[0]);
            int m = parts.length > 1 ? Integer.parseInt(parts[1]) : parts[0].length() == 4 ? Integer.parseInt(parts[0].substring(2)) : 0;
            int s = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            return ofTotalSeconds(sign * (h * 3600 + m * 60 + s));
        } catch (RuntimeException e) {
            throw new DateTimeException("Invalid ID for ZoneOffset, invalid format: " + offsetId);
        }
    }

    public int getTotalSeconds() {
        return totalSeconds;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    ZoneOffset offset() {
        return this;
    }

    @Override
    public int compareTo(ZoneOffset other) {
        return other.totalSeconds - totalSeconds;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ZoneOffset && ((ZoneOffset) obj).totalSeconds == totalSeconds;
    }

    @Override
    public int hashCode() {
        return totalSeconds;
    }
}
