// An uncaught NullPointerException from a field access on a null reference inside a linked
// list walk (no helpful message: the harness runs the JVM with
// -XX:-ShowCodeDetailsInExceptionMessages).
public class Main {
    static class Link {
        int value;
        Link next;

        Link(int value, Link next) {
            this.value = value;
            this.next = next;
        }
    }

    static int sumFirst(Link head, int n) {
        int s = 0;
        Link cur = head;
        for (int i = 0; i < n; i++) {
            s += cur.value;
            cur = cur.next;
        }
        return s;
    }

    public static void main(String[] args) {
        Link list = null;
        for (int i = 5; i > 0; i--) {
            list = new Link(i, list);
        }
        System.out.println(sumFirst(list, 3));
        System.out.println(sumFirst(list, 5));
        System.out.println(sumFirst(list, 6));
    }
}
