package nl.werkpad.vacancies.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.werkpad.shared.db.PgCopy;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyProfile;
import nl.werkpad.vacancies.VacancyStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vacancies schema: vacancies with their skills. SQL only; who may write a vacancy, which fields it needs and who
 * may see a draft are the application service's ({@code vacancies.application.VacancyService}).
 */
@Component
public class VacancyStore {

    /**
     * What an employer wrote as the application service checked it: the organisation they write for, a known occupation
     * and municipality, and the skills (the occupation's own unless the writer gave a list).
     */
    public record Profile(
            VacancyInput input,
            UUID organisation,
            String occupation,
            String municipality,
            VacancyStatus status,
            List<String> essential,
            List<String> optional) {}

    /**
     * A search as the application service decided it: which status (null for all of one's own), the municipalities of
     * a region, the ESCO id of an occupation, and for the closest first the municipalities by distance.
     */
    public record Query(
            String status,
            String municipality,
            String[] region,
            String occupation,
            UUID organisation,
            String kind,
            String q,
            int limit,
            int offset,
            String[] nearest,
            VacancyFilter.Sort sort) {}

    private static final String SELECT = "select * from vacancies.vacancy v";
    private final JdbcClient jdbc;
    private final PgCopy copy;
    private final VacancyRows rows;

