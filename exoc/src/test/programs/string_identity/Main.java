// String literal identity: equal literals in different classes are one object, compile-time
// constant expressions fold into literals, new String and runtime concatenation create new
// objects, and intern() returns the literal.
public class Main {
    static final String HEL = "hel";

    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        String c = new String("hello");
        String lo = "lo";
        String d = "hel" + lo; // runtime concatenation
        String e = HEL + "lo"; // constant expression
        System.out.println((a == b) + " " + (a == c) + " " + a.equals(c) + " " + (a == d) + " " + (a == e));
        System.out.println((a == Other.HELLO) + " " + (a == Other.helloLiteral()) + " " + (a == Other.concatenated())
                + " " + ("world" == Other.world));
        System.out.println((c.intern() == a) + " " + (d.intern() == a) + " " + (new String("fresh!").intern() == "fresh!"));
        String empty1 = "";
        String empty2 = new String();
        System.out.println((empty1 == "") + " " + (empty2 == "") + " " + empty2.isEmpty() + " " + empty1.equals(empty2));
        String s1 = String.valueOf(12);
        String s2 = String.valueOf(12);
        System.out.println((s1 == s2) + " " + s1.equals(s2) + " " + ("12" == s1.intern()));
        String sub = a.substring(0);
        System.out.println((sub == a) + " " + (a.substring(0, 5) == a) + " " + a.toString().equals(a));
        String[] arr = {"x", "y", "x"};
        System.out.println((arr[0] == arr[2]) + " " + (arr[0] == "x"));
        char[] chars = {'h', 'e', 'l', 'l', 'o'};
        String fromChars = new String(chars);
        chars[0] = 'j'; // the String keeps its own copy
        System.out.println(fromChars + " " + (fromChars == a) + " " + fromChars.equals(a) + " " + new String(chars));
        System.out.println(a.hashCode() + " " + c.hashCode() + " " + (a.hashCode() == d.hashCode()));
    }
}
