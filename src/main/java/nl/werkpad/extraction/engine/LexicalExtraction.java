package nl.werkpad.extraction.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkpad.extraction.Extraction;
import nl.werkpad.extraction.Extraction.FoundOccupation;
import nl.werkpad.extraction.Extraction.FoundSkill;
import nl.werkpad.extraction.ExtractionRequest;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.taxonomy.search.TaxonomyIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Werkpad's skill extraction: the text read into terms ({@link ReadText}), the labels it names found
 * sentence by sentence ({@link LabelMatcher}), the concepts ranked ({@link Ranking}). Its dictionary is
 * derived from the taxonomy's search index and built again when that is (after an ESCO import); the
 * first build (a second or two) happens in the background once Werkpad is ready, or on first use.
 */
@Component
class LexicalExtraction implements SkillExtraction {

    private static final Logger log = LoggerFactory.getLogger(LexicalExtraction.class);

    private final TaxonomyIndex index;
    private final Taxonomy taxonomy;
    private volatile LabelDictionary dictionary;

    LexicalExtraction(TaxonomyIndex index, Taxonomy taxonomy) {
        this.index = index;
        this.taxonomy = taxonomy;
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        if (index.isBuilt()) {
            Thread.ofVirtual().name("extraction-dictionary").start(this::dictionary);
        }
    }

    @Override
    public Extraction extract(ExtractionRequest request) {
        String text = request.text();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The text is empty.");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("The text is longer than " + MAX_TEXT_CHARS + " characters.");
        }
        if (request.limit() < 1 || request.limit() > MAX_LIMIT) {
            throw new IllegalArgumentException("The limit must be between 1 and " + MAX_LIMIT + ".");
        }
        String language = request.language() == null ? ReadText.detectLanguage(text) : request.language();
        if (!language.equals("nl") && !language.equals("en")) {
            throw new IllegalArgumentException("The language must be nl or en.");
        }
        LabelDictionary current = dictionary();
        List<LabelMatcher.Hit> hits = LabelMatcher.match(current, ReadText.read(current, text, language));
        Ranking.Result result = Ranking.rank(current, text, hits, request.limit());
        List<FoundSkill> skills = new ArrayList<>();
        for (Ranking.Ranked r : result.skills()) {
            Optional<SkillRef> ref = taxonomy.skillRef(current.conceptIds[r.concept()], language);
            ref.ifPresent(skill -> skills.add(new FoundSkill(skill, r.score(), r.evidence())));
        }
        List<FoundOccupation> occupations = new ArrayList<>();
        for (Ranking.Ranked r : result.occupations()) {
            Optional<OccupationRef> ref = taxonomy.occupationRef(current.conceptIds[r.concept()], language);
            ref.ifPresent(occupation -> occupations.add(new FoundOccupation(occupation, r.score(), r.evidence())));
        }
        return new Extraction(language, List.copyOf(skills), List.copyOf(occupations));
    }

    /** Forgets the sentences met so far (a test compares matching afresh with the remembered hits). */
    void forgetSentences() {
        dictionary().sentenceHits.clear();
    }

    private LabelDictionary dictionary() {
        TaxonomyIndex.Vocabulary vocabulary = index.vocabulary();
        LabelDictionary current = dictionary;
        if (current != null && current.vocabulary.generation() == vocabulary.generation()) {
            return current;
        }
        synchronized (this) {
            current = dictionary;
            if (current == null || current.vocabulary.generation() != vocabulary.generation()) {
                long started = System.nanoTime();
                current = LabelDictionary.build(vocabulary, taxonomy.occupationProfiles());
                dictionary = current;
                log.info(
                        "Skill extraction: {} labels of {} concepts ready in {} ms",
                        current.labels.length,
                        current.conceptIds.length,
                        (System.nanoTime() - started) / 1_000_000);
            }
            return current;
        }
    }
}
