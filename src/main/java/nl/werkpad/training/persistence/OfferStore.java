package nl.werkpad.training.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Languages;
import nl.werkpad.shared.db.IdCondition;
import nl.werkpad.shared.db.PgCopy;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.training.OfferFilter;
import nl.werkpad.training.OfferProfile;
import nl.werkpad.training.OfferStart;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingLevel;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOffer;
import nl.werkpad.training.TrainingOfferInput;
import nl.werkpad.training.TrainingOffers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The training schema: offers with their skills and start dates. SQL only; who may write an offer, which fields it
 * needs and who may see a draft are the application service's ({@code training.application.TrainingService}).
 */
@Component
public class OfferStore {

    /** An offer's fields as checked by the application service: provider, municipality and skills resolved. */
    public record Fields(TrainingOfferInput input, UUID provider, String municipality, List<String> skills) {}

    /**
     * A search as the application service decided it: which status (null for all of one's own), the municipalities of
     * a region, the ESCO id of a skill.
     */
    public record Query(
            String status,
            String municipality,
            String[] region,
            String skill,
            String mode,
            UUID provider,
            String q,
            int limit,
            int offset,
            LocalDate today,
            OfferFilter.Sort sort) {}

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final PgCopy copy;

    OfferStore(
            JdbcClient jdbc, Organisations organisations, Regions regions, Taxonomy taxonomy, DataSource dataSource) {
        this.copy = new PgCopy(dataSource);
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomy = taxonomy;
    }

    /** The profiles of the offers (all published ones when ids is null), one query, streamed. */
    public void profiles(Collection<UUID> ids, Consumer<OfferProfile> each) {
        IdCondition where = IdCondition.of(ids, "o.id", "o.status = 'PUBLISHED'");
        jdbc.sql("""
                select o.id, o.provider_id, o.title, o.level, o.mode, o.municipality, o.duration_hours, o.duration_weeks,
                       o.cost_cents, o.on_register, o.status,
                       coalesce((select array_agg(s.skill_id) from training.offer_skill s where s.offer_id = o.id), '{}') as skills,
                       (select min(st.starts_on) from training.offer_start st
                         where st.offer_id = o.id and st.starts_on >= current_date and st.seats > 0) as next_start
                  from training.offer o
                 where %s""".formatted(where.sql()))
                .withFetchSize(2000)
                .paramSource(where.params())
                .query(rs -> {
                    Date next = rs.getDate("next_start");
                    each.accept(new OfferProfile(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            TrainingLevel.valueOf(rs.getString(4)),
                            TrainingMode.valueOf(rs.getString(5)),
                            rs.getString(6),
                            rs.getInt(7),
                            rs.getInt(8),
                            rs.getLong(9),
                            rs.getBoolean(10),
                            OfferStatus.valueOf(rs.getString(11)),
                            List.of((String[]) rs.getArray(12).getArray()),
                            next == null ? null : next.toLocalDate()));
                });
    }

    public void insert(UUID id, Fields c, OfferStatus status, UUID actor) {
        jdbc.sql("""
                insert into training.offer (id, provider_id, title, description, level, mode, municipality, duration_hours,
                    duration_weeks, cost_cents, on_register, status, created_by)
                values (:id, :provider, :title, :description, :level, :mode, :municipality, :hours, :weeks, :cost,
                    :register, :status, :actor)
                """)
                .params(parameters(id, c, actor))
                .param("status", status.name())
                .update();
        writeSkillsAndStarts(id, c);
    }

    public void update(UUID id, Fields c, UUID actor) {
        jdbc.sql("""
                update training.offer set title = :title, description = :description, level = :level, mode = :mode,
                    municipality = :municipality, duration_hours = :hours, duration_weeks = :weeks, cost_cents = :cost,
                    on_register = :register, updated_at = now() where id = :id
                """).params(parameters(id, c, actor)).update();
        jdbc.sql("delete from training.offer_skill where offer_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from training.offer_start where offer_id = ?")
                .param(id)
                .update();
        writeSkillsAndStarts(id, c);
    }

    public void setStatus(UUID id, OfferStatus status) {
        jdbc.sql("update training.offer set status = ?, updated_at = now() where id = ?")
                .params(status.name(), id)
                .update();
    }

    public Optional<TrainingOffer> byId(UUID id) {
        return read("select * from training.offer o where o.id = :id", Map.of("id", id)).stream()
                .findFirst();
    }

    private static final String WHERE = """
             where (cast(:status as text) is null or o.status = :status)
               and (cast(:municipality as text) is null or o.municipality = :municipality or o.mode = 'ONLINE')
               and (cast(:region as text[]) is null or o.municipality = any(:region) or o.mode = 'ONLINE')
               and (cast(:skill as text) is null or exists (select 1 from training.offer_skill s
                                                           where s.offer_id = o.id and s.skill_id = :skill))
               and (cast(:mode as text) is null or o.mode = :mode)
               and (cast(:provider as uuid) is null or o.provider_id = :provider)
               and (cast(:q as text) is null
                    or to_tsvector('dutch', o.title || ' ' || coalesce(o.description, '')) @@ websearch_to_tsquery('dutch', :q))
            """;

