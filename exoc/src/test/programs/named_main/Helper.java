// Second class of the named_main program.
class Helper {
    static String describe(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (String a : args) {
            sb.append(a.isEmpty() ? '_' : a.charAt(0));
        }
        return sb.toString();
    }
}
