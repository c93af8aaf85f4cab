package nl.werkpad.taxonomy.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * A Dutch→English word bridge learnt from ESCO's own parallel texts: the same occupation, skill group,
 * ISCO group or skill named and described in both languages. A Dutch stem translates to the English
 * stems that occur in the same concepts' English texts far more often than chance (Dice coefficient
 * over the concepts), so that "bloeddruk" reaches "blood pressure" and "tekeningen" reaches
 * "drawings" in skills that have only English labels. Computed per word on demand (a few thousand
 * concepts at most per word) and remembered.
 */
public final class Glossary {

    /** A Dutch and an English text about the same concept. */
    record Parallel(String dutch, String english) {}

    public record Translation(String english, float weight) {}

    private static final int MAX_TRANSLATIONS = 3;
    private static final float MIN_DICE = 0.18f;
    private static final int MAX_CACHED = 20_000;

    private final Map<String, int[]> dutchPostings;
    private final int[][] englishByDoc;
    private final String[] englishTerms;
    private final int[] englishFrequency;
    private final Map<String, List<Translation>> cache = new ConcurrentHashMap<>();

    private Glossary(
            Map<String, int[]> dutchPostings, int[][] englishByDoc, String[] englishTerms, int[] englishFrequency) {
        this.dutchPostings = dutchPostings;
        this.englishByDoc = englishByDoc;
        this.englishTerms = englishTerms;
        this.englishFrequency = englishFrequency;
    }

    static Glossary empty() {
        return new Glossary(Map.of(), new int[0][], new String[0], new int[0]);
    }

    static Glossary learn(List<Parallel> texts, Analyzer dutch, Analyzer english) {
        Map<String, List<Integer>> postings = new HashMap<>();
        Map<String, Integer> englishIds = new HashMap<>();
        List<String> terms = new ArrayList<>();
        List<Integer> frequency = new ArrayList<>();
        int[][] byDoc = new int[texts.size()][];
        for (int doc = 0; doc < texts.size(); doc++) {
            for (String stem :
                    new LinkedHashSet<>(Analyzers.tokens(dutch, texts.get(doc).dutch()))) {
                postings.computeIfAbsent(stem, k -> new ArrayList<>()).add(doc);
            }
            Set<String> words =
                    new LinkedHashSet<>(Analyzers.tokens(english, texts.get(doc).english()));
            int[] ids = new int[words.size()];
            int i = 0;
            for (String term : words) {
                int id = englishIds.computeIfAbsent(term, t -> {
                    terms.add(t);
                    frequency.add(0);
                    return terms.size() - 1;
                });
                frequency.set(id, frequency.get(id) + 1);
                ids[i++] = id;
            }
            byDoc[doc] = ids;
        }
        Map<String, int[]> compact = new HashMap<>();
        postings.forEach((stem, docs) ->
                compact.put(stem, docs.stream().mapToInt(Integer::intValue).toArray()));
        return new Glossary(
                compact,
                byDoc,
                terms.toArray(String[]::new),
                frequency.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The English stems a Dutch stem most likely means, strongest first; empty when the word is unknown. */
    public List<Translation> translate(String dutchStem) {
        List<Translation> known = cache.get(dutchStem);
        if (known != null) {
            return known;
        }
        List<Translation> found = compute(dutchStem);
        if (cache.size() < MAX_CACHED) {
            cache.put(dutchStem, found);
        }
        return found;
    }

    private List<Translation> compute(String dutchStem) {
        int[] docs = dutchPostings.get(dutchStem);
        if (docs == null) {
            return List.of();
        }
        Map<Integer, Integer> together = new HashMap<>();
        for (int doc : docs) {
            for (int term : englishByDoc[doc]) {
                together.merge(term, 1, Integer::sum);
            }
        }
        int minimum = docs.length == 1 ? 1 : 2;
        return together.entrySet().stream()
                .filter(e -> e.getValue() >= minimum)
                .map(e -> new Translation(
                        englishTerms[e.getKey()], 2f * e.getValue() / (docs.length + englishFrequency[e.getKey()])))
                .filter(t -> t.weight() >= MIN_DICE)
                .sorted(Comparator.comparing(Translation::weight).reversed().thenComparing(Translation::english))
                .limit(MAX_TRANSLATIONS)
                .toList();
    }
}
