package nl.werkpad.vacancies.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import nl.werkpad.extraction.Extraction;
import nl.werkpad.taxonomy.SkillRef;
import org.junit.jupiter.api.Test;

class SkillsFromDescriptionTests {

    private static Extraction.FoundSkill skill(String id, double score, Extraction.How how) {
        return new Extraction.FoundSkill(
                new SkillRef(id, null, id, "nl"), score, List.of(new Extraction.Evidence(0, 3, "abc", how)));
    }

    @Test
    void clearlyStatedSkillsAreEssentialTheRestOptionalAndOccupationSkillsLeftOut() {
        var derived = SkillsFromDescription.of(new Extraction(
                "nl",
                List.of(
                        skill("weak", 0.55, Extraction.How.ALTERNATIVE_LABEL),
                        skill("strong", 0.9, Extraction.How.PREFERRED_LABEL),
                        skill("from-occupation", 0.44, Extraction.How.OCCUPATION_SKILL),
                        skill("noise", 0.1, Extraction.How.SIMILAR_MEANING)),
                List.of()));
        assertThat(derived.essential()).extracting(s -> s.skill().id()).containsExactly("strong");
        assertThat(derived.optional()).extracting(s -> s.skill().id()).containsExactly("weak");
    }

    @Test
    void whenNothingIsClearlyStatedTheBestStatedSkillsAreEssential() {
        var derived = SkillsFromDescription.of(new Extraction(
                "nl",
                List.of(
                        skill("a", 0.6, Extraction.How.PREFERRED_LABEL),
                        skill("b", 0.55, Extraction.How.PREFERRED_LABEL),
                        skill("c", 0.52, Extraction.How.HIDDEN_LABEL),
                        skill("d", 0.51, Extraction.How.ALTERNATIVE_LABEL)),
                List.of()));
        assertThat(derived.essential()).extracting(s -> s.skill().id()).containsExactly("a", "b", "c");
        assertThat(derived.optional()).extracting(s -> s.skill().id()).containsExactly("d");
    }

    @Test
    void theEssentialListIsShort() {
        var many = IntStream.range(0, 20)
                .mapToObj(i -> skill("s" + i, 0.95 - i * 0.01, Extraction.How.PREFERRED_LABEL))
                .toList();
        var derived = SkillsFromDescription.of(new Extraction("nl", many, List.of()));
        assertThat(derived.essential()).hasSize(SkillsFromDescription.MAX_ESSENTIAL);
        assertThat(derived.optional()).hasSize(SkillsFromDescription.MAX_OPTIONAL);
    }
}
