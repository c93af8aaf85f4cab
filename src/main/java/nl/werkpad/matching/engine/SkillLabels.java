package nl.werkpad.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.werkpad.matching.Match;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.SkillSpace;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;

/** Turns the engine's skill ordinals and score explanations into labelled records in the reader's language. */
final class SkillLabels {

    private final MatchingEngine engine;
    private final Taxonomy taxonomy;

    SkillLabels(MatchingEngine engine, Taxonomy taxonomy) {
        this.engine = engine;
        this.taxonomy = taxonomy;
    }

    SkillRef ref(int ordinal, String language) {
        String id = engine.space().id(ordinal);
        return taxonomy.skillRef(id, language).orElse(new SkillRef(id, null, id, "en"));
    }

    List<SkillRef> refs(Collection<Integer> ordinals, String language) {
        return ordinals.stream().filter(o -> o >= 0).map(o -> ref(o, language)).toList();
    }

    List<SkillRef> refs(int[] ordinals, String language) {
        return refs(Arrays.stream(ordinals).boxed().toList(), language);
    }

    List<Match.Matched> matched(MatchScorer.Explanation why, String language) {
        List<Match.Matched> matched = new ArrayList<>();
        why.matchedEssential().forEach(o -> matched.add(new Match.Matched(ref(o, language), true)));
        why.matchedOptional().forEach(o -> matched.add(new Match.Matched(ref(o, language), false)));
        return matched;
    }

    List<Match.PartialCredit> partial(MatchScorer.Explanation why, String language) {
        return why.partial().stream()
                .filter(p -> p.personSkill() >= 0)
                .map(p -> new Match.PartialCredit(
                        ref(p.required(), language),
                        ref(p.personSkill(), language),
                        Math.round(p.credit() * 100),
                        closeness(p.why()),
                        p.essential()))
                .toList();
    }

    static String closeness(SkillSpace.Closeness why) {
        return why == null ? "close" : why.name().toLowerCase(Locale.ROOT);
    }
}
