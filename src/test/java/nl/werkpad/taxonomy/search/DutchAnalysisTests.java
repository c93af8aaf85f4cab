package nl.werkpad.taxonomy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkpad.taxonomy.search.IndexedConcept.Kind;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The Dutch analysis behind the skill search, on a handful of concepts instead of all of ESCO. */
class DutchAnalysisTests {

    private static final Analyzer DUTCH = Analyzers.dutch(Analyzers.dictionary(
            List.of("monteur warmtepompinstallatie", "warmtepomp", "pomp", "installatie", "warmte")));

    @Test
    void pluralsAndCompoundsShareTheirStemAndParts() {
        List<String> warmtepompen = Analyzers.tokens(DUTCH, "warmtepompen");
        List<String> warmtepomp = Analyzers.tokens(DUTCH, "warmtepomp");
        assertThat(warmtepompen.getFirst()).isEqualTo(warmtepomp.getFirst());
        assertThat(warmtepompen)
                .contains(
                        Analyzers.tokens(DUTCH, "pomp").getFirst(),
                        Analyzers.tokens(DUTCH, "warmte").getFirst());
        assertThat(Analyzers.tokens(DUTCH, "warmtepompinstallatie"))
                .contains(
                        warmtepomp.getFirst(),
                        Analyzers.tokens(DUTCH, "installatie").getFirst());
    }

    @Test
    void diacriticsFoldAndStopWordsGo() {
        assertThat(Analyzers.tokens(DUTCH, "patiënten")).isEqualTo(Analyzers.tokens(DUTCH, "patienten"));
        assertThat(Analyzers.tokens(DUTCH, "tillen van de patiënt")).hasSize(2);
    }

    @Test
    void englishWordsAreStemmedForTheBridge() {
        assertThat(Analyzers.tokens(Analyzers.english(), "drawings")).containsExactly("draw");
        assertThat(Analyzers.tokens(Analyzers.english(), "the heat pumps")).containsExactly("heat", "pump");
    }

    @Test
    void theGlossaryLearnsWhatADutchWordMeansFromParallelTexts() {
        Glossary glossary = Glossary.learn(
                List.of(
                        new Glossary.Parallel("lasser", "welder"),
                        new Glossary.Parallel("onderwaterlasser", "underwater welder"),
                        new Glossary.Parallel(
                                "Lassers verbinden metalen delen door te lassen.",
                                "Welders join metal parts by welding."),
                        new Glossary.Parallel("bakker", "baker"),
                        new Glossary.Parallel("Bakkers bakken brood.", "Bakers bake bread.")),
                DUTCH,
                Analyzers.english());
        assertThat(glossary.translate(Analyzers.tokens(DUTCH, "lassers").getFirst()))
                .extracting(Glossary.Translation::english)
                .contains("welder");
        assertThat(glossary.translate("onbekend")).isEmpty();
    }

    private static IndexedConcept skill(String id, String english, String group, List<String> occupations) {
        return new IndexedConcept(
                id,
                Kind.SKILL,
                null,
                Map.of("en", english),
                Map.of(),
                Map.of(),
                Set.of("skill"),
                null,
                group,
                occupations,
                List.of(),
                List.of(),
                1);
    }

    @Test
    void aDutchWordFindsEnglishOnlySkillsThroughOccupationsGroupsAndTypos() {
        TaxonomyIndex index = new TaxonomyIndex();
        IndexedConcept group = new IndexedConcept(
                "g1",
                Kind.SKILL_GROUP,
                null,
                Map.of("en", "installing heating equipment", "nl", "installeren van verwarming"),
                Map.of(),
                Map.of(),
                Set.of(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                1);
        // an occupation's Dutch names also feed the dictionary compounds are split against
        IndexedConcept occupation = new IndexedConcept(
                "o1",
                Kind.OCCUPATION,
                null,
                Map.of("en", "heat pump installer", "nl", "monteur warmtepompinstallatie"),
                Map.of("nl", List.of("installateur warmtepomp", "installatie monteur")),
                Map.of(),
                Set.of(),
                "7126",
                null,
                List.of(),
                List.of(),
                List.of(),
                1);
        index.rebuild(List.of(
                group,
                occupation,
                skill("s1", "install heat pump", "g1", List.of("monteur warmtepompinstallatie")),
                skill("s2", "bake bread", null, List.of("bakker")),
                skill("s3", "install radiators", "g1", List.of())));

        assertThat(index.search("warmtepompen", Kind.SKILL, "nl", null, 5))
                .extracting(IndexedConcept::id)
                .startsWith("s1");
        assertThat(index.search("warmtepomp", Kind.SKILL, "nl", null, 5))
                .extracting(IndexedConcept::id)
                .startsWith("s1");
        assertThat(index.search("warmtepmp", Kind.SKILL, "nl", null, 5))
                .extracting(IndexedConcept::id)
                .startsWith("s1");
        assertThat(index.search("verwarming", Kind.SKILL, "nl", null, 5))
                .extracting(IndexedConcept::id)
                .contains("s1", "s3");
        assertThat(index.search("bakkers", Kind.SKILL, "nl", null, 5))
                .extracting(IndexedConcept::id)
                .containsExactly("s2");
    }
}
