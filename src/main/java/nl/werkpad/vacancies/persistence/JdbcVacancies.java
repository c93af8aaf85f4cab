package nl.werkpad.vacancies.persistence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Decision;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.db.PgCopy;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyChanged;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyNotFound;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.domain.VacancyRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcVacancies implements Vacancies {

    private static final String SELECT = "select * from vacancies.vacancy v";
    private final JdbcClient jdbc;
    private final VacancyProfiles profiles;
    private final Organisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PgCopy copy;
    private final VacancyRows rows;

    JdbcVacancies(
            JdbcClient jdbc,
            VacancyProfiles profiles,
            Organisations organisations,
            Regions regions,
            Taxonomy taxonomy,
            ApplicationEventPublisher events,
            Clock clock,
            javax.sql.DataSource dataSource,
            VacancyRows rows) {
        this.copy = new PgCopy(dataSource);
        this.rows = rows;
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public void profiles(
            java.util.Collection<UUID> ids, java.util.function.Consumer<nl.werkpad.vacancies.VacancyProfile> each) {
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
                    each.accept(new nl.werkpad.vacancies.VacancyProfile(
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

    @Override
    public Vacancy create(VacancyInput input, SignedInUser actor) {
        return byId(insert(input, actor).id(), Optional.of(actor)).orElseThrow();
    }

    /** Creates the vacancy without reading it back with its labels ({@link ImportedVacancies}). */
    public ImportedVacancies.Created insert(VacancyInput input, SignedInUser actor) {
        VacancyProfiles.Profile profile = profiles.check(input, actor, LocalDate.now(clock));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into vacancies.vacancy (id, organisation_id, title, description, occupation_id, municipality, kind,
                    hours_per_week, contract_type, sector, salary_min_cents, salary_max_cents, closing_date, positions,
                    required_certificate, status, created_by)
                values (:id, :organisation, :title, :description, :occupation, :municipality, :kind, :hours, :contract,
                    :sector, :salaryMin, :salaryMax, :closing, :positions, :certificate, :status, :actor)
                """).params(parameters(id, profile, actor)).update();
        writeSkills(id, profile);
        events.publishEvent(new VacancyChanged(id, profile.status()));
        return new ImportedVacancies.Created(
                id,
                profile.organisation(),
                profile.municipality(),
                input.title().strip(),
                input.description());
    }

    @Override
    public Vacancy update(UUID id, VacancyInput input, SignedInUser actor) {
        Vacancy current = requireWritable(id, actor);
        VacancyInput sameStatus = new VacancyInput(
                current.organisation().id(),
                input.title(),
                input.description(),
                input.occupation(),
                input.municipality(),
                input.kind(),
                input.hoursPerWeek(),
                input.contractType(),
                input.sector(),
                input.salaryMinCents(),
                input.salaryMaxCents(),
                input.closingDate(),
                input.positions(),
                input.requiredCertificate(),
                current.status() == VacancyStatus.OPEN ? VacancyStatus.OPEN : VacancyStatus.DRAFT,
                input.essentialSkills(),
                input.optionalSkills());
        VacancyProfiles.Profile profile = profiles.check(sameStatus, actor, LocalDate.now(clock));
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
        events.publishEvent(new VacancyChanged(id, current.status()));
        return byId(id, Optional.of(actor)).orElseThrow();
    }

    @Override
    public Vacancy changeStatus(UUID id, VacancyStatus status, SignedInUser actor) {
        Vacancy current = requireWritable(id, actor);
        if (VacancyRules.transition(current.status(), status) instanceof Decision.Rejected rejected) {
            throw RuleViolation.of(rejected.rule(), rejected.reason());
        }
        jdbc.sql("update vacancies.vacancy set status = ?, updated_at = now() where id = ?")
                .params(status.name(), id)
                .update();
        events.publishEvent(new VacancyChanged(id, status));
        return byId(id, Optional.of(actor)).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Vacancy> byId(UUID id, Optional<SignedInUser> viewer) {
        return read(SELECT + " where v.id = :id", Map.of("id", id)).stream()
                .findFirst()
                .filter(v -> v.status()
                        .visibleTo(organisations.mayWriteFor(v.organisation().id(), viewer)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Vacancy> search(VacancyFilter f, Optional<SignedInUser> viewer) {
        return find(f, viewer, false).items();
    }

    @Override
    @Transactional(readOnly = true)
    public Found find(VacancyFilter f, Optional<SignedInUser> viewer) {
        return find(f, viewer, true);
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

    private Found find(VacancyFilter f, Optional<SignedInUser> viewer, boolean count) {
        // all states of one's own organisation's vacancies (no status asked), else only the asked or the open ones
        boolean member = f.organisation() != null && organisations.mayWriteFor(f.organisation(), viewer);
        VacancyStatus asked = f.status() != null ? f.status() : member ? null : VacancyStatus.OPEN;
        if (asked != null && !asked.visibleTo(member)) {
            return new Found(List.of(), 0);
        }
        String status = asked == null ? null : asked.name();
        List<String> region = f.region() == null
                ? null
                : regions.labourMarketRegion(f.region())
                        .map(r -> r.municipalities().stream().map(m -> m.code()).toList())
                        .orElse(List.of());
        Map<String, Object> params = new HashMap<>();
        params.put("status", status);
        params.put("municipality", f.municipality());
        params.put("region", region == null ? null : region.toArray(String[]::new));
        params.put(
                "occupation",
                f.occupation() == null
                        ? null
                        : taxonomy.occupationRef(f.occupation(), "en")
                                .map(o -> o.id())
                                .orElse(f.occupation()));
        params.put("organisation", f.organisation());
        params.put("kind", f.kind() == null ? null : f.kind().name());
        params.put("q", f.q() == null || f.q().isBlank() ? null : f.q().strip());
        params.put("limit", f.limit());
        params.put("offset", f.offset());
        params.put("nearest", nearestFirst(f));
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
        return new Found(items, total);
    }

    /** The municipalities ordered by distance from {@code near} (about 340), so SQL can sort by position in that list. */
    private String[] nearestFirst(VacancyFilter f) {
        if (f.sort() != VacancyFilter.Sort.CLOSEST || f.near() == null) {
            return null;
        }
        var from = regions.municipality(f.near()).map(m -> m.point()).orElse(null);
        if (from == null) {
            return null;
        }
        return regions.municipalities().stream()
                .filter(m -> m.point() != null)
                .sorted(java.util.Comparator.comparingDouble(m -> km(from, m.point())))
                .map(m -> m.code())
                .toArray(String[]::new);
    }

    private static double km(nl.werkpad.regions.GeoPoint a, nl.werkpad.regions.GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude())
                * Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2));
        return Math.sqrt(dLat * dLat + dLon * dLon) * 6371;
    }

    @Override
    public int publishAll(List<BulkVacancy> all) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> skills = new ArrayList<>();
        for (BulkVacancy v : all) {
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

    @Override
    public int expireOverdue(LocalDate today) {
        List<UUID> expired =
                jdbc.sql("""
                update vacancies.vacancy set status = 'EXPIRED', updated_at = now()
                 where status = 'OPEN' and closing_date < ? returning id
                """).param(Date.valueOf(today)).query(UUID.class).list();
        expired.forEach(id -> events.publishEvent(new VacancyChanged(id, VacancyStatus.EXPIRED)));
        return expired.size();
    }

    private Vacancy requireWritable(UUID id, SignedInUser actor) {
        Vacancy vacancy = byId(id, Optional.of(actor)).orElseThrow(() -> VacancyNotFound.byId(id));
        if (!organisations.mayWriteFor(vacancy.organisation().id(), Optional.of(actor))) {
            throw new AccessDeniedException("Only the organisation's own people change its vacancies");
        }
        return vacancy;
    }

    private static Map<String, Object> parameters(UUID id, VacancyProfiles.Profile p, SignedInUser actor) {
        VacancyInput v = p.input();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("actor", actor.accountId());
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
    private void writeSkills(UUID id, VacancyProfiles.Profile profile) {
        List<String> skills = new ArrayList<>(profile.essential());
        List<String> relations = new ArrayList<>(java.util.Collections.nCopies(skills.size(), "essential"));
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
