package nl.werkpad.extraction.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.extraction.Extraction.How;
import nl.werkpad.extraction.engine.LabelDictionary.Label;
import nl.werkpad.extraction.engine.ReadText.Occurrence;
import nl.werkpad.extraction.engine.ReadText.Source;

/**
 * Finds, sentence by sentence, the labels a text names: a label counts when the sentence holds its most
 * telling term and enough of the rest, near each other, in any order and inflection ("MIG/MAG lassen"
 * names "perform metal active gas welding" through "MAG welding"; "heftruckcertificaat" names
 * "heftruck"). How much of a label is there is its coverage: the weight of the terms found over the
 * weight of all its terms, each term weighed by how telling it is, a term found through the glossary
 * or as an English word in a Dutch text counting for less.
 */
final class LabelMatcher {

    /** Share of a skill label's weight a sentence must hold ("welding techniques" from "lassen": about 0.7). */
    static final float MIN_COVERAGE = 0.6f;
    /** ... when a term of it came through the glossary, which guesses. */
    static final float MIN_TRANSLATED_COVERAGE = 0.6f;
    /** A term in more labels than this is too common to make a label a candidate (it still counts towards coverage). */
    private static final int MAX_TRIGGER_POSTINGS = 4_000;
    /** How far apart (in characters) a label's words may stand: a label's words belong together. */
    private static final int WINDOW_BASE = 60;

    private static final int WINDOW_PER_TERM = 20;
    /** A label's most telling term is tried at its first few places in a sentence. */
    private static final int MAX_HEADS = 4;

    /** One label named in one sentence. */
    /**
     * One label named in one sentence.
     *
     * @param compact true when the label's words found stand together as one phrase
     */
    record Hit(Label label, float coverage, How how, List<Occurrence> evidence, int sentence, boolean compact) {}

    /** A label of one word counts only for a word of at least this many characters in the text. */
    private static final int MIN_SINGLE_WORD = 3;
    /** Words of one phrase stand at most this many characters apart ("MIG/MAG", "lassen van staal"). */
    private static final int PHRASE_GAP = 5;

    private LabelMatcher() {}

    static List<Hit> match(LabelDictionary dictionary, List<Occurrence> occurrences) {
        Map<Integer, List<Occurrence>> bySentence = new HashMap<>();
        for (Occurrence o : occurrences) {
            bySentence.computeIfAbsent(o.sentence(), k -> new ArrayList<>()).add(o);
        }
        List<Hit> hits = new ArrayList<>();
        bySentence.forEach((sentence, found) -> matchSentence(dictionary, sentence, found, hits));
        return hits;
    }

    /**
     * A sentence's hits depend only on its occurrences (terms, sources, weights and their distances), so a sentence met
     * before (boilerplate, the same lines in thousands of postings) is not matched again: its hits are taken from
     * {@link SentenceHits} and set on this sentence's occurrences, the same as matching it again.
     */
    private static void matchSentence(
            LabelDictionary dictionary, int sentence, List<Occurrence> found, List<Hit> hits) {
        SentenceHits.Key key = SentenceHits.Key.of(found);
        List<SentenceHits.Remembered> remembered = dictionary.sentenceHits.get(key);
        if (remembered == null) {
            List<Hit> fresh = new ArrayList<>();
            List<Integer> labels = new ArrayList<>();
            matchAfresh(dictionary, sentence, found, fresh, labels);
            dictionary.sentenceHits.put(key, SentenceHits.remember(fresh, labels, found));
            hits.addAll(fresh);
            return;
        }
        for (SentenceHits.Remembered r : remembered) {
            List<Occurrence> evidence = new ArrayList<>(r.evidence().length);
            for (int i : r.evidence()) {
                evidence.add(found.get(i));
            }
            hits.add(new Hit(dictionary.labels[r.label()], r.coverage(), r.how(), evidence, sentence, r.compact()));
        }
    }

