package nl.werkpad.monitor.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werkpad.monitor.domain.AreaRollup;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.db.PgCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the monitor's counters. Contributions per entity; counters kept by adding the new contribution and
 * subtracting the old one in the transaction of the change; a rebuild recomputes the counters from the
 * contributions with one GROUP BY each. Every municipality's figure also counts in the areas {@link AreaRollup}
 * names, in both paths.
 */
@Component
public class ContributionStore {

    /** What one open vacancy adds: its place, its occupation's ISCO group and its essential skills. */
    public record VacancyFact(String municipality, String isco, List<String> skills) {}

    /** What one consenting resident adds: place, ISCO group of their occupation, WW start (or null), skills. */
    public record PersonFact(String municipality, String isco, LocalDate wwStart, List<String> skills) {}

    private final JdbcClient jdbc;
    private final PgCopy copy;
    private final Regions regions;
    /** Per municipality its region and province, from the reference data (loaded on first use). */
    private volatile Map<String, List<String>> rollups;

    ContributionStore(JdbcClient jdbc, DataSource dataSource, Regions regions) {
        this.jdbc = jdbc;
        this.copy = new PgCopy(dataSource);
        this.regions = regions;
    }

    /** The larger areas a municipality's figures also count in ({@link AreaRollup}). */
    private List<String> rollups(String municipality) {
        Map<String, List<String>> map = rollups;
        if (map == null || map.isEmpty()) {
            Map<String, List<String>> loaded = new HashMap<>();
            for (Municipality m : regions.municipalities()) {
                loaded.put(m.code(), AreaRollup.ofMunicipality(Optional.of(m)));
            }
            rollups = map = loaded;
        }
        return map.getOrDefault(municipality, AreaRollup.ofMunicipality(Optional.empty()));
    }

    // ---- incremental

    public void replacePerson(UUID id, PersonFact fact) {
        Optional<PersonFact> old = jdbc.sql(
                        "select municipality, isco, ww_start, skills from monitor.person_contribution where person_id = ? for update")
                .param(id)
                .query((rs, n) -> new PersonFact(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                        List.of((String[]) rs.getArray(4).getArray())))
                .optional();
        if (old.isPresent() && old.get().equals(fact)) {
            return;
        }
        old.ifPresent(o -> {
            if (o.wwStart() != null) {
                ww(o.municipality(), o.isco(), o.wwStart(), -1);
            }
            skills("person_skill_count", o.municipality(), o.skills(), -1);
            jdbc.sql("delete from monitor.person_contribution where person_id = ?")
                    .param(id)
                    .update();
        });
        if (fact != null) {
            jdbc.sql(
                            "insert into monitor.person_contribution (person_id, municipality, isco, ww_start, skills) values (?, ?, ?, ?, ?)")
                    .params(
                            id,
                            fact.municipality(),
                            fact.isco(),
                            fact.wwStart() == null ? null : Date.valueOf(fact.wwStart()),
                            fact.skills().toArray(String[]::new))
                    .update();
            if (fact.wwStart() != null) {
                ww(fact.municipality(), fact.isco(), fact.wwStart(), 1);
            }
            skills("person_skill_count", fact.municipality(), fact.skills(), 1);
        }
    }

    // Adding inserts or increments; taking away decrements and drops rows that reach zero (an INSERT ... ON CONFLICT
    // with a negative count would trip the n >= 0 check before the conflict is seen).

    private void ww(String municipality, String isco, LocalDate start, int delta) {
        wwIn("ww_count", "municipality", municipality, isco, start, delta);
        rollups(municipality).forEach(area -> wwIn("area_ww_count", "area", area, isco, start, delta));
    }

    private void wwIn(String table, String areaColumn, String area, String isco, LocalDate start, int delta) {
        if (delta > 0) {
            jdbc.sql("""
                    insert into monitor.%1$s (%2$s, isco, ww_start, n) values (?, ?, ?, ?)
                    on conflict (%2$s, isco, ww_start) do update set n = %1$s.n + excluded.n""".formatted(table, areaColumn))
                    .params(area, isco, Date.valueOf(start), delta)
                    .update();
        } else {
            jdbc.sql("update monitor.%s set n = n + ? where %s = ? and isco = ? and ww_start = ?"
                            .formatted(table, areaColumn))
                    .params(delta, area, isco, Date.valueOf(start))
                    .update();
            jdbc.sql("delete from monitor.%s where %s = ? and isco = ? and ww_start = ? and n = 0"
                            .formatted(table, areaColumn))
                    .params(area, isco, Date.valueOf(start))
                    .update();
        }
    }

    private void skills(String table, String municipality, List<String> skills, int delta) {
        if (skills.isEmpty()) {
            return;
        }
        String[] ids = skills.stream().distinct().toArray(String[]::new);
        skillsIn(table, "municipality", municipality, ids, delta);
        rollups(municipality).forEach(area -> skillsIn("area_" + table, "area", area, ids, delta));
    }

    private void skillsIn(String table, String areaColumn, String area, String[] ids, int delta) {
        if (delta > 0) {
            jdbc.sql(("insert into monitor.%1$s (%2$s, skill_id, n) select ?, s, ? from unnest(cast(? as text[])) s "
                                    + "on conflict (%2$s, skill_id) do update set n = %1$s.n + excluded.n")
                            .formatted(table, areaColumn))
                    .params(area, delta, ids)
                    .update();
        } else {
            jdbc.sql("update monitor.%s set n = n + ? where %s = ? and skill_id = any(?)".formatted(table, areaColumn))
                    .params(delta, area, ids)
                    .update();
            jdbc.sql("delete from monitor.%s where %s = ? and skill_id = any(?) and n = 0".formatted(table, areaColumn))
                    .params(area, ids)
                    .update();
        }
    }

