// Word types used the way kernel code uses addresses: in locals, fields, statics, loops,
// ternaries, interface and lambda calls, constructors that throw, and under GC pressure
// (a word field must not be traced as a pointer).
import java.util.ArrayList;
import java.util.List;

public class Main {
    interface Visitor {
        void visit(Addr a, long index);
    }

    static final class Region {
        final Addr start;
        final long pages;
        Region next;

        Region(Addr start, long pages) {
            this.start = start;
            this.pages = pages;
        }

        Addr end() {
            return start.plus(pages * Addr.PAGE);
        }
    }

    static Addr cursor = Addr.ZERO;

    static Addr bump(long bytes) {
        Addr a = cursor;
        cursor = cursor.plus(bytes);
        return a;
    }

    static void forEachPage(Addr from, Addr to, Visitor v) {
        long i = 0;
        for (Addr a = from.alignDown(); Long.compareUnsigned(a.raw(), to.raw()) < 0; a = a.plus(Addr.PAGE)) {
            v.visit(a, i++);
        }
    }

    static Addr max(Addr a, Addr b) {
        return Long.compareUnsigned(a.raw(), b.raw()) >= 0 ? a : b;
    }

    public static void main(String[] args) {
        Addr a = new Addr(0x12345);
        Addr b = Addr.of(0x12000);
        System.out.println(a + " aligned down " + a.alignDown() + ", equal to " + b + ": " + a.alignDown().equals(b));
        System.out.println("aligned: " + a.isPageAligned() + " " + b.isPageAligned() + ", hash " + a.hashCode());
        System.out.println("max " + max(a, b) + ", pages " + b.pagesTo(a.plus(0x3000)));
        System.out.println("page 3 starts at " + new Page(3).start() + ", next " + new Page(3).next().number());
        System.out.println("nested " + new Addr(new Addr(5).plus(6).raw() * 2));

        for (int i = 0; i < 3; i++) {
            System.out.println("bump -> " + bump(24 + i));
        }
        System.out.println("cursor " + cursor);

        StringBuilder visited = new StringBuilder();
        long[] sum = new long[1];
        Addr base = new Addr(0x40000);
        forEachPage(base.plus(100), base.plus(3 * Addr.PAGE + 1), (p, i) -> {
            visited.append(i).append(':').append(p).append(' ');
            sum[0] += p.raw() - base.raw();
        });
        System.out.println("visited " + visited + "sum " + sum[0]);

        Visitor printer = new Visitor() {
            @Override
            public void visit(Addr p, long index) {
                if (index == 1) {
                    System.out.println("anonymous visitor at " + p);
                }
            }
        };
        forEachPage(base, base.plus(2 * Addr.PAGE), printer);

        // Regions keep words in fields while the heap churns: the collector must treat them
        // as plain values (0xdead0000 is no object).
        Region head = null;
        for (int i = 0; i < 200; i++) {
            Region r = new Region(new Addr(0xdead0000L + (long) i * Addr.PAGE), i % 7 + 1);
            r.next = head;
            head = r;
            List<long[]> garbage = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                garbage.add(new long[64]);
            }
        }
        long pages = 0;
        Addr highest = Addr.ZERO;
        for (Region r = head; r != null; r = r.next) {
            pages += r.pages;
            highest = max(highest, r.end());
        }
        System.out.println("regions: " + pages + " pages, highest end " + highest);

        try {
            System.out.println(new Addr(0x5000).pagesTo(new Addr(0x1000)));
        } catch (IllegalArgumentException e) {
            System.out.println("caught: " + e.getMessage());
        }
        Addr kept = new Addr(0x777).self();
        try {
            new Page(-1).start();
        } catch (IllegalArgumentException e) {
            System.out.println("kept " + kept + " after " + e.getMessage());
        }
        switch ((int) (kept.raw() & 3)) {
            case 3:
                System.out.println("low bits 3, " + kept.self().plus(1));
                break;
            default:
                System.out.println("other");
        }
        System.out.println("made " + Addr.made + " addresses");
        Page bad = new Page(-2);
        System.out.println("not reached " + bad.number());
    }
}
