package nl.werkpad.monitor.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.monitor.Monitor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the monitor's counters (per municipality, and per larger area from {@link ContributionStore}'s roll-up), its
 * weekly snapshots and the official statistics. SQL only: which figures are shown or suppressed is the application
 * service's to decide.
 */
@Component
public class MonitorStore {

    public record SkillCount(String skill, long n) {}

    public record Week(LocalDate week, long vacancies, long wwShort) {}

    private final JdbcClient jdbc;

    MonitorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- reading

    /** Open vacancies per ISCO prefix in a region, province or NL, from the area counters. */
    public Map<String, Long> areaVacancies(String area, int digits) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("select substr(isco, 1, ?), sum(n) from monitor.area_vacancy_count where area = ? group by 1")
                .params(digits, area)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /** Residents on short WW per ISCO prefix in a region, province or NL, from the area counters. */
    public Map<String, Long> areaWwShort(String area, int digits, LocalDate after, LocalDate until) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql(
                        "select substr(isco, 1, ?), sum(n) from monitor.area_ww_count where area = ? and ww_start > ? and ww_start <= ? group by 1")
                .params(digits, area, Date.valueOf(after), Date.valueOf(until))
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    public List<SkillCount> areaTopVacancySkills(String area, int limit) {
        return jdbc.sql(
                        "select skill_id, n from monitor.area_vacancy_skill_count where area = ? order by n desc, skill_id limit ?")
                .params(area, limit)
                .query((rs, n) -> new SkillCount(rs.getString(1), rs.getLong(2)))
                .list();
    }

    public Map<String, Long> areaPersonSkills(String area, List<String> skills) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("select skill_id, n from monitor.area_person_skill_count where area = ? and skill_id = any(?)")
                .params(area, skills.toArray(String[]::new))
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /** Open vacancies per (municipality, ISCO prefix) in the municipalities (all when null). */
    public Map<List<String>, Long> vacancies(String[] municipalities, int digits) {
        return grouped("""
                select municipality, substr(isco, 1, ?), sum(n) from monitor.vacancy_count
                 where (cast(? as text[]) is null or municipality = any(?)) group by 1, 2""", municipalities, digits, null, null);
    }

    /** Residents on WW that started after {@code after} and by {@code until}, per (municipality, ISCO prefix). */
    public Map<List<String>, Long> wwShort(String[] municipalities, int digits, LocalDate after, LocalDate until) {
        return grouped("""
                select municipality, substr(isco, 1, ?), sum(n) from monitor.ww_count
                 where (cast(? as text[]) is null or municipality = any(?)) and ww_start > ? and ww_start <= ? group by 1, 2""", municipalities, digits, after, until);
    }

    private Map<List<String>, Long> grouped(
            String sql, String[] municipalities, int digits, LocalDate after, LocalDate until) {
        Map<List<String>, Long> result = new HashMap<>();
        var statement = jdbc.sql(sql);
        statement = after == null
                ? statement.params(digits, municipalities, municipalities)
                : statement.params(digits, municipalities, municipalities, Date.valueOf(after), Date.valueOf(until));
        statement.query(rs -> {
            result.put(List.of(rs.getString(1), rs.getString(2)), rs.getLong(3));
        });
        return result;
    }

    public List<SkillCount> topVacancySkills(String[] municipalities, int limit) {
        return jdbc.sql("""
                select skill_id, sum(n) as total from monitor.vacancy_skill_count
                 where (cast(? as text[]) is null or municipality = any(?)) group by 1 order by 2 desc, 1 limit ?""")
                .params(municipalities, municipalities, limit)
                .query((rs, n) -> new SkillCount(rs.getString(1), rs.getLong(2)))
                .list();
    }

    public Map<String, Long> personSkills(String[] municipalities, List<String> skills) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("""
                select skill_id, sum(n) from monitor.person_skill_count
                 where (cast(? as text[]) is null or municipality = any(?)) and skill_id = any(?) group by 1""")
                .params(municipalities, municipalities, skills.toArray(String[]::new))
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    // ---- snapshots

    public void snapshot(LocalDate week, LocalDate after, LocalDate until) {
        jdbc.sql("delete from monitor.snapshot where week = ?")
                .param(Date.valueOf(week))
                .update();
        jdbc.sql("""
                insert into monitor.snapshot (week, municipality, isco2, vacancies, ww_short)
                select ?, municipality, isco2, sum(v), sum(w) from (
                    select municipality, substr(isco, 1, 2) as isco2, n as v, 0 as w from monitor.vacancy_count
                    union all
                    select municipality, substr(isco, 1, 2), 0, n from monitor.ww_count where ww_start > ? and ww_start <= ?) x
                 group by municipality, isco2""")
                .params(Date.valueOf(week), Date.valueOf(after), Date.valueOf(until))
                .update();
    }

    public List<LocalDate> weeks() {
        return jdbc
                .sql("select distinct week from monitor.snapshot order by week desc")
                .query(Date.class)
                .list()
                .stream()
                .map(Date::toLocalDate)
                .toList();
    }

    public Map<List<String>, long[]> snapshotCounts(LocalDate week, String[] municipalities) {
        Map<List<String>, long[]> result = new HashMap<>();
        jdbc.sql("""
                select municipality, isco2, vacancies, ww_short from monitor.snapshot
                 where week = ? and (cast(? as text[]) is null or municipality = any(?))""").params(Date.valueOf(week), municipalities, municipalities).query(rs -> {
            result.put(List.of(rs.getString(1), rs.getString(2)), new long[] {rs.getLong(3), rs.getLong(4)});
        });
        return result;
    }

    public List<Week> trend(String[] municipalities, String groupPrefix) {
        return jdbc.sql("""
                select week, sum(vacancies), sum(ww_short) from monitor.snapshot
                 where (cast(? as text[]) is null or municipality = any(?)) and isco2 like ? group by week order by week""")
                .params(municipalities, municipalities, groupPrefix + "%")
                .query((rs, n) -> new Week(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    // ---- statistics

    public void addStatistic(Monitor.Statistic s) {
        jdbc.sql("""
                insert into monitor.statistic (area, period, indicator, value, value_high, unit, category, source, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.area(),
                        s.period(),
                        s.indicator(),
                        s.value(),
                        s.valueHigh(),
                        s.unit(),
                        s.category(),
                        s.source(),
                        s.notes())
                .update();
    }

    public List<Monitor.Statistic> statistics(String area) {
        return jdbc.sql("""
                select * from monitor.statistic where cast(? as text) is null or area = ? order by area, indicator, period""")
                .params(area, area)
                .query((rs, n) -> new Monitor.Statistic(
                        rs.getString("area"),
                        rs.getString("period"),
                        rs.getString("indicator"),
                        rs.getDouble("value"),
                        rs.getObject("value_high") == null ? null : rs.getDouble("value_high"),
                        rs.getString("unit"),
                        rs.getString("category"),
                        rs.getString("source"),
                        rs.getString("notes")))
                .list();
    }

    public boolean hasStatistics() {
        return jdbc.sql("select exists (select 1 from monitor.statistic)")
                .query(Boolean.class)
                .single();
    }
}
