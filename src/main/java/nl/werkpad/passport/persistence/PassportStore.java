package nl.werkpad.passport.persistence;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.PersonProfile;
import nl.werkpad.shared.db.IdCondition;
import nl.werkpad.shared.db.PgCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The passport schema: persons, their skills, work history and education. SQL only; who may see or change a passport,
 * the processing log and the passport's rules are the application service's
 * ({@code passport.application.PassportService}).
 */
@Component
public class PassportStore {

    /** Whose passport a person row is (null for one an advisor made), and whether it has been erased. */
    public record Owner(UUID account, boolean erased) {}

    /** A passport's fields as checked by the application service: municipality, skills and occupations resolved. */
    public record Fields(
            PassportInput input, String municipality, Map<String, String> skills, List<String> occupations) {}

    private final JdbcClient jdbc;
    private final PassportReader reader;
    private final PgCopy copy;

    PassportStore(JdbcClient jdbc, PassportReader reader, DataSource dataSource) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.copy = new PgCopy(dataSource);
    }

    public Optional<Owner> owner(UUID person) {
        return jdbc.sql("select account_id, erased_at is not null as erased from passport.person where id = ?")
                .param(person)
                .query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getBoolean(2)))
                .optional();
    }

    public Optional<UUID> ownPersonId(UUID account) {
        return jdbc.sql("select id from passport.person where account_id = ? and erased_at is null")
                .param(account)
                .query(UUID.class)
                .optional();
    }

    /** One passport with labels in the request's language. */
    public Passport passport(UUID id) {
        return reader.passport(id);
    }

    public void insertPerson(UUID id, UUID account, UUID createdBy) {
        jdbc.sql("insert into passport.person (id, account_id, created_by) values (?, ?, ?)")
                .params(id, account, createdBy)
                .update();
    }

    /** Many people with COPY (their first entry of a skill counts); ids in order. */
    public List<UUID> copyAll(List<PassportInput> people, UUID createdBy) {
        List<UUID> ids = new ArrayList<>();
        List<Object[]> persons = new ArrayList<>();
        List<Object[]> skills = new ArrayList<>();
        List<Object[]> work = new ArrayList<>();
        for (PassportInput p : people) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            persons.add(new Object[] {
                id,
                p.name(),
                p.municipality(),
                p.travelKm(),
                p.status() == null ? null : p.status().name(),
                p.wwStart(),
                p.hoursPerWeek(),
                "{" + String.join(",", p.sectors()) + "}",
                p.willingToRetrain(),
                createdBy
            });
            p.skills().stream().map(PassportInput.SkillEntry::skill).distinct().forEach(skill -> {
                var entry = p.skills().stream()
                        .filter(e -> e.skill().equals(skill))
                        .findFirst()
                        .orElseThrow();
                skills.add(new Object[] {id, skill, entry.source().name(), entry.level()});
            });
            p.workHistory()
                    .forEach(w -> work.add(
                            new Object[] {UUID.randomUUID(), id, w.occupation(), w.employer(), w.fromYear(), w.toYear()
                            }));
        }
        copy.copy(
                "passport.person (id, name, municipality, travel_km, status, ww_start, hours_per_week, sectors, willing_to_retrain, created_by)",
                persons,
                r -> r);
        copy.copy("passport.person_skill (person_id, skill_id, source, level)", skills, r -> r);
        copy.copy("passport.work_history (id, person_id, occupation_id, employer, from_year, to_year)", work, r -> r);
        return ids;
    }

    /** The profiles of the persons (every one not erased when ids is null), one query, streamed. */
    public void profiles(Collection<UUID> ids, Consumer<PersonProfile> each) {
        IdCondition where = IdCondition.of(ids, "p.id", "p.erased_at is null");
        jdbc.sql("""
                select p.id, p.municipality, p.travel_km, p.status, p.ww_start, p.sectors, p.erased_at is not null as erased,
                       coalesce((select array_agg(s.skill_id) from passport.person_skill s where s.person_id = p.id), '{}') as skills,
                       coalesce((select array_agg(w.occupation_id) from passport.work_history w where w.person_id = p.id), '{}') as occupations
                  from passport.person p
                 where %s""".formatted(where.sql()))
                .withFetchSize(2000)
                .paramSource(where.params())
                .query(rs -> {
                    Date ww = rs.getDate("ww_start");
                    String status = rs.getString("status");
                    each.accept(new PersonProfile(
                            rs.getObject("id", UUID.class),
                            rs.getString("municipality"),
                            (Integer) rs.getObject("travel_km"),
                            status == null ? null : LabourMarketStatus.valueOf(status),
                            ww == null ? null : ww.toLocalDate(),
                            List.of((String[]) rs.getArray("sectors").getArray()),
                            List.of((String[]) rs.getArray("skills").getArray()),
                            List.of((String[]) rs.getArray("occupations").getArray()),
                            rs.getBoolean("erased")));
                });
    }

    /** Personal data removed; the row stays as a bare pseudonym, for its id is what logs and ledger entries refer to. */
    public void erase(UUID personId) {
        jdbc.sql("delete from passport.person_skill where person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("delete from passport.work_history where person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("delete from passport.education where person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("""
                update passport.person set account_id = null, name = null, municipality = null, travel_km = null,
                    status = null, ww_start = null, hours_per_week = null, sectors = '{}', willing_to_retrain = false,
                    erased_at = now(), updated_at = now() where id = ?
                """).param(personId).update();
    }

    /** Replaces what the passport holds by the checked fields. */
    public void write(UUID id, Fields f) {
        PassportInput in = f.input();
        jdbc.sql("""
                update passport.person set name = ?, municipality = ?, travel_km = ?, status = ?, ww_start = ?,
                    hours_per_week = ?, sectors = ?, willing_to_retrain = ?, updated_at = now() where id = ?
                """)
                .params(
                        in.name(),
                        f.municipality(),
                        in.travelKm(),
                        in.status() == null ? null : in.status().name(),
                        in.wwStart() == null ? null : Date.valueOf(in.wwStart()),
                        in.hoursPerWeek(),
                        (in.sectors() == null ? List.<String>of() : in.sectors()).toArray(String[]::new),
                        Boolean.TRUE.equals(in.willingToRetrain()),
                        id)
                .update();
        jdbc.sql("delete from passport.person_skill where person_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from passport.work_history where person_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from passport.education where person_id = ?").param(id).update();
        for (PassportInput.SkillEntry s : in.skills() == null ? List.<PassportInput.SkillEntry>of() : in.skills()) {
            jdbc.sql(
                            "insert into passport.person_skill (person_id, skill_id, source, level) values (?, ?, ?, ?) on conflict do nothing")
                    .params(id, f.skills().get(s.skill()), s.source().name(), s.level())
                    .update();
        }
        List<PassportInput.WorkEntry> work = in.workHistory() == null ? List.of() : in.workHistory();
        for (int i = 0; i < work.size(); i++) {
            PassportInput.WorkEntry w = work.get(i);
            jdbc.sql(
                            "insert into passport.work_history (id, person_id, occupation_id, employer, from_year, to_year) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, f.occupations().get(i), w.employer(), w.fromYear(), w.toYear())
                    .update();
        }
        for (PassportInput.EducationEntry e :
                in.education() == null ? List.<PassportInput.EducationEntry>of() : in.education()) {
            jdbc.sql(
                            "insert into passport.education (id, person_id, kind, title, institution, year) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, e.kind().name(), e.title(), e.institution(), e.year())
                    .update();
        }
    }
}
