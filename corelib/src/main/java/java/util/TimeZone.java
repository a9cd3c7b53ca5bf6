/*
 * The legacy time zone. Without a time-zone database the core library knows UTC (the
 * default, "Etc/UTC" as on the test machines) and fixed "GMT+hh:mm" offsets; unknown IDs
 * give GMT, as the JDK does.
 */
package java.util;

import java.time.ZoneId;

public abstract class TimeZone implements java.io.Serializable, Cloneable {
    private static final long serialVersionUID = 3581463369166924961L;

    public static final int SHORT = 0;
    public static final int LONG = 1;

    private String id;
    private static TimeZone defaultZone;

    public TimeZone() {}

    public abstract int getOffset(int era, int year, int month, int day, int dayOfWeek, int milliseconds);

    public int getOffset(long date) {
        return getRawOffset();
    }

    public abstract void setRawOffset(int offsetMillis);

    public abstract int getRawOffset();

    public String getID() {
        return id;
    }

    public void setID(String id) {
        this.id = Objects.requireNonNull(id);
    }

    public final String getDisplayName() {
        return getDisplayName(false, LONG);
    }

    public String getDisplayName(boolean daylight, int style) {
        int raw = getRawOffset();
        if (raw == 0) {
            return style == SHORT ? "UTC" : "Coordinated Universal Time";
        }
        return "GMT" + Fixed.offsetText(raw);
    }

    public abstract boolean useDaylightTime();

    public abstract boolean inDaylightTime(Date date);

    public boolean observesDaylightTime() {
        return useDaylightTime();
    }

    public int getDSTSavings() {
        return 0;
    }

    public ZoneId toZoneId() {
        int raw = getRawOffset();
        return raw == 0 ? ZoneId.of("UTC") : java.time.ZoneOffset.ofTotalSeconds(raw / 1000);
    }

    public static synchronized TimeZone getTimeZone(String id) {
        if (id.equals("UTC") || id.equals("GMT") || id.equals("Etc/UTC") || id.equals("Etc/GMT") || id.equals("UCT") || id.equals("Z")) {
            return new Fixed(id, 0);
        }
        if (id.startsWith("GMT") && id.length() > 4 && (id.charAt(3) == '+' || id.charAt(3) == '-')) {
            try {
                String[] hm = id.substring(4).split(":");
                int h = Integer.parseInt(hm[0]);
                int m = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
                int raw = (h * 60 + m) * 60_000 * (id.charAt(3) == '-' ? -1 : 1);
                return new Fixed("GMT" + Fixed.offsetText(raw), raw);
            } catch (RuntimeException e) {
                return new Fixed("GMT", 0);
            }
        }
        return new Fixed("GMT", 0);
    }

    public static TimeZone getTimeZone(ZoneId zoneId) {
        return getTimeZone(zoneId.getId());
    }

    public static synchronized TimeZone getDefault() {
        if (defaultZone == null) {
            defaultZone = new Fixed("Etc/UTC", 0);
        }
        return (TimeZone) defaultZone.clone();
    }

    public static synchronized void setDefault(TimeZone zone) {
        defaultZone = zone;
    }

    public static String[] getAvailableIDs() {
        return new String[] {"Etc/UTC", "GMT", "UTC"};
    }

    public boolean hasSameRules(TimeZone other) {
        return other != null && getRawOffset() == other.getRawOffset();
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /** A zone with a constant offset and no daylight saving. */
    static final class Fixed extends TimeZone {
        private static final long serialVersionUID = 1L;
        private int raw;

        Fixed(String id, int raw) {
            setID(id);
            this.raw = raw;
        }

        static String offsetText(int raw) {
            int minutes = Math.abs(raw) / 60_000;
            return (raw < 0 ? "-" : "+") + String.format("%02d:%02d", minutes / 60, minutes % 60);
        }

        public int getOffset(int era, int year, int month, int day, int dayOfWeek, int milliseconds) {
            return raw;
        }

        public void setRawOffset(int offsetMillis) {
            raw = offsetMillis;
        }

        public int getRawOffset() {
            return raw;
        }

        public boolean useDaylightTime() {
            return false;
        }

        public boolean inDaylightTime(Date date) {
            return false;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Fixed && ((Fixed) o).raw == raw && ((Fixed) o).getID().equals(getID());
        }

        @Override
        public int hashCode() {
            return getID().hashCode() ^ raw;
        }

        @Override
        public String toString() {
            return "sun.util.calendar.ZoneInfo[id=\"" + getID() + "\",offset=" + raw + ",dstSavings=0,useDaylight=false,transitions=0,lastRule=null]";
        }
    }
}
