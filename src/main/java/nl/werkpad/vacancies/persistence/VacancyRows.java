package nl.werkpad.vacancies.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Languages;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.ContractType;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads vacancies with their skills, organisation, occupation and municipality named in the request's language:
 * one query for the rows and one for all their skills, however many rows.
 */
@Component
class VacancyRows {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;

    VacancyRows(JdbcClient jdbc, Organisations organisations, Regions regions, Taxonomy taxonomy) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomy = taxonomy;
    }

    List<Vacancy> read(String sql, Map<String, Object> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String language = Languages.current();
        Map<UUID, List<SkillRef>> essential = new HashMap<>();
        Map<UUID, List<SkillRef>> optional = new HashMap<>();
        jdbc.sql("select vacancy_id, skill_id, relation from vacancies.vacancy_skill where vacancy_id = any(?)")
                .param(rows.stream().map(Row::id).toArray(UUID[]::new))
                .query(rs -> {
                    UUID vacancy = rs.getObject(1, UUID.class);
                    var target = "essential".equals(rs.getString(3)) ? essential : optional;
                    taxonomy.skillRef(rs.getString(2), language)
                            .ifPresent(skill -> target.computeIfAbsent(vacancy, k -> new ArrayList<>())
                                    .add(skill));
                });
        Map<UUID, String> names = new LinkedHashMap<>();
        List<Vacancy> vacancies = new ArrayList<>();
        for (Row r : rows) {
            String organisation = names.computeIfAbsent(
                    r.organisation(),
                    o -> organisations.byId(o).map(Organisation::name).orElse("?"));
            var comparator = Comparator.comparing(SkillRef::label, String.CASE_INSENSITIVE_ORDER);
            vacancies.add(new Vacancy(
                    r.id(),
                    new Vacancy.Party(r.organisation(), organisation),
                    r.title(),
                    r.description(),
                    taxonomy.occupationRef(r.occupation(), language).orElse(null),
                    new Vacancy.Place(
                            r.municipality(),
                            regions.municipality(r.municipality())
                                    .map(m -> m.name())
                                    .orElse(r.municipality())),
                    r.kind(),
                    r.hours(),
                    r.contract(),
                    r.sector(),
                    r.salaryMin(),
                    r.salaryMax(),
                    r.closing(),
                    r.positions(),
                    r.certificate(),
                    r.status(),
                    essential.getOrDefault(r.id(), List.of()).stream()
                            .sorted(comparator)
                            .toList(),
                    optional.getOrDefault(r.id(), List.of()).stream()
                            .sorted(comparator)
                            .toList(),
                    r.createdAt().toInstant(),
                    r.updatedAt().toInstant()));
        }
        return vacancies;
    }

    private record Row(
            UUID id,
            UUID organisation,
            String title,
            String description,
            String occupation,
            String municipality,
            VacancyKind kind,
            Integer hours,
            ContractType contract,
            String sector,
            Long salaryMin,
            Long salaryMax,
            LocalDate closing,
            int positions,
            String certificate,
            VacancyStatus status,
            Timestamp createdAt,
            Timestamp updatedAt) {}

    private static Row row(ResultSet rs) throws SQLException {
        Date closing = rs.getDate("closing_date");
        String contract = rs.getString("contract_type");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("occupation_id"),
                rs.getString("municipality"),
                VacancyKind.valueOf(rs.getString("kind")),
                (Integer) rs.getObject("hours_per_week"),
                contract == null ? null : ContractType.valueOf(contract),
                rs.getString("sector"),
                (Long) rs.getObject("salary_min_cents"),
                (Long) rs.getObject("salary_max_cents"),
                closing == null ? null : closing.toLocalDate(),
                rs.getInt("positions"),
                rs.getString("required_certificate"),
                VacancyStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at"),
                rs.getTimestamp("updated_at"));
    }
}
