// A program whose main class is not called Main (the file `main` names Launcher) and whose
// arguments (file `args`) contain spaces, an empty string, non-ASCII text and numbers; it
// echoes and parses them.
public class Launcher {
    public static void main(String[] args) {
        System.out.println(args.length + " arguments");
        long sum = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            System.out.println(i + ": [" + a + "] length " + a.length() + " hash " + a.hashCode());
            try {
                sum += Long.parseLong(a.trim());
            } catch (NumberFormatException e) {
                System.out.println("   not a number: " + e.getMessage());
            }
        }
        System.out.println("sum of numbers " + sum + " via " + Helper.describe(args));
    }
}
