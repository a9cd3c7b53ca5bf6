// ArrayDeque as a stack (push/pop/peek) and as a queue (offer/poll), both ends, iteration and
// descendingIterator, growth past the initial capacity; PriorityQueue with natural order and
// with comparators (by length then alphabetically, reversed), drained with poll; the
// NoSuchElementException from an empty deque; and a sliding-window maximum with a deque.
import java.util.*;

public class Main {
    public static void main(String[] args) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < 10; i++) {
            stack.push(i * i);
        }
        System.out.println(stack + " peek=" + stack.peek());
        StringBuilder sb = new StringBuilder();
        while (!stack.isEmpty()) {
            sb.append(stack.pop()).append(' ');
        }
        System.out.println(sb + "| " + stack.peek() + " " + stack.poll());
        try {
            stack.pop();
        } catch (NoSuchElementException e) {
            System.out.println("empty pop " + e.getClass().getName());
        }
        ArrayDeque<String> q = new ArrayDeque<>(2);
        for (int i = 0; i < 40; i++) {
            q.offer("q" + i);
            if (i % 3 == 0) {
                q.poll();
            }
        }
        q.offerFirst("front");
        q.addLast("back");
        System.out.println(q.size() + " " + q.peekFirst() + " " + q.peekLast() + " " + q);
        Iterator<String> desc = q.descendingIterator();
        sb.setLength(0);
        for (int i = 0; i < 5 && desc.hasNext(); i++) {
            sb.append(desc.next()).append(',');
        }
        System.out.println(sb + " " + q.pollLast() + " " + q.removeFirst() + " " + q.contains("q39") + " " + q.contains("q20"));

        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int x = 17;
        for (int i = 0; i < 25; i++) {
            x = (x * 31 + 7) % 101;
            pq.add(x);
        }
        sb.setLength(0);
        while (!pq.isEmpty()) {
            sb.append(pq.poll()).append(' ');
        }
        System.out.println(sb);
        PriorityQueue<String> byLen = new PriorityQueue<>((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        Collections.addAll(byLen, "pear", "fig", "banana", "kiwi", "apple", "date", "plum", "cherry", "a");
        sb.setLength(0);
        System.out.print(byLen.peek() + " " + byLen.size() + ": ");
        while (!byLen.isEmpty()) {
            sb.append(byLen.poll()).append(' ');
        }
        System.out.println(sb);
        PriorityQueue<int[]> tasks = new PriorityQueue<>(Comparator.comparingInt((int[] t) -> t[0]).reversed().thenComparingInt(t -> t[1]));
        for (int i = 0; i < 12; i++) {
            tasks.offer(new int[] {i % 4, i});
        }
        sb.setLength(0);
        while (!tasks.isEmpty()) {
            int[] t = tasks.poll();
            sb.append(t[0]).append(':').append(t[1]).append(' ');
        }
        System.out.println(sb);
        PriorityQueue<Integer> maxHeap = new PriorityQueue<>(Collections.reverseOrder());
        for (int i = 0; i < 1000; i++) {
            maxHeap.add((i * 7907) % 1009);
            if (maxHeap.size() > 5) {
                maxHeap.poll();
            }
        }
        sb.setLength(0);
        while (!maxHeap.isEmpty()) {
            sb.append(maxHeap.poll()).append(' ');
        }
        System.out.println("five smallest (reverse) " + sb);

        int[] data = {1, 3, -1, -3, 5, 3, 6, 7, 2, 9, 0, 4, 4, 1};
        int k = 3;
        Deque<Integer> win = new ArrayDeque<>();
        List<Integer> maxima = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            while (!win.isEmpty() && win.peekFirst() <= i - k) {
                win.pollFirst();
            }
            while (!win.isEmpty() && data[win.peekLast()] <= data[i]) {
                win.pollLast();
            }
            win.offerLast(i);
            if (i >= k - 1) {
                maxima.add(data[win.peekFirst()]);
            }
        }
        System.out.println("window maxima " + maxima);
    }
}
