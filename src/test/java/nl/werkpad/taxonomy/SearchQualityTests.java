package nl.werkpad.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What people type and what they must find near the top: Dutch and English, typos, word starts and
 * alternative labels. A change in ranking that breaks one of these is a regression.
 */
@WerkpadTest
class SearchQualityTests {

    @Autowired
    Taxonomy taxonomy;

    @ParameterizedTest(name = "occupation \"{0}\" ({1}) finds \"{2}\" in the top {3}")
    @CsvSource({
        "lasser, nl, lasser, 1",
        "welder, en, welder, 1",
        "welder, nl, lasser, 1",
        "lassr, nl, lasser, 1",
        "las, nl, lasser, 5",
        "heftruck, nl, heftruckchauffeur, 1",
        "vorkheftruck, nl, heftruckchauffeur, 1",
        "kok, nl, kok, 1",
        "software ontwikkelaar, nl, software ontwikkelaar, 1",
        "sofware developer, en, software developer, 3",
        "vrachtwagen chauffeur, nl, vrachtwagenchauffeur, 3",
        "verpleegkundige, nl, algemeen verpleegkundige, 3",
        "nurse, en, nurse responsible for general care, 5",
        "elektricien, nl, monteur elektrische installaties, 3",
        "timmerman, nl, timmerman, 1",
    })
    void findsOccupations(String query, String language, String expected, int within) {
        List<String> labels = taxonomy.suggestOccupations(query, language, within).stream().map(Occupation::label).toList();
        assertThat(labels).contains(expected);
    }

    @ParameterizedTest(name = "skill \"{0}\" finds \"{1}\" in the top {2}")
    @CsvSource({
        "forklift, operate forklift, 1",
        "haskel, Haskell, 1",
        "python, Python (computer programming), 1",
        "welding, welding techniques, 3",
        "lasser, perform metal active gas welding, 5",
        "heftruck, conduct forklift inspections, 10",
        "teamwork, teamwork principles, 1",
        "custmer service, customer service, 3",
        "lead a team, lead a team, 1",
    })
    void findsSkills(String query, String expected, int within) {
        List<String> labels = taxonomy.suggestSkills(query, "nl", null, within).stream().map(Skill::label).toList();
        assertThat(labels).contains(expected);
    }
}
