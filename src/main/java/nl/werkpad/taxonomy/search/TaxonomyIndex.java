package nl.werkpad.taxonomy.search;

import static nl.werkpad.taxonomy.search.ConceptDocument.CONTEXT;
import static nl.werkpad.taxonomy.search.ConceptDocument.FEATURES;
import static nl.werkpad.taxonomy.search.ConceptDocument.ID;
import static nl.werkpad.taxonomy.search.ConceptDocument.KIND;
import static nl.werkpad.taxonomy.search.ConceptDocument.POPULARITY;
import static nl.werkpad.taxonomy.search.ConceptDocument.STEM_ALT;
import static nl.werkpad.taxonomy.search.ConceptDocument.STEM_ALT_EN;
import static nl.werkpad.taxonomy.search.ConceptDocument.STEM_CONTEXT;
import static nl.werkpad.taxonomy.search.ConceptDocument.STEM_CONTEXT_ALT;
import static nl.werkpad.taxonomy.search.ConceptDocument.STEM_DESCRIPTION;
import static nl.werkpad.taxonomy.search.ConceptDocument.STEM_GROUP;
import static nl.werkpad.taxonomy.search.ConceptDocument.STEM_PREF;
import static nl.werkpad.taxonomy.search.ConceptDocument.STEM_PREF_EN;
import static nl.werkpad.taxonomy.search.ConceptDocument.TYPE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.springframework.stereotype.Component;

/**
 * In-memory Lucene index of every skill and occupation label, for type-ahead in Dutch and English.
 * A word matches as a whole word, as the start of a word ("las" → "lasser"), or with one or two typos
 * ("lassr"); the best of those ways counts per word. Preferred labels weigh more than alternative
 * ones, the visitor's language a little more than the other, an exact label most; specialised
 * skills are also found by the Dutch names of their occupations. Built after each import (seconds) and
 * kept in the data directory so that a restart only opens it; never the only copy of anything.
 */
@Component
public class TaxonomyIndex {

    private static final float REQUESTED_LANGUAGE = 1.3f;
    private static final int TYPO_EXPANSIONS = 10;
    /** Change this whenever {@link ConceptDocument#of} changes, so that kept indexes are built anew. */
    public static final String FORMAT = "3"; // 3: in parts (IndexParts)

    private record State(
            IndexSearcher searcher,
            Map<String, IndexedConcept> byId,
            Set<String> languages,
            Analyzer dutch,
            Glossary glossary,
            long generation) {}

    private final Analyzer words = Analyzers.words();
    private volatile State state = new State(null, Map.of(), Set.of(), null, Glossary.empty(), 0);

    /** Builds the index in memory (tests of the search itself). */
    public void rebuild(Collection<IndexedConcept> concepts) {
        load(concepts, List.of(), null, null);
    }

    /**
     * Opens the index kept in {@code folder} when it was built for {@code key} (the database and the
     * import it reflects), else builds it there. Building takes seconds; opening, milliseconds.
     *
     * @param parallelTexts pairs of a Dutch and an English text about the same concept (labels, descriptions)
     */
    public void load(Collection<IndexedConcept> concepts, List<String[]> parallelTexts, Path folder, String key) {
        load(
                concepts,
                parallelTexts,
                folder,
                key,
                IndexParts.forCores(Runtime.getRuntime().availableProcessors()));
    }

    /** Builds the index in memory in {@code parts} parts (see {@link IndexParts}). */
    void rebuild(Collection<IndexedConcept> concepts, int parts) {
        load(concepts, List.of(), null, null, parts);
    }