    VacancyStore(JdbcClient jdbc, DataSource dataSource, VacancyRows rows) {
        this.copy = new PgCopy(dataSource);
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** The profiles of the vacancies (every open one when ids is null), one query, streamed. */
    public void profiles(Collection<UUID> ids, Consumer<VacancyProfile> each) {
        jdbc.sql("""
                select v.id, v.organisation_id, v.title, v.occupation_id, v.municipality, v.kind, v.sector, v.status,
                       coalesce(array_agg(s.skill_id) filter (where s.relation = 'essential'), '{}') as essential,
                       coalesce(array_agg(s.skill_id) filter (where s.relation = 'optional'), '{}') as optional
                  from vacancies.vacancy v left join vacancies.vacancy_skill s on s.vacancy_id = v.id
                 where (cast(:ids as uuid[]) is null and v.status = 'OPEN') or v.id = any(cast(:ids as uuid[]))
                 group by v.id
                """)
                .withFetchSize(2000)
                .param("ids", ids == null ? null : ids.toArray(UUID[]::new))
                .query(rs -> {
                    each.accept(new VacancyProfile(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            VacancyKind.valueOf(rs.getString(6)),
                            rs.getString(7),
                            VacancyStatus.valueOf(rs.getString(8)),
                            List.of((String[]) rs.getArray(9).getArray()),
                            List.of((String[]) rs.getArray(10).getArray())));
                });
    }

    public void insert(UUID id, Profile profile, UUID actor) {
        jdbc.sql("""
                insert into vacancies.vacancy (id, organisation_id, title, description, occupation_id, municipality, kind,
                    hours_per_week, contract_type, sector, salary_min_cents, salary_max_cents, closing_date, positions,
                    required_certificate, status, created_by)
                values (:id, :organisation, :title, :description, :occupation, :municipality, :kind, :hours, :contract,
                    :sector, :salaryMin, :salaryMax, :closing, :positions, :certificate, :status, :actor)
                """).params(parameters(id, profile, actor)).update();
        writeSkills(id, profile);
    }

    /** Replaces what the employer wrote and the skills (not the status). */
    public void update(UUID id, Profile profile, UUID actor) {
        jdbc.sql("""
                update vacancies.vacancy set title = :title, description = :description, occupation_id = :occupation,
                    municipality = :municipality, kind = :kind, hours_per_week = :hours, contract_type = :contract,
                    sector = :sector, salary_min_cents = :salaryMin, salary_max_cents = :salaryMax, closing_date = :closing,
                    positions = :positions, required_certificate = :certificate, updated_at = now()
                 where id = :id
                """).params(parameters(id, profile, actor)).update();
        jdbc.sql("delete from vacancies.vacancy_skill where vacancy_id = ?")
                .param(id)
                .update();
        writeSkills(id, profile);
    }

    public void setStatus(UUID id, VacancyStatus status) {
        jdbc.sql("update vacancies.vacancy set status = ?, updated_at = now() where id = ?")
                .params(status.name(), id)
                .update();
    }

    /** The vacancy in any status: who may see it is the caller's to decide. */
    public Optional<Vacancy> byId(UUID id) {
        return read(SELECT + " where v.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private static final String WHERE = """
             where (cast(:status as text) is null or v.status = :status)
               and (cast(:municipality as text) is null or v.municipality = :municipality)
               and (cast(:region as text[]) is null or v.municipality = any(:region))
               and (cast(:occupation as text) is null or v.occupation_id = :occupation)
               and (cast(:organisation as uuid) is null or v.organisation_id = :organisation)
               and (cast(:kind as text) is null or v.kind = :kind)
               and (cast(:q as text) is null
                    or to_tsvector('dutch', v.title || ' ' || coalesce(v.description, '')) @@ websearch_to_tsquery('dutch', :q))
            """;

    /** One page of the search and, when asked, how many match in all (else the page's size). */
    public Vacancies.Found find(Query f, boolean count) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", f.status());
        params.put("municipality", f.municipality());
        params.put("region", f.region());
        params.put("occupation", f.occupation());
        params.put("organisation", f.organisation());
        params.put("kind", f.kind());
        params.put("q", f.q());
        params.put("limit", f.limit());
        params.put("offset", f.offset());
        params.put("nearest", f.nearest());
        String order =
                switch (f.sort() == null ? VacancyFilter.Sort.NEWEST : f.sort()) {
                    case NEWEST -> "v.updated_at desc, v.id";
                    case CLOSING -> "v.closing_date nulls last, v.updated_at desc, v.id";
                    case CLOSEST ->
                        "array_position(cast(:nearest as text[]), v.municipality) nulls last, v.updated_at desc, v.id";
                };
        List<Vacancy> items = read(SELECT + WHERE + " order by " + order + " limit :limit offset :offset", params);
        long total = !count
                ? items.size()
                : jdbc.sql("select count(*) from vacancies.vacancy v " + WHERE)
                        .params(params)
                        .query(Long.class)
                        .single();
        return new Vacancies.Found(items, total);
    }

    /** Many open vacancies with COPY; no events. */
    public int copyOpen(List<Vacancies.BulkVacancy> all) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> skills = new ArrayList<>();
        for (Vacancies.BulkVacancy v : all) {
            UUID id = UUID.randomUUID();
            rows.add(new Object[] {
                id,
                v.organisation(),
                v.title(),
                v.occupation(),
                v.municipality(),
                v.kind().name(),
                v.hoursPerWeek(),
                v.sector(),
                v.closingDate(),
                VacancyStatus.OPEN.name()
            });
            v.essential().forEach(skill -> skills.add(new Object[] {id, skill, "essential"}));
            v.optional().stream()
                    .filter(skill -> !v.essential().contains(skill))
                    .forEach(skill -> skills.add(new Object[] {id, skill, "optional"}));
        }
        copy.copy(
                "vacancies.vacancy (id, organisation_id, title, occupation_id, municipality, kind, hours_per_week, sector, closing_date, status)",
                rows,
                r -> r);
        copy.copy("vacancies.vacancy_skill (vacancy_id, skill_id, relation)", skills, r -> r);
        return rows.size();
    }

    /** Open vacancies whose closing date has passed become EXPIRED; returns their ids. */
    public List<UUID> expireOverdue(LocalDate today) {
        return jdbc.sql("""
                update vacancies.vacancy set status = 'EXPIRED', updated_at = now()
                 where status = 'OPEN' and closing_date < ? returning id
                """).param(Date.valueOf(today)).query(UUID.class).list();
    }

    private static Map<String, Object> parameters(UUID id, Profile p, UUID actor) {
        VacancyInput v = p.input();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("actor", actor);
        params.put("organisation", p.organisation());
        params.put("title", v.title().strip());
        params.put("description", v.description());
        params.put("occupation", p.occupation());
        params.put("municipality", p.municipality());
        params.put("kind", (v.kind() == null ? VacancyKind.JOB : v.kind()).name());
        params.put("hours", v.hoursPerWeek());
        params.put(
                "contract", v.contractType() == null ? null : v.contractType().name());
        params.put("sector", v.sector() == null || v.sector().isBlank() ? null : v.sector());
        params.put("salaryMin", v.salaryMinCents());
        params.put("salaryMax", v.salaryMaxCents());
        params.put("closing", v.closingDate() == null ? null : Date.valueOf(v.closingDate()));
        params.put("positions", v.positions() == null ? 1 : v.positions());
        params.put(
                "certificate",
                v.requiredCertificate() == null || v.requiredCertificate().isBlank() ? null : v.requiredCertificate());
        params.put("status", p.status().name());
        return params;
    }

    /** All of the vacancy's skills in one statement (an import writes thousands of vacancies). */
    private void writeSkills(UUID id, Profile profile) {
        List<String> skills = new ArrayList<>(profile.essential());
        List<String> relations = new ArrayList<>(Collections.nCopies(skills.size(), "essential"));
        profile.optional().stream()
                .filter(skill -> !profile.essential().contains(skill))
                .forEach(skill -> {
                    skills.add(skill);
                    relations.add("optional");
                });
        jdbc.sql("""
                insert into vacancies.vacancy_skill (vacancy_id, skill_id, relation)
                select ?, s.skill, s.relation from unnest(cast(? as text[]), cast(? as text[])) s (skill, relation)
                on conflict do nothing
                """)
                .params(id, skills.toArray(String[]::new), relations.toArray(String[]::new))
                .update();
    }

    private List<Vacancy> read(String sql, Map<String, Object> params) {
        return rows.read(sql, params);
    }
}
