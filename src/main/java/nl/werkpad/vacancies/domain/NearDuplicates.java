package nl.werkpad.vacancies.domain;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two postings of the same organisation in the same municipality are one vacancy: their titles share
 * most words (Jaccard over words, gender marks such as "(m/v/x)" left out) and their texts most word 3-shingles
 * (Jaccard). Thresholds measured on the labelled set in src/test/resources/formats/duplicates (docs/formats.md).
 */
public final class NearDuplicates {

    /** At least this share of title words in common. */
    public static final double TITLE = 0.5;
    /** At least this share of text shingles in common, when both have a text. */
    public static final double TEXT = 0.35;
    /** Without a text on one side, the titles alone decide, and must be nearly the same. */
    public static final double TITLE_ALONE = 0.8;

    private NearDuplicates() {
    }

    public static boolean same(String titleA, String textA, String titleB, String textB) {
        return same(titleA, textA, titleB, textB, TITLE, TEXT);
    }

    public static boolean same(String titleA, String textA, String titleB, String textB, double title, double text) {
        double titles = jaccard(words(titleA), words(titleB));
        if (blank(textA) || blank(textB)) {
            return titles >= TITLE_ALONE;
        }
        return titles >= title && jaccard(shingles(textA), shingles(textB)) >= text;
    }

    public static double titleSimilarity(String a, String b) {
        return jaccard(words(a), words(b));
    }

    public static double textSimilarity(String a, String b) {
        return jaccard(shingles(a), shingles(b));
    }

    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
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
        List<String> tokens = words(text).isEmpty() ? List.of()
                : List.of(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isBlank()).toList();
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
