package nl.werkpad.extraction.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.werkpad.extraction.Extraction.How;
import nl.werkpad.taxonomy.Taxonomy.OccupationProfile;
import nl.werkpad.taxonomy.search.Analyzers;
import nl.werkpad.taxonomy.search.IndexedConcept;
import nl.werkpad.taxonomy.search.TaxonomyIndex.Vocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Every label of every skill and occupation as the stems a text must contain to name it, with how
 * telling each stem is (its inverse document frequency over the concepts), and the inverted lists from
 * a stem to the labels that contain it. Dutch labels are stemmed as Dutch, English ones as English; a
 * term is the stem with its language ("nl:lass", "en:weld"), so the two never mix by accident.
 * Immutable once built; built again when the taxonomy is.
 */
final class LabelDictionary {

    /** Labels of more content words than this are sentences, not names; nobody writes them in a CV. */
    static final int MAX_LABEL_TERMS = 7;
    /**
     * The share of its weight the action verb that starts an English skill label keeps ("operate",
     * "apply", "use"): texts name the thing and often leave the action out.
     */
    static final float ACTION_WEIGHT = 0.4f;
    /** A word that starts this many English labels is one of ESCO's action verbs. */
    static final int ACTION_LABELS = 25;

    /**
     * One label of one concept.
     *
     * @param terms  term ids, each once
     * @param weight per term, its inverse document frequency
     * @param total  the sum of the weights
     * @param head   index (into terms) of the most telling term: a text must contain it for the label to count
     * @param sharedBy how many concepts have a label of the same terms ("driver" names many occupations)
     */
    record Label(
            int concept, How how, boolean english, int[] terms, float[] weight, float total, int head, int sharedBy) {}

    final Vocabulary vocabulary;
    final Analyzer dutchText;
    final Analyzer dutchLabels = Analyzers.dutchStems();
    final Analyzer english = englishWords();
    final String[] conceptIds;
    final boolean[] occupation;
    final int[] popularity;
    final Label[] labels;
    final Map<String, Integer> terms;
    final float[] termWeight;
    final int[][] postings;
    /** Lower-case words of Dutch labels: an English word that is also Dutch is not evidence on its own in a Dutch text. */
    final Set<String> dutchWords;
    /** The glossary speaks Porter stems; the dictionary's English terms are the lighter KStem ones. */
    final Map<String, Set<String>> fromPorter;
    /** Per occupation (concept index), the concept indexes of its essential skills. */
    final Map<Integer, int[]> essentialSkills;
    /** Per occupation, its essential and optional skills, sorted. */
    final Map<Integer, int[]> skillsOf;
    /** Per skill (concept index), the occupations that need it (essential or optional), sorted; empty for occupations. */
    final int[][] occupationsOf;

    final Map<String, Integer> conceptIndex;

    /** What sentences named, remembered for this dictionary ({@link LabelMatcher}): texts repeat their sentences. */
    final SentenceHits sentenceHits = new SentenceHits();

