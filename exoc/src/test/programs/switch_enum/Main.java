// switch over enums declared in other classes (javac's synthetic $SwitchMap tables), with
// default branches, fall-through, switch expressions covering every constant, nested enum
// switches, and a state machine driven by an enum.
public class Main {
    enum State { IDLE, RUNNING, PAUSED, STOPPED }

    enum Event { START, PAUSE, RESUME, STOP, RESET }

    static State next(State s, Event e) {
        switch (s) {
            case IDLE:
                return e == Event.START ? State.RUNNING : s;
            case RUNNING:
                switch (e) {
                    case PAUSE: return State.PAUSED;
                    case STOP: return State.STOPPED;
                    default: return s;
                }
            case PAUSED:
                return switch (e) {
                    case RESUME -> State.RUNNING;
                    case STOP -> State.STOPPED;
                    default -> s;
                };
            default:
                return e == Event.RESET ? State.IDLE : s;
        }
    }

    static int weight(Planet p) {
        int w = 0;
        switch (p) {
            case MERCURY:
            case VENUS:
                w += 1;
            case EARTH:
                w += 10;
                break;
            case MARS:
                w += 100;
                break;
            default:
                w = -1;
        }
        return w;
    }

    static String kind(Planet p) {
        return switch (p) {
            case MERCURY, VENUS, EARTH, MARS -> "rocky";
            case JUPITER, SATURN -> "gas giant";
            case URANUS, NEPTUNE -> "ice giant";
        };
    }

    public static void main(String[] args) {
        State s = State.IDLE;
        StringBuilder sb = new StringBuilder(s.name());
        Event[] script = {Event.PAUSE, Event.START, Event.PAUSE, Event.START, Event.RESUME, Event.STOP, Event.START, Event.RESET, Event.START};
        for (Event e : script) {
            s = next(s, e);
            sb.append(" -").append(e.name().toLowerCase()).append("-> ").append(s);
        }
        System.out.println(sb);
        for (Planet p : Planet.values()) {
            System.out.println(p + " " + weight(p) + " " + kind(p) + " " + String.format("%.3e", p.surfaceGravity()));
        }
    }
}
