// Enums: values(), valueOf (including the IllegalArgumentException message), ordinal, name,
// compareTo, switch over an enum (javac's $SwitchMap), switch expressions, enums as
// TreeMap keys and in arrays, equals/==.
import java.util.TreeMap;

enum Color { RED, GREEN, BLUE, YELLOW }

enum Direction {
    NORTH, EAST, SOUTH, WEST;

    Direction turnRight() {
        return values()[(ordinal() + 1) % values().length];
    }

    Direction opposite() {
        return switch (this) {
            case NORTH -> SOUTH;
            case SOUTH -> NORTH;
            case EAST -> WEST;
            case WEST -> EAST;
        };
    }
}

public class Main {
    static String mood(Color c) {
        switch (c) {
            case RED:
                return "angry";
            case GREEN:
            case BLUE:
                return "calm";
            default:
                return "other";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + mood(c) + " "
                    + c.compareTo(Color.GREEN) + " " + c.getDeclaringClass().getName());
        }
        System.out.println(Color.valueOf("BLUE") == Color.BLUE);
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Enum.valueOf(Color.class, "red");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Direction d = Direction.NORTH;
        StringBuilder walk = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            walk.append(d).append("/").append(d.opposite()).append(' ');
            d = d.turnRight();
        }
        System.out.println(walk.toString().trim());
        Color[] values = Color.values();
        values[0] = Color.YELLOW; // a fresh copy each time
        System.out.println(values[0] + " " + Color.values()[0]);
        TreeMap<Color, Integer> counts = new TreeMap<>();
        String text = "BLUE RED BLUE YELLOW BLUE RED";
        for (String w : text.split(" ")) {
            counts.merge(Color.valueOf(w), 1, Integer::sum);
        }
        System.out.println(counts);
        Object o = Color.RED;
        System.out.println((o instanceof Enum) + " " + (o instanceof Comparable) + " " + Color.RED.equals(o));
        Enum<?> e = Direction.WEST;
        System.out.println(e.name() + e.ordinal());
    }
}
