package nl.werkpad.vacancies.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sources of imported vacancies and the organisations imports created. Decides nothing. */
@Component
public class VacancySources {

    private final JdbcClient jdbc;

    VacancySources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Existing(UUID id, UUID vacancy, String contentHash, String status) {}

    public record Candidate(UUID vacancy, String title, String description) {}

    /** Where near-duplicates are looked for: one organisation in one municipality. */
    public record Place(UUID organisation, String municipality) {}

    public record SourceRow(
            String source, String url, Instant firstSeen, Instant lastSeen, Instant droppedAt, String original) {}

    /** A posting a source sent before: its row, and its key within the source. */
    public record Sent(Existing existing, String key) {}

    /** The source's postings with these keys, by key: one query for a whole import. */
    public Map<String, Existing> bySourceKeys(String source, Collection<String> keys) {
        Map<String, Existing> found = new HashMap<>();
        sent(source, "source_key", keys).forEach(s -> found.put(s.key(), s.existing()));
        return found;
    }

    /** The source's postings with these content hashes, by hash: one query to recognise unchanged postings. */
    public Map<String, Sent> byContentHashes(String source, Collection<String> hashes) {
        Map<String, Sent> found = new HashMap<>();
        sent(source, "content_hash", hashes).forEach(s -> found.put(s.existing().contentHash(), s));
        return found;
    }

    private List<Sent> sent(String source, String column, Collection<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select s.id, s.vacancy_id, s.content_hash, v.status, s.source_key from vacancies.vacancy_source s
                  join vacancies.vacancy v on v.id = s.vacancy_id where s.source = ? and s.%s = any(?)
                """.formatted(column))
                .params(source, values.toArray(String[]::new))
                .query((rs, n) -> new Sent(
                        new Existing(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    /** For each of these URLs an open vacancy a source carries at it (any one when several do). */
    public Map<String, UUID> openVacanciesAt(Collection<String> urls) {
        Map<String, UUID> found = new HashMap<>();
        if (urls.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select s.url, s.vacancy_id from vacancies.vacancy_source s join vacancies.vacancy v on v.id = s.vacancy_id
                 where s.url = any(?) and v.status = 'OPEN' and s.dropped_at is null
                """).param(urls.toArray(String[]::new)).query(rs -> {
            found.putIfAbsent(rs.getString(1), rs.getObject(2, UUID.class));
        });
        return found;
    }

    /** The open vacancies of each organisation in each municipality: the only ones a near-duplicate may be. */
    public Map<Place, List<Candidate>> openVacancies(Collection<Place> places) {
        Map<Place, List<Candidate>> found = new HashMap<>();
        places.forEach(p -> found.put(p, new ArrayList<>()));
        if (places.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select v.organisation_id, v.municipality, v.id, v.title, v.description from vacancies.vacancy v
                  join unnest(cast(? as uuid[]), cast(? as text[])) p (organisation_id, municipality)
                    on p.organisation_id = v.organisation_id and p.municipality = v.municipality
                 where v.status = 'OPEN'
                """)
                .params(
                        places.stream().map(Place::organisation).toArray(UUID[]::new),
                        places.stream().map(Place::municipality).toArray(String[]::new))
                .query(rs -> {
                    found.get(new Place(rs.getObject(1, UUID.class), rs.getString(2)))
                            .add(new Candidate(rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5)));
                });
        return found;
    }

    /** Adds a source to the vacancy; returns the source's id. */
    public UUID add(
            UUID vacancy,
            String source,
            String key,
            String url,
            String original,
            String hash,
            String evidence,
            boolean createdIt,
            Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into vacancies.vacancy_source (id, vacancy_id, source, source_key, url, original, content_hash, evidence,
                    created_it, first_seen, last_seen)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?)
                """)
                .params(
                        id,
                        vacancy,
                        source,
                        key,
                        url,
                        original,
                        hash,
                        evidence,
                        createdIt,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        return id;
    }

    public void changed(UUID id, String url, String original, String hash, String evidence, Instant now) {
        jdbc.sql("""
                update vacancies.vacancy_source set url = ?, original = cast(? as jsonb), content_hash = ?,
                    evidence = coalesce(cast(? as jsonb), evidence), last_seen = ?, dropped_at = null where id = ?
                """)
                .params(url, original, hash, evidence, Timestamp.from(now), id)
                .update();
    }

    /**
     * These postings were seen again unchanged. Their "last seen" is exact to the day: a row is rewritten only when it
     * was dropped or last written more than a day ago, so a feed polled every half hour does not rewrite its 10,000
     * rows every time (a run's own sightings go to {@link #dropMissing} instead).
     */
    public void seen(Collection<UUID> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    update vacancies.vacancy_source set last_seen = ?, dropped_at = null
                     where id = any(?) and (dropped_at is not null or last_seen < ?)
                    """)
                    .params(
                            Timestamp.from(now),
                            ids.toArray(UUID[]::new),
                            Timestamp.from(now.minus(Duration.ofDays(1))))
                    .update();
        }
    }

    /**
     * Marks the source's postings neither written since {@code runStart} nor among {@code seen} (this run's unchanged
     * ones) as dropped; returns the open vacancies an import created that now have no source left (a vacancy from the
     * form stays: its employer still carries it).
     */
    public List<UUID> dropMissing(String source, Instant runStart, Collection<UUID> seen, Instant now) {
        return jdbc.sql("""
                with dropped as (
                    update vacancies.vacancy_source set dropped_at = :now
                     where source = :source and last_seen < :start and dropped_at is null
                       and id not in (select unnest(cast(:seen as uuid[]))) returning vacancy_id)
                select distinct d.vacancy_id from dropped d join vacancies.vacancy v on v.id = d.vacancy_id
                 where v.status = 'OPEN'
                   and exists (select 1 from vacancies.vacancy_source c where c.vacancy_id = d.vacancy_id and c.created_it)
                   and not exists (select 1 from vacancies.vacancy_source l where l.vacancy_id = d.vacancy_id
                                    and l.dropped_at is null and l.source <> :source)
                """)
                .param("now", Timestamp.from(now))
                .param("source", source)
                .param("start", Timestamp.from(runStart))
                .param("seen", seen.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    public void organisationCreated(UUID organisation, String source, Instant now) {
        jdbc.sql(
                        "insert into vacancies.imported_organisation (organisation_id, source, created_at) values (?, ?, ?) on conflict do nothing")
                .params(organisation, source, Timestamp.from(now))
                .update();
    }

    public boolean createdByImport(UUID organisation) {
        return jdbc.sql("select exists (select 1 from vacancies.imported_organisation where organisation_id = ?)")
                .param(organisation)
                .query(Boolean.class)
                .single();
    }

    public List<SourceRow> of(UUID vacancy) {
        return jdbc.sql("""
                select source, url, first_seen, last_seen, dropped_at, original::text from vacancies.vacancy_source
                 where vacancy_id = ? order by first_seen
                """)
                .param(vacancy)
                .query((rs, n) -> new SourceRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }
}
