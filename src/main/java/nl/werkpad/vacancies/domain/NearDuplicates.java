package nl.werkpad.vacancies.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two postings of the same organisation in the same municipality are one vacancy: the words of the shorter
 * title are mostly in the other (overlap coefficient; gender marks, hours and words such as "vacature" left out) and
 * their texts share most word 3-shingles (Jaccard). Without a text, the titles must be nearly the same (Jaccard). Thresholds measured on the labelled set in src/test/resources/formats/duplicates (docs/formats.md).
 */
public final class NearDuplicates {

    /** At least this share of title words in common. */
    public static final double TITLE = 0.5;
    /** At least this share of text shingles in common, when both have a text. */
    public static final double TEXT = 0.35;
    /** Without a text on one side, the titles alone decide, and must be nearly the same. */
    public static final double TITLE_ALONE = 0.8;

    private NearDuplicates() {}

    public static boolean same(String titleA, String textA, String titleB, String textB) {
        return same(titleA, textA, titleB, textB, TITLE, TEXT);
    }

    public static boolean same(String titleA, String textA, String titleB, String textB, double title, double text) {
        Set<String> a = titleWords(titleA);
        Set<String> b = titleWords(titleB);
        if (blank(textA) || blank(textB)) {
            return jaccard(a, b) >= TITLE_ALONE;
        }
        return overlap(a, b) >= title && jaccard(shingles(textA), shingles(textB)) >= text;
    }

    public static double titleSimilarity(String a, String b) {
        return overlap(titleWords(a), titleWords(b));
    }

    private static final Set<String> NOISE = Set.of(
            "vacature",
            "vacancy",
            "gezocht",
            "gevraagd",
            "fulltime",
            "parttime",
            "uur",
            "uren",
            "per",
            "week",
            "hours",
            "m",
            "v",
            "x",
            "f",
            "nieuw");

    static Set<String> titleWords(String title) {
        Set<String> words = new HashSet<>(words(title));
        words.removeIf(w -> NOISE.contains(w) || w.chars().allMatch(Character::isDigit));
        return words;
    }

    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? 1 : 0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / Math.min(a.size(), b.size());
    }

    public static double textSimilarity(String a, String b) {
        return jaccard(shingles(a), shingles(b));
    }

    /** Whether a text and a concept's names share a word of 3+ letters, or one word of 5+ letters holds the other. */
    public static boolean sharesAWord(String text, String label, List<String> alternatives) {
        Set<String> mine = words(text);
        List<String> names = new ArrayList<>(alternatives == null ? List.of() : alternatives);
        names.add(label);
        return names.stream()
                .flatMap(n -> words(n).stream())
                .filter(n -> n.length() >= 3)
                .anyMatch(n -> mine.stream()
                        .anyMatch(w -> w.equals(n)
                                || (Math.min(w.length(), n.length()) >= 5 && (w.contains(n) || n.contains(w)))));
    }

    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\(?\\b[mvx](/[mvx])+\\b\\)?", " ");
        Set<String> words = new HashSet<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    static Set<String> shingles(String text) {
        List<String> tokens = words(text).isEmpty()
                ? List.of()
                : List.of(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                                .replaceAll("\\p{M}", "")
                                .split("[^\\p{L}\\p{N}]+"))
                        .stream()
                        .filter(w -> !w.isBlank())
                        .toList();
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 3 <= tokens.size(); i++) {
            shingles.add(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2));
        }
        if (shingles.isEmpty()) {
            shingles.addAll(tokens);
        }
        return shingles;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