    // ---- rebuild

    public void clear() {
        jdbc.sql(
                        "truncate monitor.vacancy_contribution, monitor.person_contribution, monitor.vacancy_count, monitor.ww_count, "
                                + "monitor.vacancy_skill_count, monitor.person_skill_count")
                .update();
        clearRollups();
    }

    public void addVacancies(List<Map.Entry<UUID, VacancyFact>> facts) {
        copy.copy("monitor.vacancy_contribution (vacancy_id, municipality, isco, skills)", facts, e -> new Object[] {
            e.getKey(),
            e.getValue().municipality(),
            e.getValue().isco(),
            "{" + String.join(",", e.getValue().skills()) + "}"
        });
    }

    public void addPersons(List<Map.Entry<UUID, PersonFact>> facts) {
        copy.copy(
                "monitor.person_contribution (person_id, municipality, isco, ww_start, skills)",
                facts,
                e -> new Object[] {
                    e.getKey(),
                    e.getValue().municipality(),
                    e.getValue().isco(),
                    e.getValue().wwStart(),
                    "{" + String.join(",", e.getValue().skills()) + "}"
                });
    }

    /** The counters from the contributions, as the incremental updates would have made them. */
    public void recount() {
        jdbc.sql(
                        "insert into monitor.vacancy_count select municipality, isco, count(*) from monitor.vacancy_contribution group by 1, 2")
                .update();
        jdbc.sql("""
                insert into monitor.ww_count select municipality, isco, ww_start, count(*) from monitor.person_contribution
                 where ww_start is not null group by 1, 2, 3""").update();
        jdbc.sql("""
                insert into monitor.vacancy_skill_count select municipality, s, count(*) from monitor.vacancy_contribution,
                       unnest(array(select distinct unnest(skills))) s group by 1, 2""").update();
        jdbc.sql("""
                insert into monitor.person_skill_count select municipality, s, count(*) from monitor.person_contribution,
                       unnest(array(select distinct unnest(skills))) s group by 1, 2""").update();
        rollUp();
        for (String table : List.of(
                "vacancy_contribution",
                "person_contribution",
                "vacancy_count",
                "ww_count",
                "vacancy_skill_count",
                "person_skill_count")) {
            jdbc.sql("analyze monitor." + table).update();
        }
    }

    private void clearRollups() {
        jdbc.sql(
                        "truncate monitor.area_of, monitor.area_vacancy_count, monitor.area_ww_count, monitor.area_vacancy_skill_count, "
                                + "monitor.area_person_skill_count")
                .update();
    }

    /** The area counters from the municipality counters: the same sums the incremental updates keep. */
    public void rollUp() {
        clearRollups();
        rollups = null;
        // the same rule as the incremental updates (rollups): each municipality's areas, an unknown place only in NL
        List<String> municipalities = new ArrayList<>();
        List<String> areasOf = new ArrayList<>();
        for (Municipality m : regions.municipalities()) {
            for (String area : AreaRollup.ofMunicipality(Optional.of(m))) {
                municipalities.add(m.code());
                areasOf.add(area);
            }
        }
        String areas =
                "left join unnest(cast(:municipalities as text[]), cast(:areas as text[])) m(municipality, area) "
                        + "on m.municipality = c.municipality, lateral (values (coalesce(m.area, '" + AreaRollup.COUNTRY
                        + "'))) a(area)";
        Map<String, Object> pairs = Map.of(
                "municipalities", municipalities.toArray(String[]::new), "areas", areasOf.toArray(String[]::new));
        jdbc.sql("insert into monitor.area_vacancy_count select a.area, c.isco, sum(c.n) from monitor.vacancy_count c "
                        + areas + " group by 1, 2")
                .params(pairs)
                .update();
        jdbc.sql(
                        "insert into monitor.area_ww_count select a.area, c.isco, c.ww_start, sum(c.n) from monitor.ww_count c "
                                + areas + " group by 1, 2, 3")
                .params(pairs)
                .update();
        jdbc.sql(
                        "insert into monitor.area_vacancy_skill_count select a.area, c.skill_id, sum(c.n) from monitor.vacancy_skill_count c "
                                + areas + " group by 1, 2")
                .params(pairs)
                .update();
        jdbc.sql(
                        "insert into monitor.area_person_skill_count select a.area, c.skill_id, sum(c.n) from monitor.person_skill_count c "
                                + areas + " group by 1, 2")
                .params(pairs)
                .update();
        for (String table :
                List.of("area_vacancy_count", "area_ww_count", "area_vacancy_skill_count", "area_person_skill_count")) {
            jdbc.sql("analyze monitor." + table).update();
        }
    }

    /** Whether the area counters are missing while municipality counters exist (a database from before they existed). */
    public boolean rollupsMissing() {
        return jdbc.sql(
                        "select exists (select 1 from monitor.vacancy_count) and not exists (select 1 from monitor.area_vacancy_count)")
                .query(Boolean.class)
                .single();
    }

    /** Whether the monitor was ever built: any contribution stored. */
    public boolean built() {
        return jdbc.sql(
                        "select exists (select 1 from monitor.vacancy_contribution) or exists (select 1 from monitor.person_contribution)")
                .query(Boolean.class)
                .single();
    }
}
