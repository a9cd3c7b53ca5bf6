/*
 * Sorting algorithms behind Arrays.sort (and so List.sort and Collections.sort).
 * Primitives: introsort (median-of-three quicksort, insertion sort for short ranges, heapsort
 * when recursion gets deep); floats and doubles first move NaNs to the end and afterwards put
 * -0.0 before 0.0, which gives the JDK's total order. Objects: a stable sort. Ranges under 32
 * elements take exactly the JDK's TimSort path for short arrays (find the leading run, reverse
 * it if descending, binary insertion sort), so even a comparator with side effects sees the
 * same calls; longer ranges use a natural merge sort (same result, other call sequence).
 */
package java.util;

final class ArraysSort {
    private ArraysSort() {
    }

    private static final int INSERTION_LIMIT = 24;
    private static final int MIN_MERGE = 32;

    static void checkRange(int length, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
        if (fromIndex < 0) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + fromIndex);
        }
        if (toIndex > length) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + toIndex);
        }
    }

    private static int depthLimit(int n) {
        return 2 * (32 - Integer.numberOfLeadingZeros(n));
    }

    // ---- int ----

    static void sort(int[] a, int lo, int hi) {
        sort(a, lo, hi - 1, depthLimit(hi - lo));
    }

    /** Sorts a[lo..hi] (inclusive bounds). */
    private static void sort(int[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (--depth < 0) {
                heapSort(a, lo, hi);
                return;
            }
            int p = partition(a, lo, hi);
            // recurse into the smaller side, loop on the larger one
            if (p - lo < hi - p) {
                sort(a, lo, p - 1, depth);
                lo = p + 1;
            } else {
                sort(a, p + 1, hi, depth);
                hi = p - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Median-of-three pivot to a[hi]; returns the pivot's final index. */
    private static int partition(int[] a, int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] < a[lo]) {
            swap(a, mid, lo);
        }
        if (a[hi] < a[lo]) {
            swap(a, hi, lo);
        }
        if (a[mid] < a[hi]) {
            swap(a, mid, hi);
        }
        int pivot = a[hi];
        int i = lo - 1;
        int j = hi;
        while (true) {
            while (a[++i] < pivot) {
                // scan right
            }
            while (j > lo && pivot < a[--j]) {
                // scan left
            }
            if (i >= j) {
                break;
            }
            swap(a, i, j);
        }
        swap(a, i, hi);
        return i;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void heapSort(int[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(int[] a, int lo, int i, int n) {
        int x = a[lo + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[lo + child] < a[lo + child + 1]) {
                child++;
            }
            if (a[lo + child] <= x) {
                break;
            }
            a[lo + i] = a[lo + child];
            i = child;
        }
        a[lo + i] = x;
    }

    // ---- long ----

    static void sort(long[] a, int lo, int hi) {
        sort(a, lo, hi - 1, depthLimit(hi - lo));
    }

    private static void sort(long[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (--depth < 0) {
                heapSort(a, lo, hi);
                return;
            }
            int p = partition(a, lo, hi);
            if (p - lo < hi - p) {
                sort(a, lo, p - 1, depth);
                lo = p + 1;
            } else {
                sort(a, p + 1, hi, depth);
                hi = p - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static int partition(long[] a, int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] < a[lo]) {
            swap(a, mid, lo);
        }
        if (a[hi] < a[lo]) {
            swap(a, hi, lo);
        }
        if (a[mid] < a[hi]) {
            swap(a, mid, hi);
        }
        long pivot = a[hi];
        int i = lo - 1;
        int j = hi;
        while (true) {
            while (a[++i] < pivot) {
                // scan right
            }
            while (j > lo && pivot < a[--j]) {
                // scan left
            }
            if (i >= j) {
                break;
            }
            swap(a, i, j);
        }
        swap(a, i, hi);
        return i;
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void heapSort(long[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(long[] a, int lo, int i, int n) {
        long x = a[lo + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[lo + child] < a[lo + child + 1]) {
                child++;
            }
            if (a[lo + child] <= x) {
                break;
            }
            a[lo + i] = a[lo + child];
            i = child;
        }
        a[lo + i] = x;
    }

    // ---- double and float: NaNs last, -0.0 before 0.0 ----

    static void sort(double[] a, int lo, int hi) {
        // move NaNs to the end; they stay out of the comparisons below
        int end = hi;
        for (int i = hi - 1; i >= lo; i--) {
            double x = a[i];
            if (x != x) {
                a[i] = a[--end];
                a[end] = x;
            }
        }
        sort(a, lo, end - 1, depthLimit(end - lo));
        fixZeros(a, lo, end);
    }

    /** After sorting with <, the zeros form one run; rewrite it negative zeros first. */
    private static void fixZeros(double[] a, int lo, int end) {
        int first = lo;
        while (first < end && a[first] < 0.0) {
            first++;
        }
        int negatives = 0;
        int last = first;
        while (last < end && a[last] == 0.0) {
            if (Double.doubleToRawLongBits(a[last]) < 0) {
                negatives++;
            }
            last++;
        }
        for (int i = first; i < last; i++) {
            a[i] = (i < first + negatives) ? -0.0 : 0.0;
        }
    }

    private static void sort(double[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (--depth < 0) {
                heapSort(a, lo, hi);
                return;
            }
            int p = partition(a, lo, hi);
            if (p - lo < hi - p) {
                sort(a, lo, p - 1, depth);
                lo = p + 1;
            } else {
                sort(a, p + 1, hi, depth);
                hi = p - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double x = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static int partition(double[] a, int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] < a[lo]) {
            swap(a, mid, lo);
        }
        if (a[hi] < a[lo]) {
            swap(a, hi, lo);
        }
        if (a[mid] < a[hi]) {
            swap(a, mid, hi);
        }
        double pivot = a[hi];
        int i = lo - 1;
        int j = hi;
        while (true) {
            while (a[++i] < pivot) {
                // scan right
            }
            while (j > lo && pivot < a[--j]) {
                // scan left
            }
            if (i >= j) {
                break;
            }
            swap(a, i, j);
        }
        swap(a, i, hi);
        return i;
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void heapSort(double[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(double[] a, int lo, int i, int n) {
        double x = a[lo + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[lo + child] < a[lo + child + 1]) {
                child++;
            }
            if (a[lo + child] <= x) {
                break;
            }
            a[lo + i] = a[lo + child];
            i = child;
        }
        a[lo + i] = x;
    }

    /** Floats go through double, which orders every float value the same way. */
    static void sort(float[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = a[lo + i];
        }
        sort(d, 0, n);
        for (int i = 0; i < n; i++) {
            a[lo + i] = (float) d[i];
        }
    }

    // ---- small integral types: counting sort for long ranges ----

    static void sort(byte[] a, int lo, int hi) {
        if (hi - lo < 64) {
            for (int i = lo + 1; i < hi; i++) {
                byte x = a[i];
                int j = i - 1;
                while (j >= lo && a[j] > x) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int[] count = new int[256];
        for (int i = lo; i < hi; i++) {
            count[a[i] + 128]++;
        }
        int k = lo;
        for (int v = 0; v < 256; v++) {
            for (int c = count[v]; c > 0; c--) {
                a[k++] = (byte) (v - 128);
            }
        }
    }

    static void sort(short[] a, int lo, int hi) {
        if (hi - lo < 1024) {
            int[] t = new int[hi - lo];
            for (int i = lo; i < hi; i++) {
                t[i - lo] = a[i];
            }
            sort(t, 0, t.length);
            for (int i = lo; i < hi; i++) {
                a[i] = (short) t[i - lo];
            }
            return;
        }
        int[] count = new int[65536];
        for (int i = lo; i < hi; i++) {
            count[a[i] + 32768]++;
        }
        int k = lo;
        for (int v = 0; v < 65536; v++) {
            for (int c = count[v]; c > 0; c--) {
                a[k++] = (short) (v - 32768);
            }
        }
    }

    static void sort(char[] a, int lo, int hi) {
        if (hi - lo < 1024) {
            int[] t = new int[hi - lo];
            for (int i = lo; i < hi; i++) {
                t[i - lo] = a[i];
            }
            sort(t, 0, t.length);
            for (int i = lo; i < hi; i++) {
                a[i] = (char) t[i - lo];
            }
            return;
        }
        int[] count = new int[65536];
        for (int i = lo; i < hi; i++) {
            count[a[i]]++;
        }
        int k = lo;
        for (int v = 0; v < 65536; v++) {
            for (int c = count[v]; c > 0; c--) {
                a[k++] = (char) v;
            }
        }
    }

    // ---- objects (stable) ----

    /**
     * Natural ordering as the JDK's short-array path applies it: the left operand is cast to
     * Comparable, and a null one fails with the message HotSpot gives for the JDK's variable
     * (a[runHi] while scanning the first run, pivot in the insertion sort).
     */
    private static final class NaturalOrder implements Comparator<Object> {
        static final NaturalOrder RUN = new NaturalOrder("a[runHi]");
        static final NaturalOrder PIVOT = new NaturalOrder("pivot");

        private final String variable;

        private NaturalOrder(String variable) {
            this.variable = variable;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public int compare(Object x, Object y) {
            Comparable cx = (Comparable) x;
            if (cx == null) {
                throw new NullPointerException("Cannot invoke \"java.lang.Comparable.compareTo(Object)\" because \""
                        + variable + "\" is null");
            }
            return cx.compareTo(y);
        }
    }

    /** c == null means natural ordering (elements cast to Comparable). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> void sort(T[] a, int lo, int hi, Comparator<? super T> c) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        if (n < MIN_MERGE) {
            int runLen = countRunAndMakeAscending(a, lo, hi, c == null ? (Comparator) NaturalOrder.RUN : c);
            binarySort(a, lo, hi, lo + runLen, c == null ? (Comparator) NaturalOrder.PIVOT : c);
            return;
        }
        if (c == null) {
            c = (Comparator) Comparators.NaturalOrderComparator.INSTANCE;
        }
        Object[] work = new Object[n];
        mergeSort(a, lo, hi, c, work);
    }

    /** Length of the run at lo; a strictly descending run is reversed in place. */
    private static <T> int countRunAndMakeAscending(T[] a, int lo, int hi, Comparator<? super T> c) {
        int runHi = lo + 1;
        if (runHi == hi) {
            return 1;
        }
        if (c.compare(a[runHi++], a[lo]) < 0) {
            while (runHi < hi && c.compare(a[runHi], a[runHi - 1]) < 0) {
                runHi++;
            }
            reverseRange(a, lo, runHi);
        } else {
            while (runHi < hi && c.compare(a[runHi], a[runHi - 1]) >= 0) {
                runHi++;
            }
        }
        return runHi - lo;
    }

    private static void reverseRange(Object[] a, int lo, int hi) {
        hi--;
        while (lo < hi) {
            Object t = a[lo];
            a[lo++] = a[hi];
            a[hi--] = t;
        }
    }

    /** Insertion sort of a[lo, hi) where a[lo, start) is already sorted; binary search for the slot. */
    private static <T> void binarySort(T[] a, int lo, int hi, int start, Comparator<? super T> c) {
        if (start == lo) {
            start++;
        }
        for (; start < hi; start++) {
            T pivot = a[start];
            int left = lo;
            int right = start;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (c.compare(pivot, a[mid]) < 0) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(a, left, a, left + 1, start - left);
            a[left] = pivot;
        }
    }

    /** Bottom-up merge sort over runs of MIN_MERGE / 2 elements sorted by binarySort. */
    @SuppressWarnings("unchecked")
    private static <T> void mergeSort(T[] a, int lo, int hi, Comparator<? super T> c, Object[] work) {
        int run = MIN_MERGE / 2;
        for (int s = lo; s < hi; s += run) {
            int e = Math.min(s + run, hi);
            binarySort(a, s, e, s, c);
        }
        for (int width = run; width < hi - lo; width <<= 1) {
            for (int s = lo; s + width < hi; s += width << 1) {
                int mid = s + width;
                int e = Math.min(mid + width, hi);
                // already in order: nothing to merge
                if (c.compare(a[mid - 1], a[mid]) <= 0) {
                    continue;
                }
                int len = mid - s;
                System.arraycopy(a, s, work, 0, len);
                int i = 0;
                int j = mid;
                int k = s;
                while (i < len && j < e) {
                    // take from the right only if strictly smaller: keeps the sort stable
                    if (c.compare(a[j], (T) work[i]) < 0) {
                        a[k++] = a[j++];
                    } else {
                        a[k++] = (T) work[i++];
                    }
                }
                while (i < len) {
                    a[k++] = (T) work[i++];
                }
            }
        }
    }
}