    private void load(
            Collection<IndexedConcept> concepts, List<String[]> parallelTexts, Path folder, String key, int parts) {
        Map<String, Analyzer> perField = new HashMap<>();
        Set<String> languages = new LinkedHashSet<>();
        concepts.forEach(c -> languages.addAll(c.preferred().keySet()));
        for (String lang : languages) {
            perField.put(ConceptDocument.prefixField("pref", lang), Analyzers.prefixes());
            perField.put(ConceptDocument.prefixField("alt", lang), Analyzers.prefixes());
        }
        perField.put(ConceptDocument.prefixField(CONTEXT, ""), Analyzers.prefixes());
        Map<String, IndexedConcept> byId = new HashMap<>();
        concepts.forEach(concept -> byId.put(concept.id(), concept.withoutDescriptions()));
        Analyzer dutch = Analyzers.dutch(Analyzers.dictionary(dutchVocabulary(concepts)));
        for (String field :
                List.of(STEM_PREF, STEM_ALT, STEM_CONTEXT, STEM_CONTEXT_ALT, STEM_GROUP, STEM_DESCRIPTION)) {
            perField.put(field, dutch);
        }
        Analyzer english = Analyzers.english();
        perField.put(STEM_PREF_EN, english);
        perField.put(STEM_ALT_EN, english);
        Glossary glossary = Glossary.learn(
                parallelTexts.stream()
                        .map(p -> new Glossary.Parallel(p[0], p[1]))
                        .toList(),
                dutch,
                english);
        try {
            Path keyFile = folder == null ? null : folder.resolve("built-for.txt");
            boolean current = keyFile != null
                    && Files.exists(keyFile)
                    && Files.readString(keyFile).equals(key);
            List<Directory> written;
            if (current) {
                written = IndexParts.kept(folder);
            } else {
                if (keyFile != null) {
                    Files.deleteIfExists(keyFile);
                }
                written = IndexParts.write(
                        folder,
                        parts,
                        List.copyOf(concepts),
                        concept -> ConceptDocument.of(concept, byId, words),
                        () -> new IndexWriterConfig(new PerFieldAnalyzerWrapper(words, perField))
                                .setRAMBufferSizeMB(256) // one flush per part, no merging on the way
                                .setUseCompoundFile(false)
                                .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
                if (keyFile != null) {
                    Files.writeString(keyFile, key);
                }
            }
            state = new State(
                    new IndexSearcher(IndexParts.open(written)),
                    Map.copyOf(byId),
                    Set.copyOf(languages),
                    dutch,
                    glossary,
                    state.generation() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Dutch word ESCO uses in a label: the dictionary compounds are split against. */
    private static List<String> dutchVocabulary(Collection<IndexedConcept> concepts) {
        List<String> labels = new ArrayList<>();
        for (IndexedConcept c : concepts) {
            if (c.preferred().containsKey("nl")) {
                labels.add(c.preferred().get("nl"));
            }
            labels.addAll(c.alternative().getOrDefault("nl", List.of()));
        }
        return labels;
    }

    /**
     * What reading text outside this index needs, consistent with what the index searches: every skill,
     * skill group and occupation with its labels, the Dutch analyzer (stems and compound parts, split
     * against ESCO's Dutch words) and the Dutch→English glossary.
     */
    public Vocabulary vocabulary() {
        State current = state;
        return new Vocabulary(current.byId().values(), current.dutch(), current.glossary(), current.generation());
    }

    /**
     * See {@link #vocabulary()}.
     *
     * @param generation counts the index's builds: a reader rebuilds what it derived when this changes (0: not built yet)
     */
    public record Vocabulary(Collection<IndexedConcept> concepts, Analyzer dutch, Glossary glossary, long generation) {}

    public boolean isBuilt() {
        return state.searcher() != null;
    }

    public Optional<IndexedConcept> concept(String id) {
        return Optional.ofNullable(state.byId().get(id));
    }

    /**
     * The best matches for what someone typed.
     *
     * @param type for skills only: knowledge, skill, language or transversal; null for all
     */
    public List<IndexedConcept> search(String text, IndexedConcept.Kind kind, String language, String type, int limit) {
        State current = state;
        List<String> tokens = Analyzers.tokens(words, text == null ? "" : text);
        List<String> meaningful = tokens.stream()
                .filter(t -> !Analyzers.DUTCH_STOP_WORDS.contains(t))
                .toList();
        if (!meaningful.isEmpty()) { // "tillen van patiënten": "van" must not be required
            tokens = meaningful;
        }
        if (current.searcher() == null || tokens.isEmpty()) {
            return List.of();
        }
        List<IndexedConcept> hits = run(current, query(current, tokens, text, kind, language, type, Occur.MUST), limit);
        if (hits.size() < limit && tokens.size() > 1) {
            // fewer than asked when every word must match: the best of those first, then any word's best
            List<IndexedConcept> more = new ArrayList<>(hits);
            for (IndexedConcept c :
                    run(current, query(current, tokens, text, kind, language, type, Occur.SHOULD), limit)) {
                if (more.size() < limit && !more.contains(c)) {
                    more.add(c);
                }
            }
            hits = more;
        }
        return hits;
    }

    private Query query(
            State current,
            List<String> tokens,
            String text,
            IndexedConcept.Kind kind,
            String language,
            String type,
            Occur perToken) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String token : tokens) {
            // the best way the word matches counts, not how many labels it matches
            List<Query> ways = new ArrayList<>();
            boolean mayBeTypo = token.length() >= 4 && !isKnownWord(current, token);
            for (String lang : current.languages()) {
                float weight = lang.equals(language) ? REQUESTED_LANGUAGE : 1f;
                ways.add(boost(new TermQuery(new Term("pref_" + lang, token)), 6 * weight));
                ways.add(boost(new TermQuery(new Term("alt_" + lang, token)), 4 * weight));
                ways.add(boost(new TermQuery(new Term(ConceptDocument.prefixField("pref", lang), token)), 3 * weight));
                ways.add(boost(new TermQuery(new Term(ConceptDocument.prefixField("alt", lang), token)), 2 * weight));
                if (mayBeTypo) {
                    int edits = token.length() >= 9 ? 2 : 1;
                    ways.add(boost(typo("pref_" + lang, token, edits), 1.5f * weight));
                    ways.add(boost(typo("alt_" + lang, token, edits), weight));
                }
            }
            ways.add(boost(new TermQuery(new Term(CONTEXT, token)), 2.5f));
            ways.add(boost(new TermQuery(new Term(ConceptDocument.prefixField(CONTEXT, ""), token)), 1f));
            dutchWays(current, token, "nl".equals(language) ? REQUESTED_LANGUAGE : 1f, ways);
            query.add(new DisjunctionMaxQuery(ways, 0.01f), perToken);
        }
        String whole = String.join(" ", tokens);
        for (String lang : current.languages()) {
            should(query, new TermQuery(new Term("exact_" + lang, whole)), lang.equals(language) ? 12 : 10);
        }
        query.add(FeatureField.newSaturationQuery(FEATURES, POPULARITY, 0.5f, 5f), Occur.SHOULD);
        query.add(new TermQuery(new Term(KIND, kind.name())), Occur.FILTER);
        if (type != null && !type.isBlank()) {
            query.add(new TermQuery(new Term(TYPE, type)), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * Whether some label has this word as it stands. Such a word is no typo, so its fuzzy ways (the costliest
     * part of a query: an automaton per field) are left out; a word no label knows gets them.
     */
    private static boolean isKnownWord(State current, String token) {
        for (String lang : current.languages()) {
            if (docFreq(current, "pref_" + lang, token) > 0 || docFreq(current, "alt_" + lang, token) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a field within {@code edits} of a mistyped word (first two letters as typed, swapped letters one
     * edit). Ten such words are plenty for suggestions; each one more is another list of labels to score.
     */
    private static Query typo(String field, String word, int edits) {
        return new FuzzyQuery(new Term(field, word), edits, 2, TYPO_EXPANSIONS, true);
    }

    private static int docFreq(State current, String field, String term) {
        try {
            return current.searcher().getIndexReader().docFreq(new Term(field, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Dutch ways a word matches: by its stem ("warmtepompen" finds "warmtepomp"), and by the stems of
     * the words it is made of ("pomp"), those weaker; in labels, in the names of the occupations that
     * need the skill, and in the name of its skill group.
     */
    private static void dutchWays(State current, String token, float weight, List<Query> ways) {
        List<String> stems = Analyzers.tokens(current.dutch(), token);
        if (stems.isEmpty()) {
            return;
        }
        String stem = stems.getFirst();
        ways.add(boost(new TermQuery(new Term(STEM_PREF, stem)), 5.5f * weight));
        ways.add(boost(new TermQuery(new Term(STEM_ALT, stem)), 3.5f * weight));
        ways.add(boost(new TermQuery(new Term(STEM_CONTEXT, stem)), 2.4f));
        ways.add(boost(new TermQuery(new Term(STEM_CONTEXT_ALT, stem)), 1.6f));
        ways.add(boost(new TermQuery(new Term(STEM_GROUP, stem)), 1.2f));
        ways.add(boost(new TermQuery(new Term(STEM_DESCRIPTION, stem)), 0.8f));
        if (stem.length() >= 5 && docFreq(current, STEM_CONTEXT, stem) == 0) {
            ways.add(boost(typo(STEM_CONTEXT, stem, 1), 1.2f));
        }
        translated(current, List.of(stem), 2.6f, ways);
        List<String> parts = stems.subList(1, stems.size()).stream()
                .distinct()
                .filter(p -> !p.equals(stem))
                .toList();
        for (String part : parts) {
            ways.add(boost(new TermQuery(new Term(STEM_PREF, part)), 1.6f * weight));
            ways.add(boost(new TermQuery(new Term(STEM_ALT, part)), 1.1f * weight));
            ways.add(boost(new TermQuery(new Term(STEM_CONTEXT, part)), 0.9f));
            ways.add(boost(new TermQuery(new Term(STEM_GROUP, part)), 0.5f));
        }
        translated(current, parts, 1.2f, ways);
    }

    /** English labels with what the Dutch stems likely mean, each English stem weighed by how likely. */
    private static void translated(State current, List<String> dutchStems, float weight, List<Query> ways) {
        BooleanQuery.Builder english = new BooleanQuery.Builder();
        int clauses = 0;
        for (String stem : dutchStems) {
            for (Glossary.Translation t : current.glossary().translate(stem)) {
                english.add(boost(new TermQuery(new Term(STEM_PREF_EN, t.english())), t.weight()), Occur.SHOULD);
                english.add(boost(new TermQuery(new Term(STEM_ALT_EN, t.english())), 0.6f * t.weight()), Occur.SHOULD);
                clauses += 2;
            }
        }
        if (clauses > 0) {
            ways.add(boost(english.build(), weight));
        }
    }

    private static void should(BooleanQuery.Builder builder, Query query, float boost) {
        builder.add(boost(query, boost), Occur.SHOULD);
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }

    private static List<IndexedConcept> run(State current, Query query, int limit) {
        try {
            List<IndexedConcept> hits = new ArrayList<>();
            for (ScoreDoc doc : current.searcher().search(query, limit).scoreDocs) {
                String id = current.searcher().storedFields().document(doc.doc).get(ID);
                hits.add(current.byId().get(id));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
