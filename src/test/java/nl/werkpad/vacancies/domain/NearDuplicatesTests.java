package nl.werkpad.vacancies.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Precision and recall of the near-duplicate rule on a labelled set of 152 pairs of postings of one employer in one
 * municipality (src/test/resources/formats/duplicates: 80 the same vacancy edited, 72 other vacancies, 12 of them of
 * the same trade). The numbers are in docs/formats.md; this test fails when the chosen thresholds fall below them.
 */
class NearDuplicatesTests {

    record Pair(String titleA, String textA, String titleB, String textB, boolean same) {}

    static List<Pair> pairs() throws Exception {
        List<Pair> pairs = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (var in = new BufferedReader(new InputStreamReader(
                NearDuplicatesTests.class.getResourceAsStream("/formats/duplicates/pairs.jsonl"),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode p = json.readTree(line);
                pairs.add(new Pair(
                        p.path("a").path("title").asString(),
                        p.path("a").path("text").asString(),
                        p.path("b").path("title").asString(),
                        p.path("b").path("text").asString(),
                        p.path("same").asBoolean()));
            }
        }
        return pairs;
    }

    record Score(double precision, double recall) {}

    static Score score(List<Pair> pairs, double title, double text) {
        int tp = 0, fp = 0, fn = 0;
        for (Pair p : pairs) {
            boolean said = NearDuplicates.same(p.titleA(), p.textA(), p.titleB(), p.textB(), title, text);
            if (said && p.same()) {
                tp++;
            } else if (said) {
                fp++;
            } else if (p.same()) {
                fn++;
            }
        }
        return new Score(tp + fp == 0 ? 1 : (double) tp / (tp + fp), (double) tp / (tp + fn));
    }

    @Test
    void theChosenThresholdsFindTheEditedVacanciesAndNoOtherVacancy() throws Exception {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSize(152);
        Score chosen = score(pairs, NearDuplicates.TITLE, NearDuplicates.TEXT);
        StringBuilder grid = new StringBuilder("title\\text");
        double[] texts = {0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6};
        for (double t : texts) {
            grid.append(String.format(" | %.2f", t));
        }
        for (double title : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
            grid.append(String.format("%n%.1f", title));
            for (double t : texts) {
                Score s = score(pairs, title, t);
                grid.append(String.format(" | P %.2f R %.2f", s.precision(), s.recall()));
            }
        }
        System.out.println("Near-duplicate precision/recall (title threshold rows, text threshold columns):\n" + grid
                + "\nchosen: title " + NearDuplicates.TITLE + ", text " + NearDuplicates.TEXT + " -> " + chosen);
        assertThat(chosen.precision()).isEqualTo(1.0);
        assertThat(chosen.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void genderMarksAndCaseDoNotMakeTitlesDiffer() {
        assertThat(NearDuplicates.titleSimilarity("Lasser (m/v/x)", "lasser")).isEqualTo(1.0);
        assertThat(NearDuplicates.titleSimilarity("Lasser", "Timmerman")).isZero();
        assertThat(NearDuplicates.same("Lasser", null, "Lasser M/V", "")).isTrue();
        assertThat(NearDuplicates.same("Lasser", null, "Lasser TIG nachtdienst", ""))
                .isFalse();
    }
}