    /** One page of the offers the query asks for, with the number of all of them when {@code count}. */
    public TrainingOffers.Found find(Query f, boolean count) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", f.status());
        params.put("municipality", f.municipality());
        params.put("region", f.region());
        params.put("skill", f.skill());
        params.put("mode", f.mode());
        params.put("provider", f.provider());
        params.put("q", f.q());
        params.put("limit", f.limit());
        params.put("offset", f.offset());
        params.put("today", f.today());
        String order =
                switch (f.sort() == null ? OfferFilter.Sort.NEWEST : f.sort()) {
                    case NEWEST -> "o.updated_at desc, o.id";
                    case CHEAPEST -> "o.cost_cents, o.updated_at desc, o.id";
                    case STARTING ->
                        "(select min(st.starts_on) from training.offer_start st where st.offer_id = o.id and st.starts_on >= :today)"
                                + " nulls last, o.updated_at desc, o.id";
                };
        List<TrainingOffer> items = read(
                "select * from training.offer o " + WHERE + " order by " + order + " limit :limit offset :offset",
                params);
        long total = !count
                ? items.size()
                : jdbc.sql("select count(*) from training.offer o " + WHERE)
                        .params(params)
                        .query(Long.class)
                        .single();
        return new TrainingOffers.Found(items, total);
    }

    /** Copies many published offers in at once (bulk load); the number written. */
    public int copyPublished(List<TrainingOffers.BulkOffer> all) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> skills = new ArrayList<>();
        List<Object[]> starts = new ArrayList<>();
        for (TrainingOffers.BulkOffer o : all) {
            UUID id = UUID.randomUUID();
            rows.add(new Object[] {
                id,
                o.provider(),
                o.title(),
                o.level().name(),
                o.mode().name(),
                o.municipality(),
                o.durationHours(),
                o.durationWeeks(),
                o.costCents(),
                o.onRegister(),
                OfferStatus.PUBLISHED.name()
            });
            o.skills().stream().distinct().forEach(skill -> skills.add(new Object[] {id, skill}));
            o.starts().forEach(start -> starts.add(new Object[] {id, start.date(), start.seats()}));
        }
        copy.copy(
                "training.offer (id, provider_id, title, level, mode, municipality, duration_hours, duration_weeks, cost_cents, on_register, status)",
                rows,
                r -> r);
        copy.copy("training.offer_skill (offer_id, skill_id)", skills, r -> r);
        copy.copy("training.offer_start (offer_id, starts_on, seats)", starts, r -> r);
        return rows.size();
    }

    private static Map<String, Object> parameters(UUID id, Fields c, UUID actor) {
        TrainingOfferInput in = c.input();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("provider", c.provider());
        params.put("title", in.title().strip());
        params.put("description", in.description() == null || in.description().isBlank() ? null : in.description());
        params.put("level", in.level().name());
        params.put("mode", in.mode().name());
        params.put("municipality", c.municipality());
        params.put("hours", in.durationHours());
        params.put("weeks", in.durationWeeks());
        params.put("cost", in.costCents());
        params.put("register", Boolean.TRUE.equals(in.onRegister()));
        params.put("actor", actor);
        return params;
    }

    private void writeSkillsAndStarts(UUID id, Fields c) {
        c.skills().forEach(skill -> jdbc.sql("insert into training.offer_skill (offer_id, skill_id) values (?, ?)")
                .params(id, skill)
                .update());
        if (c.input().starts() != null) {
            c.input().starts().forEach(start -> jdbc.sql(
                            "insert into training.offer_start (offer_id, starts_on, seats) values (?, ?, ?)")
                    .params(id, Date.valueOf(start.date()), start.seats())
                    .update());
        }
    }

    private List<TrainingOffer> read(String sql, Map<String, Object> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String language = Languages.current();
        UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, List<SkillRef>> skills = new HashMap<>();
        jdbc.sql("select offer_id, skill_id from training.offer_skill where offer_id = any(?)")
                .param(ids)
                .query(rs -> {
                    UUID offer = rs.getObject(1, UUID.class);
                    taxonomy.skillRef(rs.getString(2), language)
                            .ifPresent(s -> skills.computeIfAbsent(offer, k -> new ArrayList<>())
                                    .add(s));
                });
        Map<UUID, List<OfferStart>> starts = new HashMap<>();
        jdbc.sql(
                        "select offer_id, starts_on, seats from training.offer_start where offer_id = any(?) order by starts_on")
                .param(ids)
                .query(rs -> {
                    starts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new OfferStart(rs.getDate(2).toLocalDate(), rs.getInt(3)));
                });
        Map<UUID, String> names = new HashMap<>();
        return rows.stream()
                .map(r -> new TrainingOffer(
                        r.id(),
                        new TrainingOffer.Provider(r.provider(), names.computeIfAbsent(r.provider(), p -> organisations
                                .byId(p)
                                .map(Organisation::name)
                                .orElse("?"))),
                        r.title(),
                        r.description(),
                        r.level(),
                        r.mode(),
                        r.municipality() == null
                                ? null
                                : new TrainingOffer.Place(
                                        r.municipality(),
                                        regions.municipality(r.municipality())
                                                .map(m -> m.name())
                                                .orElse(r.municipality())),
                        r.hours(),
                        r.weeks(),
                        r.cost(),
                        r.register(),
                        r.status(),
                        skills.getOrDefault(r.id(), List.of()).stream()
                                .sorted(Comparator.comparing(SkillRef::label, String.CASE_INSENSITIVE_ORDER))
                                .toList(),
                        starts.getOrDefault(r.id(), List.of()),
                        r.updatedAt()))
                .toList();
    }

    private record Row(
            UUID id,
            UUID provider,
            String title,
            String description,
            TrainingLevel level,
            TrainingMode mode,
            String municipality,
            int hours,
            int weeks,
            long cost,
            boolean register,
            OfferStatus status,
            Instant updatedAt) {}

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                TrainingLevel.valueOf(rs.getString("level")),
                TrainingMode.valueOf(rs.getString("mode")),
                rs.getString("municipality"),
                rs.getInt("duration_hours"),
                rs.getInt("duration_weeks"),
                rs.getLong("cost_cents"),
                rs.getBoolean("on_register"),
                OfferStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("updated_at").toInstant());
    }
}
