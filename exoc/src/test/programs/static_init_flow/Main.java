// Class initialisation (JVMS 5.5) where exoc drops checks across basic blocks (gen.InitChecks):
// each initialiser prints when it runs, so the order of the lines is the order of the
// initialisations. Covered: a first use inside a loop (runs on the first iteration, not
// before the loop, and not when the loop runs zero times); a use in one branch only, then
// after the join; a static field write as the first use; a subclass's use initialising its
// superclass; recursion during <clinit> (a class's own static method sees the half-initialised
// class); a use inside a try whose initialiser throws, then NoClassDefFoundError on the use
// after the handler and in a later loop iteration; a switch whose cases each use another class.
public class Main {
    static StringBuilder log = new StringBuilder();

    static void note(String s) {
        System.out.println(s);
    }

    static class InLoop {
        static int calls;
        static { note("InLoop init"); }
        static int next() { return ++calls; }
    }

    static class OneBranch {
        static int value = 7;
        static { note("OneBranch init"); }
    }

    static class Written {
        static int value;
        static { note("Written init, value " + value); }
    }

    static class Base {
        static int base = 1;
        static { note("Base init"); }
    }

    static class Derived extends Base {
        static int derived = 2;
        static { note("Derived init"); }
        static int sum() { return base + derived; }
    }

    static class Recursive {
        static int early = Recursive.peek();
        static int late = 40;
        static { note("Recursive init, early " + early + " late " + late); }
        static int peek() {
            note("peek during init sees late " + late + " and " + Helper.twice());
            return late + 1;
        }
    }

    static class Helper {
        static { note("Helper init"); }
        static int twice() { return Recursive.late * 2; }
    }

    static class Failing {
        static int value = boom();
        static { note("Failing init done"); }
        static int boom() {
            if (log != null) {
                throw new IllegalStateException("Failing cannot start");
            }
            return 1;
        }
    }

    static class CaseA { static { note("CaseA init"); } static int v = 1; }
    static class CaseB { static { note("CaseB init"); } static int v = 2; }

    static int loop(int n) {
        int sum = 0;
        note("loop " + n + " starts");
        for (int i = 0; i < n; i++) {
            note("iteration " + i);
            sum += InLoop.next();
        }
        note("loop " + n + " ends");
        return sum;
    }

    static int branch(boolean take) {
        int v = 0;
        if (take) {
            note("taking the branch");
            v = OneBranch.value;
        }
        note("after the branch");
        return v + OneBranch.value;
    }

    static void failing() {
        for (int pass = 0; pass < 3; pass++) {
            try {
                note("pass " + pass + " reads " + Failing.value);
            } catch (Throwable t) {
                note("pass " + pass + ": " + t.getClass().getName() + ": " + t.getMessage());
            }
        }
        try {
            Failing.value = 3;
        } catch (Throwable t) {
            note("write: " + t.getClass().getName() + ": " + t.getMessage());
        }
    }

    static int cases(int k) {
        int v = 0;
        switch (k) {
            case 0: v = CaseA.v; break;
            case 1: v = CaseB.v; break;
            default: v = -1;
        }
        return v + (k == 0 ? CaseA.v : 0);
    }

    public static void main(String[] args) {
        note("loop sum " + loop(0));
        note("loop sum " + loop(3));
        note("branch " + branch(false));
        note("branch " + branch(true));
        note("before write");
        Written.value = 5;
        note("written " + Written.value);
        note("derived sum " + Derived.sum() + " base " + Base.base);
        note("recursive " + Recursive.early + " " + Recursive.late);
        failing();
        for (int k = 2; k >= 0; k--) {
            note("case " + k + " gives " + cases(k));
        }
    }
}
