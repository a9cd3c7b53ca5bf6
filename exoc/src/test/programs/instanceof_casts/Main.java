// instanceof and checked casts over a class and interface hierarchy: subclass, superclass,
// sibling, interface implemented indirectly (through a superclass or a superinterface),
// null, pattern matching instanceof with && conditions, casts that succeed and casts that
// fail (class names only), and getClass() versus instanceof.
import java.util.ArrayList;
import java.util.List;

public class Main {
    interface Animal {}

    interface Pet extends Animal {}

    interface Loud {}

    static class Mammal implements Animal {}

    static class Dog extends Mammal implements Pet, Loud {}

    static class Puppy extends Dog {}

    static class Cat extends Mammal implements Pet {}

    static final class Rock {}

    static String classify(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Animal ? 'A' : '-');
        sb.append(o instanceof Pet ? 'P' : '-');
        sb.append(o instanceof Loud ? 'L' : '-');
        sb.append(o instanceof Mammal ? 'M' : '-');
        sb.append(o instanceof Dog ? 'D' : '-');
        sb.append(o instanceof Puppy ? 'p' : '-');
        sb.append(o instanceof Cat ? 'C' : '-');
        sb.append(o instanceof Rock ? 'R' : '-');
        sb.append(o instanceof Comparable ? 'c' : '-');
        sb.append(o instanceof CharSequence ? 's' : '-');
        sb.append(o instanceof Number ? 'n' : '-');
        return sb.toString();
    }

    static String describe(Object o) {
        if (o instanceof Integer i && i > 10) {
            return "big int " + (i + 1);
        } else if (o instanceof Integer i) {
            return "small int " + i;
        } else if (o instanceof String s && !s.isEmpty()) {
            return "string of " + s.length();
        } else if (o instanceof int[] arr) {
            return "int array " + arr.length;
        } else if (!(o instanceof Animal a)) {
            return "other " + (o == null ? "null" : o.getClass().getName());
        } else {
            return "animal " + a.getClass().getName();
        }
    }

    static String tryCast(Object o) {
        StringBuilder sb = new StringBuilder();
        try {
            Pet p = (Pet) o;
            sb.append("Pet ok;");
            Dog d = (Dog) p;
            sb.append("Dog ok;");
            Loud l = (Loud) d;
            sb.append("Loud ok;");
            Puppy pup = (Puppy) l;
            sb.append("Puppy ok");
        } catch (ClassCastException e) {
            sb.append("failed");
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        Object[] things = {new Mammal(), new Dog(), new Puppy(), new Cat(), new Rock(), "text", 42, 2.5, null, new StringBuilder("sb")};
        for (Object o : things) {
            System.out.println((o == null ? "null" : o.getClass().getName()) + " " + classify(o) + " | " + describe(o) + " | " + tryCast(o));
        }
        System.out.println(describe(5) + "; " + describe("") + "; " + describe(new int[3]) + "; " + describe(new long[1]));
        Mammal m = new Puppy();
        System.out.println((m.getClass() == Puppy.class) + " " + (m.getClass() == Dog.class) + " " + Dog.class.isInstance(m)
                + " " + Cat.class.isInstance(m) + " " + Animal.class.isInstance(m) + " " + (m.getClass().getSuperclass() == Dog.class));
        List<Animal> zoo = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            zoo.add(i % 3 == 0 ? new Cat() : i % 3 == 1 ? new Dog() : new Puppy());
        }
        int pets = 0, louds = 0, puppies = 0;
        for (Animal a : zoo) {
            if (a instanceof Pet) {
                pets++;
            }
            if (a instanceof Loud) {
                louds++;
            }
            if (a instanceof Puppy) {
                puppies++;
            }
        }
        System.out.println(pets + " " + louds + " " + puppies);
        Object s = "str";
        CharSequence cs = (CharSequence) s;
        Comparable<?> cmp = (Comparable<?>) s;
        System.out.println(cs.length() + " " + (cmp == s) + " " + (Object) cs.subSequence(1, 2));
        Object n = 3;
        System.out.println(((Number) n).doubleValue() + " " + ((Comparable<Integer>) n).compareTo(2));
        Object nothing = null;
        String stillNull = (String) nothing; // casting null always succeeds
        System.out.println(stillNull + " " + (nothing instanceof Object));
    }
}
