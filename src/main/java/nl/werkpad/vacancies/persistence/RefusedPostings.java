package nl.werkpad.vacancies.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A feed's refused postings by content hash (vacancies.refused_posting), so a poll refuses an unchanged refused
 * posting again from the record instead of reading it again. Decides nothing: the importer says what to keep.
 */
@Component
public class RefusedPostings {

    /** A refusal: its posting's content hash, the ESCO version it was made under, the report (JSON). */
    public record Refusal(String contentHash, String taxonomy, String report) {}

    private final JdbcClient jdbc;

    RefusedPostings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The source's refusals of postings with these hashes, by hash (one query). */
    public Map<String, Refusal> byContentHashes(String source, Collection<String> hashes) {
        Map<String, Refusal> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select content_hash, taxonomy, report::text from vacancies.refused_posting
                 where source = ? and content_hash = any(?)
                """).params(source, hashes.toArray(String[]::new)).query(rs -> {
            found.put(rs.getString(1), new Refusal(rs.getString(1), rs.getString(2), rs.getString(3)));
        });
        return found;
    }

    /**
     * After a run of the source: keeps these refusals (new or renewed) and those refused again from the record
     * ({@code again}), and forgets the rest of the source's (postings it no longer carries, or that went through).
     */
    public void keep(String source, List<Refusal> refusals, Collection<String> again, Instant now) {
        Timestamp at = Timestamp.from(now);
        if (!refusals.isEmpty()) {
            jdbc.sql("""
                    insert into vacancies.refused_posting (source, content_hash, taxonomy, report, last_seen)
                    select ?, r.hash, r.taxonomy, cast(r.report as jsonb), ?
                      from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[])) r (hash, taxonomy, report)
                    on conflict (source, content_hash) do update
                       set taxonomy = excluded.taxonomy, report = excluded.report, last_seen = excluded.last_seen
                    """)
                    .params(
                            source,
                            at,
                            refusals.stream().map(Refusal::contentHash).toArray(String[]::new),
                            refusals.stream().map(Refusal::taxonomy).toArray(String[]::new),
                            refusals.stream().map(Refusal::report).toArray(String[]::new))
                    .update();
        }
        if (!again.isEmpty()) {
            jdbc.sql("update vacancies.refused_posting set last_seen = ? where source = ? and content_hash = any(?)")
                    .params(at, source, again.toArray(String[]::new))
                    .update();
        }
        jdbc.sql("delete from vacancies.refused_posting where source = ? and last_seen < ?")
                .params(source, at)
                .update();
    }
}
