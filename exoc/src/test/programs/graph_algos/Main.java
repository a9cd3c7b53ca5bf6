// Graph algorithms on a generated weighted directed graph: BFS levels, iterative DFS order,
// Dijkstra with a PriorityQueue (ties broken by node id), topological sort of a DAG (Kahn),
// connected components with union-find, and a minimum spanning tree weight (Kruskal).
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

public class Main {
    record Edge(int from, int to, int w) {}

    static int[] parent;

    static int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static void main(String[] args) {
        int n = 2000;
        List<List<Edge>> adj = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        long seed = 17;
        for (int i = 0; i < n * 4; i++) {
            seed = seed * 6364136223846793005L + 1;
            int a = (int) ((seed >>> 33) % n);
            seed = seed * 6364136223846793005L + 1;
            int b = (int) ((seed >>> 33) % n);
            int w = 1 + (int) ((seed >>> 20) % 100);
            if (a != b) {
                Edge e = new Edge(a, b, w);
                adj.get(a).add(e);
                edges.add(e);
            }
        }
        int[] level = new int[n];
        Arrays.fill(level, -1);
        Deque<Integer> q = new ArrayDeque<>();
        q.add(0);
        level[0] = 0;
        int maxLevel = 0, reached = 0;
        while (!q.isEmpty()) {
            int u = q.poll();
            reached++;
            for (Edge e : adj.get(u)) {
                if (level[e.to()] < 0) {
                    level[e.to()] = level[u] + 1;
                    maxLevel = Math.max(maxLevel, level[e.to()]);
                    q.add(e.to());
                }
            }
        }
        System.out.println("bfs reached " + reached + " max level " + maxLevel);
        boolean[] seen = new boolean[n];
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(0);
        StringBuilder order = new StringBuilder();
        int visited = 0;
        while (!stack.isEmpty()) {
            int u = stack.pop();
            if (seen[u]) {
                continue;
            }
            seen[u] = true;
            if (visited++ < 15) {
                order.append(u).append(' ');
            }
            List<Edge> out = adj.get(u);
            for (int i = out.size() - 1; i >= 0; i--) {
                if (!seen[out.get(i).to()]) {
                    stack.push(out.get(i).to());
                }
            }
        }
        System.out.println("dfs first: " + order + "visited " + visited);
        long[] dist = new long[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[0] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        pq.add(new long[] {0, 0});
        int pops = 0;
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) {
                continue;
            }
            pops++;
            for (Edge e : adj.get(u)) {
                if (dist[u] + e.w() < dist[e.to()]) {
                    dist[e.to()] = dist[u] + e.w();
                    pq.add(new long[] {dist[e.to()], e.to()});
                }
            }
        }
        long sum = 0, far = 0;
        for (long d : dist) {
            if (d != Long.MAX_VALUE) {
                sum += d;
                far = Math.max(far, d);
            }
        }
        System.out.println("dijkstra pops " + pops + " sum " + sum + " farthest " + far + " d[1999]=" + dist[n - 1]);
        int[] indeg = new int[n];
        List<List<Integer>> dag = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dag.add(new ArrayList<>());
        }
        for (Edge e : edges) {
            int a = Math.min(e.from(), e.to()), b = Math.max(e.from(), e.to());
            dag.get(a).add(b);
            indeg[b]++;
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                ready.add(i);
            }
        }
        long topoHash = 0;
        int emitted = 0;
        while (!ready.isEmpty()) {
            int u = ready.poll();
            topoHash = topoHash * 31 + u;
            emitted++;
            for (int v : dag.get(u)) {
                if (--indeg[v] == 0) {
                    ready.add(v);
                }
            }
        }
        System.out.println("topo emitted " + emitted + " hash " + topoHash);
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort((x, y) -> x.w() != y.w() ? x.w() - y.w() : x.from() != y.from() ? x.from() - y.from() : x.to() - y.to());
        long mst = 0;
        int used = 0;
        for (Edge e : sorted) {
            int ra = find(e.from()), rb = find(e.to());
            if (ra != rb) {
                parent[ra] = rb;
                mst += e.w();
                used++;
            }
        }
        int comps = 0;
        for (int i = 0; i < n; i++) {
            if (find(i) == i) {
                comps++;
            }
        }
        System.out.println("mst weight " + mst + " edges " + used + " components " + comps);
    }
}
