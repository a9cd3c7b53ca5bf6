// Bad input: several classes and members the core library lacks, and a superclass from the
// JDK's desktop modules; exoc must list them all in one error, with who uses each.
import java.util.function.IntSupplier;

public class Main extends java.awt.Point {
    static Object window() {
        return new javax.swing.JFrame();
    }

    public static void main(String[] args) throws Exception {
        System.out.println(new java.io.File("x").toURI());
        System.out.println(java.sql.Date.valueOf("2024-01-01"));
        IntSupplier s = () -> java.awt.Toolkit.getDefaultToolkit().getScreenResolution();
        System.out.println(s.getAsInt() + " " + window());
    }
}
