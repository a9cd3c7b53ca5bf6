/* A file's timestamp (Files.getLastModifiedTime), printed in ISO-8601 UTC as in the JDK. */
package java.nio.file.attribute;

public final class FileTime implements Comparable<FileTime> {
    private final long millis;

    private FileTime(long millis) {
        this.millis = millis;
    }

    public static FileTime fromMillis(long value) {
        return new FileTime(value);
    }

    public static FileTime from(java.time.Instant instant) {
        return new FileTime(instant.toEpochMilli());
    }

    public long toMillis() {
        return millis;
    }

    public java.time.Instant toInstant() {
        return java.time.Instant.ofEpochMilli(millis);
    }

    @Override
    public int compareTo(FileTime other) {
        return Long.compare(millis, other.millis);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FileTime && ((FileTime) obj).millis == millis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(millis);
    }

    @Override
    public String toString() {
        return toInstant().toString();
    }
}
