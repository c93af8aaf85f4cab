package nl.werkpad.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.werkpad.extraction.Extraction.Evidence;
import nl.werkpad.extraction.Extraction.FoundOccupation;
import nl.werkpad.extraction.Extraction.FoundSkill;
import nl.werkpad.extraction.Extraction.How;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The extraction on the bundled ESCO: what a careful reader would tag, with the words that gave rise to it. */
@WerkpadTest
class ExtractionTests {

    @Autowired
    SkillExtraction extraction;

    @Test
    void readsADutchCvLine() {
        String text = "15 jaar lasser bij een scheepswerf, MIG/MAG lassen, heftruckcertificaat.";
        Extraction found = extraction.extract(ExtractionRequest.of(text));
        print(text, found);

        assertThat(found.language()).isEqualTo("nl");
        FoundOccupation welder = found.occupations().getFirst();
        assertThat(welder.occupation().label()).isEqualTo("lasser");
        assertThat(welder.evidence()).extracting(Evidence::text).containsExactly("lasser");
        assertThat(stated(found))
                .extracting(s -> s.skill().label())
                .contains("perform metal active gas welding")
                .anyMatch(label -> label.contains("forklift") || label.contains("heftruck"));
        everyEvidencePointsIntoTheText(text, found);
    }

    @Test
    void findsJobTitlesInflectedAndCompound() {
        String text = "Wij zoeken lassers en een CNC-draaier. Ook een warmtepompmonteur is welkom.";
        Extraction found = extraction.extract(ExtractionRequest.of(text));
        print(text, found);
        assertThat(found.occupations()).extracting(o -> o.occupation().label()).contains("lasser", "draaier");
        assertThat(found.occupations())
                .flatExtracting(FoundOccupation::evidence)
                .extracting(Evidence::text)
                .contains("lassers", "CNC-draaier", "warmtepompmonteur");
    }

    @Test
    void readsEnglish() {
        String text =
                "Experienced forklift driver. I operated reach trucks in a warehouse and kept the stock records in Excel.";
        Extraction found = extraction.extract(ExtractionRequest.of(text));
        print(text, found);

        assertThat(found.language()).isEqualTo("en");
        assertThat(found.occupations()).extracting(o -> o.occupation().label()).contains("forklift operator");
        assertThat(stated(found)).extracting(s -> s.skill().label()).contains("operate forklift");
        everyEvidencePointsIntoTheText(text, found);
    }

    @Test
    void skillsFromAnOccupationRankBelowStatedOnesAndSaySo() {
        String text = "Ik werkte als kok in een restaurant en bereidde vis.";
        Extraction found = extraction.extract(new ExtractionRequest(text, "nl", 60));
        print(text, found);

        List<FoundSkill> skills = found.skills();
        int firstFromOccupation = indexOfFirst(skills, true);
        assertThat(firstFromOccupation).isGreaterThan(0);
        assertThat(skills.subList(firstFromOccupation, skills.size()))
                .allMatch(FoundSkill::onlyFromOccupation)
                .allMatch(s -> s.score() < 0.5)
                .allMatch(s -> s.evidence().stream()
                        .allMatch(
                                e -> e.how() == How.OCCUPATION_SKILL && e.text().equals("kok")));
        assertThat(skills.subList(0, firstFromOccupation)).allMatch(s -> s.score() >= 0.5);
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> extraction.extract(ExtractionRequest.of("   ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> extraction.extract(ExtractionRequest.of("a".repeat(SkillExtraction.MAX_TEXT_CHARS + 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> extraction.extract(new ExtractionRequest("lassen", "nl", 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> extraction.extract(new ExtractionRequest("lassen", "de", 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<FoundSkill> stated(Extraction found) {
        return found.skills().stream().filter(s -> !s.onlyFromOccupation()).toList();
    }

    private static int indexOfFirst(List<FoundSkill> skills, boolean fromOccupation) {
        for (int i = 0; i < skills.size(); i++) {
            if (skills.get(i).onlyFromOccupation() == fromOccupation) {
                return i;
            }
        }
        return -1;
    }

    private static void everyEvidencePointsIntoTheText(String text, Extraction found) {
        found.skills().forEach(s -> s.evidence()
                .forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text())));
        found.occupations().forEach(o -> o.evidence()
                .forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text())));
    }

    private static void print(String text, Extraction found) {
        System.out.println("== " + text);
        found.occupations()
                .forEach(o -> System.out.println(
                        "  O " + o.score() + " " + o.occupation().label() + " " + o.evidence()));
        found.skills()
                .forEach(s ->
                        System.out.println("  S " + s.score() + " " + s.skill().label() + " " + s.evidence()));
    }
}
