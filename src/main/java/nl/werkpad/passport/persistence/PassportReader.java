package nl.werkpad.passport.persistence;

import java.sql.Date;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.SkillSource;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Languages;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads one passport with labels in the request's language. Callers decide first who may see it. */
@Component
class PassportReader {

    private final JdbcClient jdbc;
    private final Taxonomy taxonomy;
    private final Regions regions;

    PassportReader(JdbcClient jdbc, Taxonomy taxonomy, Regions regions) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.regions = regions;
    }

    Passport passport(UUID id) {
        String language = Languages.current();
        List<Passport.Skill> skills = jdbc
                .sql("select skill_id, source, level from passport.person_skill where person_id = ?")
                .param(id)
                .query((rs, n) -> new Passport.Skill(
                        taxonomy.skillRef(rs.getString(1), language).orElse(null),
                        SkillSource.valueOf(rs.getString(2)),
                        (Integer) rs.getObject(3)))
                .list()
                .stream()
                .filter(s -> s.skill() != null)
                .sorted(Comparator.comparing(s -> s.skill().label(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Passport.Work> work = jdbc.sql("""
                select occupation_id, employer, from_year, to_year from passport.work_history where person_id = ?
                 order by coalesce(to_year, 9999) desc, from_year desc""")
                .param(id)
                .query((rs, n) -> new Passport.Work(
                        taxonomy.occupationRef(rs.getString(1), language).orElse(null),
                        rs.getString(2),
                        (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4)))
                .list();
        List<PassportInput.EducationEntry> education = jdbc.sql(
                        "select kind, title, institution, year from passport.education where person_id = ? order by year desc nulls last")
                .param(id)
                .query((rs, n) -> new PassportInput.EducationEntry(
                        PassportInput.EducationKind.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        (Integer) rs.getObject(4)))
                .list();
        return jdbc.sql("select * from passport.person where id = ?")
                .param(id)
                .query((rs, n) -> {
                    String municipality = rs.getString("municipality");
                    Date ww = rs.getDate("ww_start");
                    String status = rs.getString("status");
                    return new Passport(
                            id,
                            rs.getString("name"),
                            municipality == null
                                    ? null
                                    : new Passport.Place(
                                            municipality,
                                            regions.municipality(municipality)
                                                    .map(m -> m.name())
                                                    .orElse(municipality)),
                            (Integer) rs.getObject("travel_km"),
                            status == null ? null : LabourMarketStatus.valueOf(status),
                            ww == null ? null : ww.toLocalDate(),
                            (Integer) rs.getObject("hours_per_week"),
                            List.of((String[]) rs.getArray("sectors").getArray()),
                            rs.getBoolean("willing_to_retrain"),
                            skills,
                            work,
                            education,
                            rs.getTimestamp("updated_at").toInstant());
                })
                .single();
    }
}
