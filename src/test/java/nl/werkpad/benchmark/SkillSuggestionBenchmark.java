package nl.werkpad.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.werkpad.taxonomy.Skill;
import nl.werkpad.taxonomy.Taxonomy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Skill type-ahead over the full bundled skill set: Werkpad's Lucene index against the plain ways in
 * PostgreSQL (ILIKE, and pg_trgm similarity with a GIN index), same queries, same run. Also how often
 * each finds the skill the query was made from in its top 10. Run with {@code ./werkpad benchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class SkillSuggestionBenchmark {

    private static final int QUERIES = 400;
    private static final int LIMIT = 10;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    JdbcClient jdbc;

    record Query(String text, String skillId) {}

    /** What people type: the start of a label (3–8 letters, sometimes two words), a fifth with a typo. */
    private List<Query> queries() {
        List<String[]> labels = jdbc.sql("""
                select skill_id, label from taxonomy.skill_label where kind = 'preferred' and lang = 'en'
                order by skill_id""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        Random random = new Random(42);
        List<Query> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            String[] pick = labels.get(random.nextInt(labels.size()));
            String[] words = pick[1].split(" ");
            String word = words[random.nextInt(words.length)];
            if (word.length() < 4) {
                continue;
            }
            String text = word.substring(0, Math.min(word.length(), 3 + random.nextInt(6)));
            if (random.nextInt(5) == 0 && word.length() >= 6) {
                text = word.substring(0, 2) + word.charAt(3) + word.charAt(2) + word.substring(4); // swapped letters
            }
            queries.add(new Query(text, pick[0]));
        }
        return queries;
    }

    private List<String> ilike(String text) {
        return jdbc.sql("""
                select skill_id from taxonomy.skill_label where kind <> 'hidden' and label ilike :pattern
                group by skill_id order by min(length(label)) limit :limit""")
                .param("pattern", "%" + text + "%")
                .param("limit", LIMIT)
                .query(String.class)
                .list();
    }

    private List<String> trigram(String text) {
        return jdbc.sql("""
                select skill_id from taxonomy.skill_label where kind <> 'hidden' and (label % :q or label ilike :pattern)
                group by skill_id order by max(word_similarity(:q, label)) desc limit :limit""")
                .param("q", text)
                .param("pattern", "%" + text + "%")
                .param("limit", LIMIT)
                .query(String.class)
                .list();
    }

    @Test
    void skillSuggestions() throws Exception {
        jdbc.sql("create extension if not exists pg_trgm").update();
        jdbc.sql("create index if not exists skill_label_trgm on taxonomy.skill_label using gin (label gin_trgm_ops)")
                .update();
        jdbc.sql("analyze taxonomy.skill_label").update();
        List<Query> queries = queries();
        long skills = taxonomy.info().skills();

        var lucene = Measurements.measure(
                "Lucene index (Werkpad)", queries, q -> taxonomy.suggestSkills(q.text(), "en", null, LIMIT), 3, 5);
        var ilike = Measurements.measure("PostgreSQL ILIKE '%q%'", queries, q -> ilike(q.text()), 1, 5);
        var trigram = Measurements.measure("PostgreSQL pg_trgm (GIN) + ILIKE", queries, q -> trigram(q.text()), 1, 5);

        long luceneHits = queries.stream()
                .filter(q -> taxonomy.suggestSkills(q.text(), "en", null, LIMIT).stream()
                        .map(Skill::id)
                        .anyMatch(q.skillId()::equals))
                .count();
        long ilikeHits = queries.stream()
                .filter(q -> ilike(q.text()).contains(q.skillId()))
                .count();
        long trigramHits = queries.stream()
                .filter(q -> trigram(q.text()).contains(q.skillId()))
                .count();

        String data = skills + " skills, " + queries.size() + " queries";
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("### Skill suggestions, " + LocalDate.now() + " (" + Measurements.machine() + ")");
        lines.add("");
        lines.add("| what | how | data | p50 ms | p99 ms | p50 min–max ms | rounds × queries |");
        lines.add("|---|---|---|---|---|---|---|");
        lines.add(lucene.row("suggest 10 skills", data));
        lines.add(ilike.row("suggest 10 skills", data));
        lines.add(trigram.row("suggest 10 skills", data));
        lines.add("");
        lines.add(
                "Ratio (p50): ILIKE / Lucene = %.1f×, trigram / Lucene = %.1f×. The skill the query was made from is in the top 10: Lucene %d%%, ILIKE %d%%, trigram %d%%."
                        .formatted(
                                ilike.p50Millis() / lucene.p50Millis(),
                                trigram.p50Millis() / lucene.p50Millis(),
                                100 * luceneHits / queries.size(),
                                100 * ilikeHits / queries.size(),
                                100 * trigramHits / queries.size()));
        Measurements.append(Path.of("target/benchmarks/results.md"), lines);
        lines.forEach(System.out::println);
    }
}
