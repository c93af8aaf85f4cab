package nl.werkpad.extraction.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkpad.extraction.Extraction.Evidence;
import nl.werkpad.extraction.Extraction.How;
import nl.werkpad.extraction.engine.LabelMatcher.Hit;
import nl.werkpad.extraction.engine.ReadText.Occurrence;

/**
 * From the labels named to the concepts ranked, in two steps.
 * <p>
 * First each concept on its own, by its best label: how much of the label the text holds (coverage), how
 * much the matched words tell (the more and the rarer the words, the stronger: "install heat pump" over
 * "plan"), how the label was found (a preferred label over an alternative one over a hidden one or a
 * translation; an alternative label that several concepts share counts less), and whether its words
 * stand together as a phrase.
 * <p>
 * Then each concept in the company of the others, because words are ambiguous and a text is about
 * something: a skill that other skills found in the text share an occupation with, or that an occupation
 * the text names needs, keeps its score; one that fits nothing else found ("CMM" as a maturity model in
 * a machinist's CV) loses up to {@link #ALONE} of it. Occupations likewise by the skills found that they need.
 * <p>
 * Skills the text states rank above the essential skills of the occupations it names (those follow,
 * each below 0.5).
 */
final class Ranking {

    /** Scores of stated skills lie in [0.5, 1], of skills only from an occupation in (0, {@link #FROM_OCCUPATION}]. */
    static final double STATED_FLOOR = 0.5;

    static final double FROM_OCCUPATION = 0.45;
    /** Matched words' weight (summed inverse document frequencies) at which a match is 63% as strong as it gets. */
    private static final double STRENGTH = 8.0;

    private static final double PER_MENTION = 0.04;
    private static final int MAX_MENTIONS = 4;
    /** The share of its score a concept keeps when nothing else found fits it. */
    private static final double ALONE = 0.4;
    /** The support (summed strength of fitting concepts) at which a concept keeps its whole score. */
    private static final double FULL_SUPPORT = 1.0;
    /** The strongest stated skills that lend support to others. */
    private static final int SUPPORTERS = 40;
    /** Occupations whose essential skills are proposed: the text's main job titles, not every one it names. */
    private static final int OCCUPATIONS_GIVING_SKILLS = 3;
    /**
     * An occupation is reported when its label alone scores this much: a common word that several
     * occupations have as an alternative label ("General" in "General labourer") stays below it.
     */
    private static final double MIN_OCCUPATION = 0.4;

    private static final int MAX_SPANS = 5;
    /** A label whose words stand apart in the sentence is less surely meant than one named as a phrase. */
    private static final double SCATTERED = 0.85;

    /** A concept found, before it has its labels for the reader. */
    record Ranked(int concept, double score, List<Evidence> evidence) {}

    record Result(List<Ranked> skills, List<Ranked> occupations) {}

    private static final class Found {
        final int concept;
        double quality;
        double score;
        final Set<Integer> sentences = new HashSet<>();
        final Map<Long, How> spans = new HashMap<>();

        Found(int concept) {
            this.concept = concept;
        }

        double alone() {
            return Math.min(1, quality + PER_MENTION * Math.min(sentences.size() - 1, MAX_MENTIONS - 1));
        }
    }

    private Ranking() {}

    static Result rank(LabelDictionary dictionary, String text, List<Hit> hits, int limit) {
        Map<Integer, Found> skills = new HashMap<>();
        Map<Integer, Found> occupations = new HashMap<>();
        for (Hit hit : hits) {
            int concept = hit.label().concept();
            Found found = (dictionary.occupation[concept] ? occupations : skills).computeIfAbsent(concept, Found::new);
            double matchedWeight = 0;
            for (Occurrence o : hit.evidence()) {
                matchedWeight += dictionary.termWeight[o.term()] * o.weight();
            }
            double quality = hit.coverage()
                    * (1 - Math.exp(-matchedWeight / STRENGTH))
                    * weightOf(hit.how(), hit.label().how())
                    * (hit.compact() ? 1 : SCATTERED)
                    * (hit.label().how() == How.PREFERRED_LABEL
                            ? 1
                            : 1 / Math.sqrt(hit.label().sharedBy()));
            found.quality = Math.max(found.quality, quality);
            found.sentences.add(hit.sentence());
            for (Long span : spans(text, hit.evidence())) {
                found.spans.putIfAbsent(span, hit.how());
            }
        }
        inCompany(dictionary, skills.values(), occupations.values());
        List<Found> namedOccupations = sorted(occupations.values(), dictionary);
        Set<Integer> fitting = new HashSet<>();
        Map<Integer, Found> fromOccupation = new HashMap<>();
        for (Found occupation : namedOccupations.stream()
                .filter(f -> f.alone() >= MIN_OCCUPATION)
                .limit(OCCUPATIONS_GIVING_SKILLS)
                .toList()) {
            for (int skill : dictionary.essentialSkills.getOrDefault(occupation.concept, new int[0])) {
                fitting.add(skill);
                if (!skills.containsKey(skill)) {
                    Found f = fromOccupation.computeIfAbsent(skill, Found::new);
                    if (occupation.score > f.score) {
                        f.score = occupation.score;
                        f.spans.clear();
                        occupation.spans.keySet().forEach(span -> f.spans.put(span, How.OCCUPATION_SKILL));
                    }
                }
            }
        }
        List<Ranked> rankedSkills = new ArrayList<>();
        for (Found f : skills.values()) {
            rankedSkills.add(ranked(text, f, STATED_FLOOR + (1 - STATED_FLOOR) * f.score));
        }
        for (Found f : fromOccupation.values()) {
            rankedSkills.add(ranked(text, f, FROM_OCCUPATION * f.score));
        }
        rankedSkills.sort(Comparator.comparingDouble(Ranked::score)
                .reversed()
                .thenComparing(r -> -dictionary.popularity[r.concept()])
                .thenComparing(r -> dictionary.conceptIds[r.concept()]));
        List<Ranked> rankedOccupations = namedOccupations.stream()
                .filter(f -> f.alone() >= MIN_OCCUPATION)
                .map(f -> ranked(text, f, f.score))
                .toList();
        return new Result(
                rankedSkills.subList(0, Math.min(limit, rankedSkills.size())),
                rankedOccupations.subList(0, Math.min(limit, rankedOccupations.size())));
    }

