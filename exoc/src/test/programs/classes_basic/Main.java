// Classes, abstract classes and interfaces with default and static methods: virtual dispatch,
// super calls, overloading versus overriding, fields hidden by subclasses, protected access.
import java.util.ArrayList;
import java.util.List;

interface Named {
    String name();

    default String greet() {
        return "Hello from " + name();
    }

    static String shout(Named n) {
        return n.name().toUpperCase() + "!";
    }
}

interface Sized {
    int size();

    default boolean isBig() {
        return size() > 10;
    }
}

abstract class Animal implements Named, Sized {
    protected final String name;
    String kind = "animal";
    private static int created;

    Animal(String name) {
        this.name = name;
        created++;
    }

    public String name() {
        return name;
    }

    abstract String sound();

    String describe() {
        return name + " the " + kind + " says " + sound() + " (size " + size() + ")";
    }

    static int created() {
        return created;
    }
}

class Dog extends Animal {
    String kind = "dog"; // hides Animal.kind

    Dog(String name) {
        super(name);
    }

    String sound() {
        return "woof";
    }

    public int size() {
        return 12;
    }

    String kinds() {
        return kind + "/" + super.kind + "/" + ((Animal) this).kind;
    }
}

class Puppy extends Dog {
    Puppy(String name) {
        super(name + " jr.");
    }

    @Override
    String sound() {
        return "yip (not " + super.sound() + ")";
    }

    @Override
    public int size() {
        return 3;
    }

    @Override
    public String greet() {
        return "Tiny " + Sized.class.getName().length() + " " + super.greet();
    }
}

class Cat extends Animal {
    private int lives = 9;

    Cat(String name) {
        super(name);
        kind = "cat";
    }

    String sound() {
        return lives > 5 ? "meow" : "hiss";
    }

    public int size() {
        return lives;
    }

    void loseLife() {
        lives--;
    }
}

public class Main {
    static String over(Object o) { return "Object"; }
    static String over(String s) { return "String"; }
    static String over(Integer i) { return "Integer"; }
    static String over(long l) { return "long"; }
    static String over(int i) { return "int"; }

    public static void main(String[] args) {
        List<Animal> zoo = new ArrayList<>();
        zoo.add(new Dog("Rex"));
        zoo.add(new Cat("Tom"));
        zoo.add(new Puppy("Rex"));
        for (Animal a : zoo) {
            System.out.println(a.describe());
            System.out.println("  " + a.greet() + " | " + Named.shout(a) + " | big=" + a.isBig());
        }
        Cat tom = (Cat) zoo.get(1);
        for (int i = 0; i < 5; i++) {
            tom.loseLife();
        }
        System.out.println(tom.describe());
        System.out.println(((Dog) zoo.get(0)).kinds());
        System.out.println("created " + Animal.created());
        short sh = 3;
        char ch = 'c';
        System.out.println(over("s") + " " + over(1) + " " + over(1L) + " " + over(sh) + " " + over(ch)
                + " " + over(Integer.valueOf(4)) + " " + over((Object) "x") + " " + over(2.5));
    }
}