    private static void matchAfresh(
            LabelDictionary dictionary, int sentence, List<Occurrence> found, List<Hit> hits, List<Integer> named) {
        Map<Integer, List<Occurrence>> byTerm = new HashMap<>();
        for (Occurrence o : found) {
            byTerm.computeIfAbsent(o.term(), k -> new ArrayList<>()).add(o);
        }
        BitSet candidates = new BitSet(dictionary.labels.length);
        for (int term : byTerm.keySet()) {
            int[] labels = dictionary.postings[term];
            if (labels.length <= MAX_TRIGGER_POSTINGS) {
                for (int label : labels) {
                    candidates.set(label);
                }
            }
        }
        for (int l = candidates.nextSetBit(0); l >= 0; l = candidates.nextSetBit(l + 1)) {
            Hit hit = best(dictionary, dictionary.labels[l], byTerm, sentence);
            if (hit != null) {
                hits.add(hit);
                named.add(l);
            }
        }
    }

    private static Hit best(
            LabelDictionary dictionary, Label label, Map<Integer, List<Occurrence>> byTerm, int sentence) {
        List<Occurrence> heads = byTerm.get(label.terms()[label.head()]);
        if (heads == null) {
            return null;
        }
        int window = WINDOW_BASE + WINDOW_PER_TERM * label.terms().length;
        Hit best = null;
        for (Occurrence head : heads.subList(0, Math.min(MAX_HEADS, heads.size()))) {
            float matched = 0;
            boolean complete = true;
            boolean allDirect = true;
            boolean anyTranslated = false;
            boolean onlyEnglishInDutch = true;
            boolean alsoDutch = false;
            List<Occurrence> evidence = new ArrayList<>(label.terms().length);
            for (int i = 0; i < label.terms().length; i++) {
                Occurrence o = nearest(byTerm.get(label.terms()[i]), head, window);
                if (o == null) {
                    complete = false;
                    continue;
                }
                matched += label.weight()[i] * o.weight();
                evidence.add(o);
                allDirect &= o.source() == Source.DIRECT;
                anyTranslated |= o.source() == Source.TRANSLATED;
                onlyEnglishInDutch &= o.source() == Source.ENGLISH_IN_DUTCH || o.source() == Source.ENGLISH_ALSO_DUTCH;
                alsoDutch |= o.source() == Source.ENGLISH_ALSO_DUTCH;
            }
            float coverage = matched / label.total();
            boolean compact = compact(evidence);
            boolean single = label.terms().length == 1;
            if (single && head.end() - head.start() < MIN_SINGLE_WORD) {
                continue; // "re" in "re-roofs" is no skill
            }
            boolean counts = dictionary.occupation[label.concept()]
                    ? complete && allDirect && compact // a job title is named as a phrase, not guessed
                    : coverage >= (anyTranslated ? MIN_TRANSLATED_COVERAGE : MIN_COVERAGE)
                            && (!onlyEnglishInDutch
                                    || complete
                                            && !(single
                                                    && alsoDutch)) // English in Dutch: all of it, and not a Dutch word
                            && (!anyTranslated
                                    || !single
                                    || label.how() == How.PREFERRED_LABEL); // a guessed word: only a skill's own name
            if (counts && (best == null || coverage > best.coverage())) {
                How how = anyTranslated ? How.TRANSLATED_LABEL : label.how();
                best = new Hit(label, coverage, how, evidence, sentence, compact);
            }
        }
        return best;
    }

    private static boolean compact(List<Occurrence> evidence) {
        List<Occurrence> sorted = evidence.stream()
                .sorted(Comparator.comparingInt(Occurrence::start))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() - sorted.get(i - 1).end() > PHRASE_GAP) {
                return false;
            }
        }
        return true;
    }

    private static Occurrence nearest(List<Occurrence> occurrences, Occurrence head, int window) {
        if (occurrences == null) {
            return null;
        }
        Occurrence nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Occurrence o : occurrences) {
            int d = Math.abs(o.start() - head.start());
            if (d <= window && (d < distance || d == distance && o.weight() > nearest.weight())) {
                nearest = o;
                distance = d;
            }
        }
        return nearest;
    }
}
