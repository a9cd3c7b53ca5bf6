/*
 * A time zone. The core library has no time-zone database: UTC (and its aliases), fixed
 * offsets ("+02:00") and the system default (Etc/UTC, as the machines the tests run on) are
 * known; other region names are a DateTimeException.
 */
package java.time;

public abstract class ZoneId implements java.io.Serializable {
    private static final long serialVersionUID = 8352817235686L;

    ZoneId() {}

    public static ZoneId systemDefault() {
        return ZoneRegion.SYSTEM;
    }

    public static ZoneId of(String zoneId) {
        if (zoneId.equals("Z") || zoneId.startsWith("+") || zoneId.startsWith("-")) {
            return ZoneOffset.of(zoneId);
        }
        switch (zoneId) {
            case "UTC": case "GMT": case "UT": case "Etc/UTC": case "Etc/GMT": case "Etc/UCT": case "UCT": case "Universal":
            case "Zulu": case "Etc/Universal": case "Etc/Zulu": case "Greenwich": case "Etc/Greenwich":
                return new ZoneRegion(zoneId);
            default:
                throw new DateTimeException("Unknown time-zone ID: " + zoneId + " (the exo core library knows UTC and fixed offsets only)");
        }
    }

    public abstract String getId();

    /** The offset of this zone (always the same: no daylight saving rules are known). */
    abstract ZoneOffset offset();

    public ZoneId normalized() {
        return offset();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ZoneId && getId().equals(((ZoneId) obj).getId());
    }

    @Override
    public int hashCode() {
        return getId().hashCode();
    }

    @Override
    public String toString() {
        return getId();
    }

    /** A named zone whose offset is UTC's. */
    static final class ZoneRegion extends ZoneId {
        private static final long serialVersionUID = 8386373296231747096L;
        static final ZoneRegion SYSTEM = new ZoneRegion("Etc/UTC");
        private final String id;

        ZoneRegion(String id) {
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        ZoneOffset offset() {
            return ZoneOffset.UTC;
        }
    }
}
