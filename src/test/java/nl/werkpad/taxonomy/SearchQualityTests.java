package nl.werkpad.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.importer.EscoPackageReader;
import org.junit.jupiter.api.Test;
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
        List<String> labels = taxonomy.suggestOccupations(query, language, within).stream()
                .map(Occupation::label)
                .toList();
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
        List<String> labels = taxonomy.suggestSkills(query, "nl", null, within).stream()
                .map(Skill::label)
                .toList();
        assertThat(labels).contains(expected);
    }

    record EverydayQuery(String text, String sector, Set<String> accepted) {}

    /** The everyday Dutch set (src/test/resources/search/README.md); an accepted skill may carry its local id. */
    static List<EverydayQuery> everydayQueries() throws IOException {
        List<EverydayQuery> queries = new ArrayList<>();
        try (InputStream in = SearchQualityTests.class.getResourceAsStream("/search/dutch-everyday-queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Set<String> accepted = new HashSet<>(List.of(f[2].split(";")));
                for (String label : f[3].split(";")) {
                    accepted.add(EscoPackageReader.localSkillId(label));
                }
                queries.add(new EverydayQuery(f[0], f[1], accepted));
            }
        }
        return queries;
    }

    @Test
    void everydayDutchFindsTheIntendedSkill() throws IOException {
        List<EverydayQuery> queries = everydayQueries();
        int found = 0;
        double reciprocalRanks = 0;
        StringBuilder missed = new StringBuilder();
        for (EverydayQuery query : queries) {
            List<Skill> hits = taxonomy.suggestSkills(query.text(), "nl", null, 10);
            int rank = 0;
            for (int i = 0; i < hits.size() && rank == 0; i++) {
                if (query.accepted().contains(hits.get(i).id())) {
                    rank = i + 1;
                }
            }
            if (rank > 0) {
                found++;
                reciprocalRanks += 1.0 / rank;
            } else {
                missed.append("  ")
                        .append(query.text())
                        .append(" -> ")
                        .append(hits.stream().limit(3).map(Skill::label).toList())
                        .append('\n');
            }
        }
        double top10 = (double) found / queries.size();
        double mrr = reciprocalRanks / queries.size();
        String report = "Everyday Dutch skill search: %d queries, found in top 10: %d (%.1f%%), MRR %.3f%nMissed:%n%s"
                .formatted(queries.size(), found, 100 * top10, mrr, missed);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-quality-dutch.txt"), report);
        assertThat(queries).hasSizeGreaterThanOrEqualTo(100);
        assertThat(top10).as(report).isGreaterThanOrEqualTo(0.80);
    }
}
