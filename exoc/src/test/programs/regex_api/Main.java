// java.util.regex through its API: Pattern/Matcher (find, groups, named groups, regions,
// replacement syntax, appendReplacement), String's regex methods, flags, and the JDK's errors.
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class Main {
    static void show(String label, Object o) {
        System.out.println(label + ": " + o);
    }

    static void findAll(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            StringBuilder sb = new StringBuilder(m.start() + "-" + m.end() + "'" + m.group() + "'");
            for (int g = 1; g <= m.groupCount(); g++) {
                sb.append(" g").append(g).append('=').append(m.group(g));
            }
            out.add(sb.toString());
        }
        show("find /" + regex + "/", out);
    }

    public static void main(String[] args) {
        findAll("\\d+", "a1b22c333");
        findAll("(\\w+)@(\\w+)\\.com", "mail bob@site.com, eve@corp.com; x@y.org");
        findAll("(a|b)*c", "ababc abc c");
        findAll("\\bthe\\b", "the other theme, the end");
        findAll("(?i)hello", "Hello HELLO hElLo");
        findAll("^\\s*(\\w+)\\s*=\\s*(.*?)\\s*$", "  key = some value  ");
        findAll("(?m)^#.*$", "# one\ncode\n# two\n");
        findAll("x*", "axxb");
        findAll("(?<=\\$)\\d+(\\.\\d\\d)?", "cost $12.50 or $7");
        findAll("(\\w)\\1", "aabbcd eee");
        findAll("[\\p{Lu}][\\p{Ll}]+", "Hello World from Émile");
        findAll("\\p{Punct}+", "a,b;c...d!?");

        Matcher dm = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})").matcher("due 2024-03-15, paid 2024-04-01");
        while (dm.find()) {
            show("date", dm.group("day") + "/" + dm.group("month") + "/" + dm.group("year") + " at " + dm.start("year"));
        }

        show("matches", Pattern.matches("[a-z]+\\d*", "abc123") + " " + "abc".matches("a.") + " " + "2024".matches("\\d{4}"));
        Matcher la = Pattern.compile("ab").matcher("abcab");
        show("lookingAt", la.lookingAt() + " " + la.end() + " " + la.matches());

        show("split", String.join("|", "a, b,,c , d".split("\\s*,\\s*")));
        show("split limit", String.join("|", "a:b:c:d".split(":", 2)) + " / " + "a:b::".split(":", -1).length + " / " + "a:b::".split(":").length);
        show("split empty", String.join("|", "abc".split("")) + " " + "".split(",").length);
        show("pattern split", String.join("|", Pattern.compile("\\d").split("a1b2c3")));
        show("replaceAll", "John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1"));
        show("replaceAll named", "2024-03-15".replaceAll("(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)", "${d}.${m}.${y}"));
        show("replaceFirst", "aaa".replaceFirst("a", "b") + " " + "x.y.z".replaceAll("\\.", "\\$"));
        show("quote", "1+1=2".replaceAll(Pattern.quote("1+1"), "two") + " " + Pattern.quote("a\\Eb"));
        show("quoteReplacement", "cost".replaceAll("cost", Matcher.quoteReplacement("$5\\")));
        show("replace fn", Pattern.compile("\\d+").matcher("a1b22c333").replaceAll(r -> String.valueOf(r.group().length())));

        Matcher ar = Pattern.compile("cat").matcher("one cat two cats in the yard");
        StringBuilder sb = new StringBuilder();
        while (ar.find()) {
            ar.appendReplacement(sb, "dog");
        }
        ar.appendTail(sb);
        show("appendReplacement", sb);

        Matcher rg = Pattern.compile("\\d").matcher("12345");
        rg.region(1, 3);
        List<String> inRegion = new ArrayList<>();
        while (rg.find()) {
            inRegion.add(rg.group());
        }
        show("region", inRegion + " " + rg.regionStart() + " " + rg.regionEnd());

        Matcher h = Pattern.compile("abc").matcher("xxab");
        show("hitEnd", h.find() + " " + h.hitEnd());
        MatchResult mr = Pattern.compile("(b)(c)?").matcher("abd").results().findFirst().get();
        show("results", mr.group() + " " + mr.group(2) + " " + mr.start(1));
        show("results count", Pattern.compile("o").matcher("foo boo").results().count());
        show("asPredicate", Pattern.compile("^\\d+$").asPredicate().test("123") + " " + Pattern.compile("\\d").asMatchPredicate().test("12"));
        show("flags", Pattern.compile("a.b", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher("A\nB").matches());
        show("comments", Pattern.compile("(?x) a b  # spaces ignored\n c").matcher("abc").matches());
        show("unicode case", Pattern.compile("é", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher("É").matches()
                + " " + Pattern.compile("é", Pattern.CASE_INSENSITIVE).matcher("É").matches());
        show("toString", Pattern.compile("a+").matcher("baa"));

        String[] bad = {"(abc", "a{2,1}", "[z-a]", "*x", "\\k<nope>", "(?<n>a)(?<n>b)", "x{", "\\p{Nope}"};
        for (String b : bad) {
            try {
                Pattern.compile(b);
                show("compiled", b);
            } catch (PatternSyntaxException e) {
                System.out.println("PatternSyntaxException: " + e.getMessage());
                show("  index", e.getIndex() + " " + e.getDescription());
            }
        }
        try {
            "abc".replaceAll("(b)", "$2");
        } catch (IndexOutOfBoundsException e) {
            show("bad group", e.getMessage());
        }
        try {
            "abc".replaceAll("b", "${x}");
        } catch (IllegalArgumentException e) {
            show("bad name", e.getMessage());
        }
        try {
            Pattern.compile("a").matcher("b").group();
        } catch (IllegalStateException e) {
            show("no match", e.getMessage());
        }
        // A pattern that backtracks exponentially in the JDK's matcher, on a short input.
        show("catastrophic", Pattern.compile("(a|aa)+b").matcher("a".repeat(28)).find());
        // A long input: no stack overflow.
        show("long", Pattern.compile("(?:ab)*").matcher("ab".repeat(50_000)).matches());
    }
}
