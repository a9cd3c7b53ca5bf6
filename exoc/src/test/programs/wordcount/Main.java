// A hash-heavy word count: generates a pseudo-random text of 60000 words from a small
// vocabulary plus numbered rare words, counts them in a HashMap, finds the top entries by
// count (ties broken alphabetically), counts bigrams, and prints letter frequencies.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        String[] vocab = ("the of and to in is that it was for on are as with his they at be this from have or by one had not but what all were "
                + "when we there can an your which their said if do will each about how up out them then she many some so these would other into has "
                + "more her two like him see time could no make than first been its who now people my made over did down only way find use may water "
                + "long little very after words called just where most know").split(" ");
        StringBuilder text = new StringBuilder();
        long seed = 7;
        for (int i = 0; i < 60000; i++) {
            seed = (seed * 6364136223846793005L + 1442695040888963407L);
            int r = (int) ((seed >>> 33) % 1000);
            String w;
            if (r < 900) {
                // Zipf-like: low indices are much more common
                w = vocab[(r * r / 900) % vocab.length];
            } else {
                w = "rare" + (r - 900) * 13 % 97;
            }
            if (i % 17 == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            text.append(w).append(i % 11 == 10 ? ".\n" : " ");
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> bigrams = new HashMap<>();
        String prev = null;
        int words = 0;
        for (String line : text.toString().split("\n")) {
            for (String raw : line.split(" ")) {
                String w = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
                w = w.toLowerCase();
                if (w.isEmpty()) {
                    continue;
                }
                words++;
                counts.merge(w, 1, Integer::sum);
                if (prev != null) {
                    bigrams.merge(prev + " " + w, 1, Integer::sum);
                }
                prev = w;
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> !a.getValue().equals(b.getValue()) ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        System.out.println("words=" + words + " distinct=" + counts.size() + " bigrams=" + bigrams.size());
        for (int i = 0; i < 15; i++) {
            System.out.println(entries.get(i).getKey() + " " + entries.get(i).getValue());
        }
        String bestBigram = null;
        int best = 0;
        for (Map.Entry<String, Integer> e : bigrams.entrySet()) {
            if (e.getValue() > best || (e.getValue() == best && e.getKey().compareTo(bestBigram) < 0)) {
                best = e.getValue();
                bestBigram = e.getKey();
            }
        }
        System.out.println("top bigram '" + bestBigram + "' " + best);
        int[] letters = new int[26];
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters[c - 'a']++;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            sb.append((char) ('a' + i)).append(letters[i]).append(' ');
        }
        System.out.println(sb.toString().trim());
        int singletons = 0;
        for (int v : counts.values()) {
            if (v == 1) {
                singletons++;
            }
        }
        System.out.println("singletons " + singletons + " keys hash " + counts.keySet().hashCode());
    }
}