    private LabelDictionary(
            Vocabulary vocabulary,
            List<IndexedConcept> concepts,
            List<Label> labels,
            Map<String, Integer> terms,
            float[] termWeight,
            int[][] postings,
            Set<String> dutchWords,
            Map<String, Set<String>> fromPorter,
            Map<Integer, int[]> essentialSkills,
            Map<Integer, int[]> skillsOf) {
        this.vocabulary = vocabulary;
        this.dutchText = vocabulary.dutch();
        this.conceptIds = concepts.stream().map(IndexedConcept::id).toArray(String[]::new);
        this.occupation = new boolean[concepts.size()];
        this.popularity = new int[concepts.size()];
        this.conceptIndex = new HashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            occupation[i] = concepts.get(i).kind() == IndexedConcept.Kind.OCCUPATION;
            popularity[i] = concepts.get(i).popularity();
            conceptIndex.put(conceptIds[i], i);
        }
        this.labels = labels.toArray(Label[]::new);
        this.terms = terms;
        this.termWeight = termWeight;
        this.postings = postings;
        this.dutchWords = dutchWords;
        this.fromPorter = fromPorter;
        this.essentialSkills = essentialSkills;
        this.skillsOf = skillsOf;
        List<List<Integer>> occupations = new ArrayList<>();
        for (int i = 0; i < conceptIds.length; i++) {
            occupations.add(new ArrayList<>());
        }
        skillsOf.forEach((occupation, skills) -> {
            for (int skill : skills) {
                occupations.get(skill).add(occupation);
            }
        });
        this.occupationsOf = occupations.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray())
                .toArray(int[][]::new);
    }

    static LabelDictionary build(Vocabulary vocabulary, Collection<OccupationProfile> profiles) {
        List<IndexedConcept> concepts = vocabulary.concepts().stream()
                .filter(c -> c.kind() != IndexedConcept.Kind.SKILL_GROUP)
                .sorted(Comparator.comparing(IndexedConcept::id)) // same dictionary for the same taxonomy
                .toList();
        Analyzer dutch = Analyzers.dutchStems();
        Analyzer english = englishWords();
        Analyzer porter = Analyzers.english();
        Analyzer words = Analyzers.words();
        Map<String, Set<String>> fromPorter = new HashMap<>();
        Map<String, Integer> termIds = new HashMap<>();
        List<int[]> labelTerms = new ArrayList<>();
        List<Object[]> labelHeads = new ArrayList<>(); // concept, how, english
        Set<String> dutchWords = new HashSet<>();
        for (int c = 0; c < concepts.size(); c++) {
            IndexedConcept concept = concepts.get(c);
            Set<String> seen = new HashSet<>();
            for (String language : List.of("nl", "en")) {
                boolean isEnglish = language.equals("en");
                Analyzer analyzer = isEnglish ? english : dutch;
                List<String> texts = new ArrayList<>();
                List<How> hows = new ArrayList<>();
                String preferred = concept.preferred().get(language);
                if (preferred != null) {
                    texts.add(preferred);
                    hows.add(How.PREFERRED_LABEL);
                }
                for (String alt : concept.alternative().getOrDefault(language, List.of())) {
                    texts.add(alt);
                    hows.add(How.ALTERNATIVE_LABEL);
                }
                for (String hidden : concept.hidden().getOrDefault(language, List.of())) {
                    texts.add(hidden);
                    hows.add(How.HIDDEN_LABEL);
                }
                for (int i = 0; i < texts.size(); i++) {
                    if (!isEnglish) {
                        dutchWords.addAll(Analyzers.tokens(words, texts.get(i)));
                    } else {
                        for (String word : Analyzers.tokens(words, texts.get(i))) {
                            List<String> p = Analyzers.tokens(porter, word);
                            List<String> k = Analyzers.tokens(english, word);
                            if (p.size() == 1 && k.size() == 1) {
                                fromPorter
                                        .computeIfAbsent(p.getFirst(), x -> new HashSet<>())
                                        .add(k.getFirst());
                            }
                        }
                    }
                    Set<String> stems = new LinkedHashSet<>(Analyzers.tokens(analyzer, texts.get(i)));
                    if (stems.isEmpty() || stems.size() > MAX_LABEL_TERMS || !seen.add(language + stems)) {
                        continue; // an empty or sentence-long label, or the same stems as a better label of the concept
                    }
                    labelTerms.add(stems.stream()
                            .mapToInt(s -> termIds.computeIfAbsent(language + ":" + s, k -> termIds.size()))
                            .toArray());
                    labelHeads.add(new Object[] {c, hows.get(i), isEnglish});
                }
            }
        }
        // a term's weight: how few concepts use it
        int[] conceptsWith = new int[termIds.size()];
        int[] lastConcept = new int[termIds.size()];
        Arrays.fill(lastConcept, -1);
        int[] postingSizes = new int[termIds.size()];
        for (int l = 0; l < labelTerms.size(); l++) {
            int concept = (int) labelHeads.get(l)[0];
            for (int term : labelTerms.get(l)) {
                postingSizes[term]++;
                if (lastConcept[term] != concept) {
                    lastConcept[term] = concept;
                    conceptsWith[term]++;
                }
            }
        }
        float[] termWeight = new float[termIds.size()];
        for (int t = 0; t < termWeight.length; t++) {
            termWeight[t] = (float) Math.log(1 + (double) concepts.size() / conceptsWith[t]);
        }
        int[][] postings = new int[termIds.size()][];
        for (int t = 0; t < postings.length; t++) {
            postings[t] = new int[postingSizes[t]];
        }
        int[] startsLabels = new int[termIds.size()];
        for (int l = 0; l < labelTerms.size(); l++) {
            if ((boolean) labelHeads.get(l)[2] && labelTerms.get(l).length > 1) {
                startsLabels[labelTerms.get(l)[0]]++;
            }
        }
        Map<String, Set<Integer>> conceptsByTerms = new HashMap<>();
        for (int l = 0; l < labelTerms.size(); l++) {
            conceptsByTerms
                    .computeIfAbsent(key(labelTerms.get(l)), k -> new HashSet<>())
                    .add((int) labelHeads.get(l)[0]);
        }
        int[] filled = new int[termIds.size()];
        List<Label> labels = new ArrayList<>(labelTerms.size());
        for (int l = 0; l < labelTerms.size(); l++) {
            int[] ids = labelTerms.get(l);
            float[] weights = new float[ids.length];
            float total = 0;
            int head = 0;
            Object[] about = labelHeads.get(l);
            // ESCO names a skill as an action on a thing ("operate forklift"); people name the thing
            IndexedConcept concept = concepts.get((int) about[0]);
            boolean action = (boolean) about[2]
                    && ids.length > 1
                    && concept.kind() == IndexedConcept.Kind.SKILL
                    && !concept.types().contains("knowledge")
                    && startsLabels[ids[0]] >= ACTION_LABELS;
            for (int i = 0; i < ids.length; i++) {
                weights[i] = termWeight[ids[i]] * (action && i == 0 ? ACTION_WEIGHT : 1);
                total += weights[i];
                if (weights[i] > weights[head]) {
                    head = i;
                }
                postings[ids[i]][filled[ids[i]]++] = l;
            }
            labels.add(new Label(
                    (int) about[0],
                    (How) about[1],
                    (boolean) about[2],
                    ids,
                    weights,
                    total,
                    head,
                    conceptsByTerms.get(key(ids)).size()));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            index.put(concepts.get(i).id(), i);
        }
        Map<Integer, int[]> essential = new HashMap<>();
        Map<Integer, int[]> skillsOf = new HashMap<>();
        for (OccupationProfile profile : profiles) {
            Integer occupation = index.get(profile.id());
            if (occupation != null) {
                essential.put(occupation, indexes(profile.essential(), index));
                List<String> all = new ArrayList<>(profile.essential());
                all.addAll(profile.optional());
                int[] skills = indexes(all, index);
                Arrays.sort(skills);
                skillsOf.put(occupation, skills);
            }
        }
        return new LabelDictionary(
                vocabulary,
                concepts,
                labels,
                Map.copyOf(termIds),
                termWeight,
                postings,
                Set.copyOf(dutchWords),
                Map.copyOf(fromPorter),
                Map.copyOf(essential),
                Map.copyOf(skillsOf));
    }

    private static int[] indexes(List<String> ids, Map<String, Integer> index) {
        return ids.stream()
                .map(index::get)
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .distinct()
                .toArray();
    }

    /** True when some occupation needs both skills. */
    boolean shareAnOccupation(int skill, int other) {
        int[] a = occupationsOf[skill];
        int[] b = occupationsOf[other];
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    boolean needs(int occupation, int skill) {
        int[] skills = skillsOf.get(occupation);
        return skills != null && Arrays.binarySearch(skills, skill) >= 0;
    }

    private static String key(int[] terms) {
        int[] sorted = terms.clone();
        Arrays.sort(sorted);
        return Arrays.toString(sorted);
    }

    /**
     * English words: lower case, accents folded, stop words dropped, and Krovetz's light stemming
     * ("operated" → operate, "trucks" → truck), which keeps words apart that Porter's joins
     * ("operative" and "operations", "recorder" and "records", "excellence" and "Excel").
     */
    static Analyzer englishWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(tokenizer, new KStemFilter(stream));
            }
        };
    }

    int term(String language, String stem) {
        Integer id = terms.get(language + ":" + stem);
        return id == null ? -1 : id;
    }
}
