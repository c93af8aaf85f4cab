package nl.werkpad.monitor.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkpad.monitor.domain.AreaRollup;
import nl.werkpad.monitor.persistence.ContributionStore.VacancyFact;
import nl.werkpad.regions.Regions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vacancies' contributions to the monitor's counters for many vacancies at once (all those one transaction
 * changed): the old contributions read in one query, the differences added up per counter, then a few statements per
 * counter table instead of a dozen per vacancy (each vacancy one by one used to cost a dozen statements).
 */
@Component
public class VacancyContributions {

    /** A counter table: its area column (municipality or area) and its key column (ISCO group or skill). */
    private record Table(String name, String area, String key) {}

    private static final Table COUNT = new Table("vacancy_count", "municipality", "isco");
    private static final Table AREA_COUNT = new Table("area_vacancy_count", "area", "isco");
    private static final Table SKILLS = new Table("vacancy_skill_count", "municipality", "skill_id");
    private static final Table AREA_SKILLS = new Table("area_vacancy_skill_count", "area", "skill_id");

    private record Counter(String area, String key) implements Comparable<Counter> {
        @Override
        public int compareTo(Counter o) {
            int c = area.compareTo(o.area);
            return c != 0 ? c : key.compareTo(o.key);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Regions regions;
    private final Map<String, List<String>> rollups = new ConcurrentHashMap<>();

    VacancyContributions(JdbcClient jdbc, JdbcTemplate template, Regions regions) {
        this.jdbc = jdbc;
        this.template = template;
        this.regions = regions;
    }

    /** Each vacancy's contribution from now on; null (or absent from the map) where it counts no more. */
    public void replaceVacancies(Map<UUID, VacancyFact> facts) {
        UUID[] ids = facts.keySet().stream().sorted().toArray(UUID[]::new);
        if (ids.length == 0) {
            return;
        }
        Map<UUID, VacancyFact> old = new HashMap<>();
        jdbc.sql("""
                select vacancy_id, municipality, isco, skills from monitor.vacancy_contribution
                 where vacancy_id = any(?) order by vacancy_id for update
                """).param(ids).query(rs -> {
            old.put(rs.getObject(1, UUID.class), new VacancyFact(rs.getString(2), rs.getString(3), List.of((String[])
                    rs.getArray(4).getArray())));
        });
        Map<Table, Map<Counter, Integer>> deltas = new HashMap<>();
        List<UUID> gone = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        for (UUID id : ids) {
            VacancyFact before = old.get(id);
            VacancyFact after = facts.get(id);
            if (Objects.equals(before, after)) {
                continue;
            }
            if (before != null) {
                count(deltas, before, -1);
                gone.add(id);
            }
            if (after != null) {
                count(deltas, after, 1);
                added.add(new Object[] {
                    id, after.municipality(), after.isco(), after.skills().toArray(String[]::new)
                });
            }
        }
        if (!gone.isEmpty()) {
            jdbc.sql("delete from monitor.vacancy_contribution where vacancy_id = any(?)")
                    .param(gone.toArray(UUID[]::new))
                    .update();
        }
        if (!added.isEmpty()) {
            template.batchUpdate(
                    "insert into monitor.vacancy_contribution (vacancy_id, municipality, isco, skills) values (?, ?, ?, ?)",
                    added);
        }
        deltas.forEach(this::apply);
    }

    private void count(Map<Table, Map<Counter, Integer>> deltas, VacancyFact fact, int delta) {
        List<String> areas =
                rollups.computeIfAbsent(fact.municipality(), m -> AreaRollup.ofMunicipality(regions.municipality(m)));
        add(deltas, COUNT, fact.municipality(), fact.isco(), delta);
        areas.forEach(a -> add(deltas, AREA_COUNT, a, fact.isco(), delta));
        fact.skills().stream().distinct().forEach(skill -> {
            add(deltas, SKILLS, fact.municipality(), skill, delta);
            areas.forEach(a -> add(deltas, AREA_SKILLS, a, skill, delta));
        });
    }

    private static void add(Map<Table, Map<Counter, Integer>> deltas, Table table, String area, String key, int delta) {
        deltas.computeIfAbsent(table, t -> new TreeMap<>()).merge(new Counter(area, key), delta, Integer::sum);
    }

    /**
     * Adding inserts or increments; taking away decrements and drops rows that reach zero (an INSERT ... ON CONFLICT
     * with a negative count would trip the n >= 0 check before the conflict is seen), as {@link ContributionStore} does.
     */
    private void apply(Table t, Map<Counter, Integer> counters) {
        List<Map.Entry<Counter, Integer>> up = new ArrayList<>();
        List<Map.Entry<Counter, Integer>> down = new ArrayList<>();
        counters.entrySet().forEach(e -> {
            if (e.getValue() > 0) {
                up.add(e);
            } else if (e.getValue() < 0) {
                down.add(e);
            }
        });
        if (!up.isEmpty()) {
            jdbc.sql(
                            ("insert into monitor.%1$s (%2$s, %3$s, n) select * from unnest(cast(? as text[]), cast(? as text[]),"
                                            + " cast(? as integer[])) on conflict (%3$s, %2$s) do update set n = %1$s.n + excluded.n")
                                    .formatted(t.name(), t.area(), t.key()))
                    .params(areas(up), keys(up), amounts(up))
                    .update();
        }
        if (!down.isEmpty()) {
            jdbc.sql(("update monitor.%1$s c set n = c.n + d.n from unnest(cast(? as text[]), cast(? as text[]),"
                                    + " cast(? as integer[])) d (area, key, n) where c.%2$s = d.area and c.%3$s = d.key")
                            .formatted(t.name(), t.area(), t.key()))
                    .params(areas(down), keys(down), amounts(down))
                    .update();
            jdbc.sql(("delete from monitor.%1$s c using unnest(cast(? as text[]), cast(? as text[])) d (area, key)"
                                    + " where c.%2$s = d.area and c.%3$s = d.key and c.n = 0")
                            .formatted(t.name(), t.area(), t.key()))
                    .params(areas(down), keys(down))
                    .update();
        }
    }

    private static String[] areas(List<Map.Entry<Counter, Integer>> rows) {
        return rows.stream().map(e -> e.getKey().area()).toArray(String[]::new);
    }

    private static String[] keys(List<Map.Entry<Counter, Integer>> rows) {
        return rows.stream().map(e -> e.getKey().key()).toArray(String[]::new);
    }

    private static Integer[] amounts(List<Map.Entry<Counter, Integer>> rows) {
        return rows.stream().map(Map.Entry::getValue).toArray(Integer[]::new);
    }
}
