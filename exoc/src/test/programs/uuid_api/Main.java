// java.util.UUID: the canonical string form, fromString (short fields, upper case, the JDK's
// errors), version/variant/time fields, ordering and hashing, random UUIDs (their shape only:
// version 4, IETF variant, round trip through the string form, all different), and
// Long.parseLong over a CharSequence range, which fromString uses.
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

public class Main {
    public static void main(String[] args) {
        UUID a = new UUID(0x123e4567e89b12d3L, 0xa456426614174000L);
        System.out.println(a + " version " + a.version() + " variant " + a.variant() + " hash " + a.hashCode());
        System.out.println("time " + a.timestamp() + " clock " + a.clockSequence() + " node " + a.node());
        UUID zero = new UUID(0, 0);
        UUID max = new UUID(-1, -1);
        System.out.println(zero + " " + max + " " + zero.variant() + " " + max.variant());
        String[] inputs = {"123E4567-E89B-12D3-A456-426614174000", "1-2-3-4-5", "0-0-0-0-0", "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "123e4567-e89b-12d3-a456-4266141740001", "123e4567e89b12d3a456426614174000", "1-2-3-4", "1-2-3-4-5-6",
            "g-2-3-4-5", "-2-3-4-5", "1--3-4-5", "+1-2-3-4-5", "123456789-1-1-1-1"};
        for (String s : inputs) {
            try {
                UUID u = UUID.fromString(s);
                System.out.println(s + " -> " + u + " equal to itself parsed again: " + u.equals(UUID.fromString(u.toString())));
            } catch (IllegalArgumentException e) {
                System.out.println(s + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            zero.timestamp();
        } catch (UnsupportedOperationException e) {
            System.out.println("UnsupportedOperationException: " + e.getMessage());
        }
        List<UUID> list = new ArrayList<>(List.of(max, a, zero, new UUID(Long.MIN_VALUE, 5), new UUID(0, -1)));
        Collections.sort(list);
        System.out.println("sorted " + list);
        Set<UUID> seen = new HashSet<>();
        boolean shapes = true;
        for (int i = 0; i < 1000; i++) {
            UUID r = UUID.randomUUID();
            shapes &= r.version() == 4 && r.variant() == 2 && r.equals(UUID.fromString(r.toString()))
                    && r.toString().length() == 36;
            seen.add(r);
        }
        System.out.println("random: well formed " + shapes + ", distinct " + seen.size());
        System.out.println(Long.parseLong("xx-42yy", 2, 5, 10) + " " + Long.parseLong("ff", 0, 2, 16));
        for (String s : new String[] {"12a", "-", ""}) {
            try {
                Long.parseLong(s, 0, s.length(), 10);
            } catch (NumberFormatException e) {
                System.out.println("NumberFormatException: " + e.getMessage());
            }
        }
        try {
            Long.parseLong("123", 2, 5, 10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException");
        }
    }
}
