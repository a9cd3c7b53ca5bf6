// A JSON-like printer and parser: builds a document from LinkedHashMaps, ArrayLists, strings
// (with escapes), numbers, booleans and null; prints it compact and indented; parses the
// compact text back and checks that the round trip is equal.
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Main {
    static void write(Object v, StringBuilder sb, int indent, int level) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            quote(s, sb);
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(i++ == 0 ? "" : ",");
                newline(sb, indent, level + 1);
                quote((String) e.getKey(), sb);
                sb.append(indent > 0 ? ": " : ":");
                write(e.getValue(), sb, indent, level + 1);
            }
            if (!m.isEmpty()) {
                newline(sb, indent, level);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                newline(sb, indent, level + 1);
                write(l.get(i), sb, indent, level + 1);
            }
            if (!l.isEmpty()) {
                newline(sb, indent, level);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getName());
        }
    }

    static void newline(StringBuilder sb, int indent, int level) {
        if (indent > 0) {
            sb.append('\n').append(" ".repeat(indent * level));
        }
    }

    static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    static final class Reader {
        final String s;
        int p;

        Reader(String s) {
            this.s = s;
        }

        Object value() {
            char c = s.charAt(p);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                p++;
                while (s.charAt(p) != '}') {
                    String k = string();
                    p++; // ':'
                    m.put(k, value());
                    if (s.charAt(p) == ',') {
                        p++;
                    }
                }
                p++;
                return m;
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                p++;
                while (s.charAt(p) != ']') {
                    l.add(value());
                    if (s.charAt(p) == ',') {
                        p++;
                    }
                }
                p++;
                return l;
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("null", p)) {
                p += 4;
                return null;
            }
            if (s.startsWith("true", p) || s.startsWith("false", p)) {
                boolean b = c == 't';
                p += b ? 4 : 5;
                return b;
            }
            int start = p;
            while (p < s.length() && "-+.eE0123456789".indexOf(s.charAt(p)) >= 0) {
                p++;
            }
            String num = s.substring(start, p);
            if (num.contains(".") || num.contains("E")) {
                return Double.parseDouble(num);
            }
            long l = Long.parseLong(num);
            return l == (int) l ? (Object) (int) l : (Object) l;
        }

        String string() {
            StringBuilder sb = new StringBuilder();
            p++;
            while (s.charAt(p) != '"') {
                char c = s.charAt(p++);
                if (c == '\\') {
                    char e = s.charAt(p++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
                            p += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            p++;
            return sb.toString();
        }
    }

    public static void main(String[] args) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "Exo \"test\" document");
        doc.put("version", 3);
        doc.put("big", 1L << 40);
        doc.put("ratio", 0.75);
        doc.put("tiny", 1.5e-7);
        doc.put("enabled", true);
        doc.put("missing", null);
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", i);
            item.put("label", "item\t#" + i);
            item.put("tags", i % 2 == 0 ? List.of("even", "x" + i) : new ArrayList<>());
            items.add(item);
        }
        doc.put("items", items);
        doc.put("unicode", "caf\u00e9 \u2603\n");
        doc.put("empty", new LinkedHashMap<>());
        doc.put("nested", List.of(List.of(1, 2), List.of(List.of(3)), List.of()));
        StringBuilder compact = new StringBuilder();
        write(doc, compact, 0, 0);
        System.out.println(compact);
        StringBuilder pretty = new StringBuilder();
        write(doc, pretty, 2, 0);
        System.out.println(pretty);
        Object back = new Reader(compact.toString()).value();
        StringBuilder again = new StringBuilder();
        write(back, again, 0, 0);
        System.out.println("round trip equal: " + again.toString().equals(compact.toString()) + " " + back.equals(doc) + " length " + compact.length()
                + " hash " + compact.toString().hashCode());
        try {
            write(List.of(new Object[0]), new StringBuilder(), 0, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
