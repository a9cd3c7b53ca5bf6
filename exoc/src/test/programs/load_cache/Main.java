/*
 * exoc reuses a field or reference-array element loaded earlier in the same basic block
 * (gen.LoadCache) until something may have written it. Each case here writes the location
 * between two loads in a way the cache must see (an alias, a call, a class initialiser, an
 * aastore through another array variable, a store to the local holding the object), or
 * throws in the middle of a block, and prints what Java says it reads.
 */
public class Main {
    static class Body {
        double x, vx, mass = 1.0;
        long id;
        Body next;
        Body(long id) { this.id = id; }
    }

    static class Base { static int shared = 1; int plain = 10; }
    static class Sub extends Base { int own = 20; }

    static class Late {
        static int counter = 0;
        static { Holder.value = 99; counter++; }
        static int touch() { return counter; }
    }
    static class Holder { static int value = 5; }

    Body[] bodies;
    int count;

    // A write through another reference to the same object.
    static int aliasWrite(Body a, Body b) {
        double before = a.x;
        b.x = before + 1;
        double after = a.x;
        return (int) (before * 100 + after);
    }

    // The same element of the same array, written through a second array variable.
    static String elementAlias(Body[] one, Object[] two, Body other) {
        Body first = one[1];
        two[1] = other;
        Body second = one[1];
        return first.id + "->" + second.id;
    }

    // A call between two loads that changes the field.
    int callBetween() {
        int a = count;
        bump();
        int b = count;
        return a * 10 + b;
    }

    void bump() { count++; }

    // A static field written by a class initialiser that runs between two loads.
    static int initBetween() {
        int before = Holder.value;
        int c = Late.touch();
        int after = Holder.value;
        return before * 1000 + after * 10 + c;
    }

    // The local holding the object is reassigned between two loads of the same field.
    static long localStore(Body p, Body q) {
        Body cur = p;
        long a = cur.id;
        cur = q;
        long b = cur.id;
        return a * 100 + b;
    }

    // One static field through two owner names (Sub.shared is Base.shared).
    static int staticViaSubclass() {
        int a = Sub.shared;
        Base.shared = a + 7;
        return Sub.shared;
    }

    // n-body's pattern: compound assignments through this.bodies[i] (dup, getfield, putfield).
    void advance(double dt) {
        for (int i = 0; i < bodies.length; ++i) {
            for (int j = i + 1; j < bodies.length; ++j) {
                double dx = bodies[i].x - bodies[j].x;
                double mag = dt / (dx * dx + 1.0);
                bodies[i].vx -= dx * bodies[j].mass * mag;
                bodies[j].vx += dx * bodies[i].mass * mag;
                bodies[i].mass += 0.001;   // read again below: must see the new value
                bodies[j].vx += bodies[i].mass;
            }
        }
        for (Body b : bodies) {
            b.x += dt * b.vx;
        }
    }

    // The element replaced in the middle of a block: later loads see the new object.
    void replaceMidBlock() {
        Body old = bodies[2];
        bodies[2] = new Body(77);
        System.out.println("replaced " + old.id + " with " + bodies[2].id + ", next " + bodies[2].next);
    }

    // Exceptions in the middle of a block: the first load passes, a later one throws.
    void throwsMidBlock(int k) {
        double s = bodies[0].x;
        try {
            s += bodies[k].x;   // k out of range
            System.out.println("no exception " + s);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        Body chain = bodies[0];
        try {
            long a = chain.id;
            long b = chain.next.id;   // next is null
            System.out.println("no NPE " + a + b);
        } catch (NullPointerException e) {
            System.out.println("caught NPE after reading id " + chain.id);
        }
    }

    public static void main(String[] args) {
        Body a = new Body(1);
        a.x = 3;
        System.out.println("alias " + aliasWrite(a, a) + " " + aliasWrite(a, new Body(2)));
        Body[] arr = { new Body(10), new Body(11), new Body(12) };
        System.out.println("element " + elementAlias(arr, arr, new Body(42)));
        Main m = new Main();
        System.out.println("call " + m.callBetween() + " " + m.callBetween());
        System.out.println("init " + initBetween() + " " + initBetween());
        System.out.println("local " + localStore(new Body(3), new Body(4)));
        System.out.println("static " + staticViaSubclass() + " " + new Sub().plain + " " + new Sub().own);
        m.bodies = new Body[5];
        for (int i = 0; i < 5; i++) {
            m.bodies[i] = new Body(i);
            m.bodies[i].x = i * 1.5;
            m.bodies[i].vx = -i;
        }
        for (int step = 0; step < 1000; step++) {
            m.advance(0.01);
        }
        for (Body b : m.bodies) {
            System.out.printf("%d %.9f %.9f %.9f%n", b.id, b.x, b.vx, b.mass);
        }
        m.replaceMidBlock();
        m.throwsMidBlock(1);
        m.throwsMidBlock(7);
        m.throwsMidBlock(-1);
        m.bodies[3] = null;
        m.advance(0.01);   // NullPointerException from bodies[3].x, uncaught: trace and status
    }
}