    /** Each concept's score in the company of the others found (see the class comment). */
    private static void inCompany(LabelDictionary dictionary, Collection<Found> skills, Collection<Found> occupations) {
        List<Found> supporters = skills.stream()
                .sorted(Comparator.comparingDouble(Found::alone).reversed())
                .limit(SUPPORTERS)
                .toList();
        for (Found skill : skills) {
            double support = 0;
            for (Found other : supporters) {
                if (other != skill && dictionary.shareAnOccupation(skill.concept, other.concept)) {
                    support += other.alone();
                }
            }
            for (Found occupation : occupations) {
                if (dictionary.needs(occupation.concept, skill.concept)) {
                    support += occupation.alone();
                }
            }
            skill.score = skill.alone() * company(support);
        }
        for (Found occupation : occupations) {
            double support = 0;
            for (Found skill : skills) {
                if (dictionary.needs(occupation.concept, skill.concept)) {
                    support += skill.alone();
                }
            }
            occupation.score = occupation.alone() * company(support);
        }
    }

    private static double company(double support) {
        return ALONE + (1 - ALONE) * Math.min(1, support / FULL_SUPPORT);
    }

    private static double weightOf(How how, How labelKind) {
        double label =
                switch (labelKind) {
                    case PREFERRED_LABEL -> 1.0;
                    case ALTERNATIVE_LABEL -> 0.95;
                    default -> 0.85;
                };
        return how == How.TRANSLATED_LABEL ? 0.9 * label : label;
    }

    private static List<Found> sorted(Collection<Found> found, LabelDictionary dictionary) {
        return found.stream()
                .sorted(Comparator.comparingDouble((Found f) -> f.score)
                        .reversed()
                        .thenComparing(f -> -dictionary.popularity[f.concept])
                        .thenComparing(f -> dictionary.conceptIds[f.concept]))
                .toList();
    }

    private static Ranked ranked(String text, Found found, double score) {
        List<Evidence> evidence = new ArrayList<>();
        found.spans.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .limit(MAX_SPANS)
                .forEach(e -> {
                    int start = (int) (e.getKey() >>> 32);
                    int end = (int) (long) e.getKey();
                    evidence.add(new Evidence(start, end, text.substring(start, end), e.getValue()));
                });
        return new Ranked(found.concept, Math.round(score * 1000) / 1000.0, evidence);
    }

    /**
     * The places of a hit's words, neighbours joined into one span ("MIG/MAG lassen"), each as
     * start &lt;&lt; 32 | end.
     */
    static List<Long> spans(String text, List<Occurrence> evidence) {
        List<Occurrence> sorted = evidence.stream()
                .sorted(Comparator.comparingInt(Occurrence::start))
                .toList();
        List<Long> spans = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Occurrence o : sorted) {
            if (start >= 0 && o.start() <= end + 5 && onlyGlue(text, end, o.start())) {
                end = Math.max(end, o.end());
                continue;
            }
            if (start >= 0) {
                spans.add(((long) start << 32) | end);
            }
            start = o.start();
            end = o.end();
        }
        if (start >= 0) {
            spans.add(((long) start << 32) | end);
        }
        return spans;
    }

    /** Between two words of a span only spaces, punctuation within a phrase, or one short word ("van", "de"). */
    private static boolean onlyGlue(String text, int from, int to) {
        if (to <= from) {
            return true;
        }
        String between = text.substring(from, to);
        return !between.contains("\n")
                && !between.contains(".")
                && between.strip().length() <= 4;
    }
}
