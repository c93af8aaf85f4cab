package nl.werkpad.extraction.engine;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkpad.extraction.Extraction.How;
import nl.werkpad.extraction.engine.ReadText.Occurrence;

/**
 * The labels sentences named, by what {@link LabelMatcher} looks at in a sentence: its occurrences (term, source,
 * weight, and where they stand relative to the sentence's first one: only distances count). Filled by several threads
 * at once; bounded (past {@link #MAX} sentences it starts afresh), one per dictionary.
 */
final class SentenceHits {

    static final int MAX = 20_000;

    /** A sentence's occurrences, five numbers each, positions relative to the first. */
    record Key(int[] values, int hash) {
        static Key of(List<Occurrence> found) {
            int[] v = new int[found.size() * 5];
            int base = found.isEmpty() ? 0 : found.getFirst().start();
            for (int i = 0; i < found.size(); i++) {
                Occurrence o = found.get(i);
                v[i * 5] = o.term();
                v[i * 5 + 1] = o.start() - base;
                v[i * 5 + 2] = o.end() - base;
                v[i * 5 + 3] = o.source().ordinal();
                v[i * 5 + 4] = Float.floatToIntBits(o.weight());
            }
            return new Key(v, Arrays.hashCode(v));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.hash == hash && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "Key" + Arrays.toString(values);
        }
    }

    /** A hit without its sentence: the label's index, and its evidence as places in the sentence's occurrences. */
    record Remembered(int label, float coverage, How how, int[] evidence, boolean compact) {}

    private final Map<Key, List<Remembered>> sentences = new ConcurrentHashMap<>();

    List<Remembered> get(Key key) {
        return sentences.get(key);
    }

    void put(Key key, List<Remembered> hits) {
        if (sentences.size() >= MAX) {
            sentences.clear();
        }
        sentences.put(key, hits);
    }

    void clear() {
        sentences.clear();
    }

    static List<Remembered> remember(List<LabelMatcher.Hit> hits, List<Integer> labels, List<Occurrence> found) {
        Map<Occurrence, Integer> place = new IdentityHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            place.put(found.get(i), i);
        }
        Remembered[] remembered = new Remembered[hits.size()];
        for (int h = 0; h < hits.size(); h++) {
            LabelMatcher.Hit hit = hits.get(h);
            int[] evidence = hit.evidence().stream().mapToInt(place::get).toArray();
            remembered[h] = new Remembered(labels.get(h), hit.coverage(), hit.how(), evidence, hit.compact());
        }
        return List.of(remembered);
    }
}
