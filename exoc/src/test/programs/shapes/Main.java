// Classic polymorphism: an abstract Shape with area/perimeter, concrete shapes overriding
// them, an interface for scalable shapes with a default method, a visitor over the shapes,
// sorting by area, and printf output of the double results.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Main {
    interface Scalable<T extends Shape> {
        T scaled(double factor);

        default T doubled() {
            return scaled(2);
        }
    }

    interface Visitor<R> {
        R circle(Circle c);

        R rect(Rect r);

        R triangle(Triangle t);
    }

    abstract static class Shape {
        private static int nextId = 1;
        final int id = nextId++;

        abstract double area();

        abstract double perimeter();

        abstract <R> R accept(Visitor<R> v);

        String name() {
            return getClass().getSimpleName() + "#" + id;
        }

        @Override
        public String toString() {
            return String.format("%s[area=%.3f, perimeter=%.3f]", name(), area(), perimeter());
        }
    }

    static final class Circle extends Shape implements Scalable<Circle> {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        double area() {
            return Math.PI * r * r;
        }

        double perimeter() {
            return 2 * Math.PI * r;
        }

        public Circle scaled(double f) {
            return new Circle(r * f);
        }

        <R> R accept(Visitor<R> v) {
            return v.circle(this);
        }
    }

    static class Rect extends Shape implements Scalable<Rect> {
        final double w, h;

        Rect(double w, double h) {
            this.w = w;
            this.h = h;
        }

        double area() {
            return w * h;
        }

        double perimeter() {
            return 2 * (w + h);
        }

        public Rect scaled(double f) {
            return new Rect(w * f, h * f);
        }

        <R> R accept(Visitor<R> v) {
            return v.rect(this);
        }
    }

    static final class Square extends Rect {
        Square(double s) {
            super(s, s);
        }

        @Override
        String name() {
            return "Square(" + w + ")#" + id;
        }
    }

    static final class Triangle extends Shape {
        final double a, b, c;

        Triangle(double a, double b, double c) {
            this.a = a;
            this.b = b;
            this.c = c;
        }

        double area() {
            double s = (a + b + c) / 2;
            return Math.sqrt(s * (s - a) * (s - b) * (s - c));
        }

        double perimeter() {
            return a + b + c;
        }

        <R> R accept(Visitor<R> v) {
            return v.triangle(this);
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1.5));
        shapes.add(new Rect(2, 3.5));
        shapes.add(new Square(2.5));
        shapes.add(new Triangle(3, 4, 5));
        shapes.add(new Circle(0.5).doubled());
        shapes.add(new Rect(1, 1).scaled(3));
        shapes.add(new Triangle(2, 2, 2));
        for (Shape s : shapes) {
            System.out.println(s);
        }
        shapes.sort(Comparator.comparingDouble(Shape::area).thenComparing(Shape::name));
        StringBuilder sb = new StringBuilder();
        for (Shape s : shapes) {
            sb.append(s.name()).append(' ');
        }
        System.out.println(sb.toString().trim());
        Visitor<String> describe = new Visitor<>() {
            public String circle(Circle c) {
                return "circle r=" + c.r;
            }

            public String rect(Rect r) {
                return (r instanceof Square ? "square " : "rect ") + r.w + "x" + r.h;
            }

            public String triangle(Triangle t) {
                return "triangle " + t.a + "/" + t.b + "/" + t.c;
            }
        };
        Visitor<Integer> corners = new Visitor<>() {
            public Integer circle(Circle c) {
                return 0;
            }

            public Integer rect(Rect r) {
                return 4;
            }

            public Integer triangle(Triangle t) {
                return 3;
            }
        };
        int totalCorners = 0;
        double totalArea = 0, totalPerimeter = 0;
        for (Shape s : shapes) {
            System.out.println(s.accept(describe));
            totalCorners += s.accept(corners);
            totalArea += s.area();
            totalPerimeter += s.perimeter();
        }
        System.out.printf("corners %d, total area %.6f, mean perimeter %.6f%n", totalCorners, totalArea, totalPerimeter / shapes.size());
    }
}
