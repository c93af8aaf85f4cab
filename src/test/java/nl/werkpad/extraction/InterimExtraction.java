package nl.werkpad.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/** TEMPORARY, removed once the real engine is merged: words looked up one by one in the taxonomy's suggestions. */
@Component
@org.springframework.context.annotation.Conditional(InterimExtraction.NoEngineYet.class)
class InterimExtraction implements SkillExtraction {

    /** Stands aside as soon as the real engine's package is on the class path. */
    static final class NoEngineYet implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                               org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            return !context.getResourceLoader().getResource("classpath:nl/werkpad/extraction/engine/").exists();
        }
    }

    private final Taxonomy taxonomy;

    InterimExtraction(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public Extraction extract(ExtractionRequest request) {
        String language = request.language() == null ? (request.text().matches("(?s).*\\b(ik|als|bij|de|het)\\b.*") ? "nl" : "en") : request.language();
        Map<String, Extraction.FoundSkill> skills = new LinkedHashMap<>();
        Map<String, Extraction.FoundOccupation> occupations = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\p{L}{5,}").matcher(request.text());
        while (m.find()) {
            var ev = List.of(new Extraction.Evidence(m.start(), m.end(), m.group(), Extraction.How.PREFERRED_LABEL));
            taxonomy.suggestOccupations(m.group(), language, 1).forEach(o -> occupations.putIfAbsent(o.id(),
                    new Extraction.FoundOccupation(new nl.werkpad.taxonomy.OccupationRef(o.id(), o.uri(), o.label(), language), 0.8, ev)));
            taxonomy.suggestSkills(m.group(), language, null, 1).forEach(s -> skills.putIfAbsent(s.id(),
                    new Extraction.FoundSkill(new nl.werkpad.taxonomy.SkillRef(s.id(), s.uri(), s.label(), language), 0.7, ev)));
        }
        return new Extraction(language, new ArrayList<>(skills.values()).subList(0, Math.min(skills.size(), request.limit())),
                new ArrayList<>(occupations.values()).subList(0, Math.min(occupations.size(), request.limit())));
    }
}
