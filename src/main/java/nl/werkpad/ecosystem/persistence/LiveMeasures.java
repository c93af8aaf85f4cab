package nl.werkpad.ecosystem.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.ecosystem.AgendaMeasures;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agenda's figures that Werkpad holds itself, computed from live data when the targets are read.
 * Targets whose figure another module holds (career-switch trajectories, companies reached by vouchers) come
 * from that module's {@link nl.werkpad.ecosystem.AgendaMeasures}.
 */
@Component
class LiveMeasures {

    /** Noord-Holland, whose action agenda this is. */
    private static final String PROVINCE = "PV27";

    private static final Map<String, String> BY_TARGET = Map.of(
            "II-3a", "SERVICE_POINT_REGIONS",
            "V-doel", "CAMPUSES_PER_REGION_MIN",
            "IV-11b", "PET_CAMPUSES",
            "VI-i2", "TECHNOLOGY_TABLES_YEAR",
            "VI-i3", "ADVISORY_MEETINGS_YEAR",
            "VI-i4", "COALITIONS_YEAR",
            "VI-i5", "PROMOTION_EVENTS_YEAR",
            "VI-i6", "PUPILS_YEAR",
            "II-4a", "CAREER_SWITCH_TRAJECTORIES_YEAR",
            "I-1d", "COMPANIES_VIA_VOUCHERS");

    private final JdbcClient jdbc;
    private final Regions regions;
    private final ObjectProvider<AgendaMeasures> others;

    LiveMeasures(JdbcClient jdbc, Regions regions, ObjectProvider<AgendaMeasures> others) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.others = others;
    }

    static String measureOf(String targetId) {
        return BY_TARGET.get(targetId);
    }

    /** Every figure Werkpad can compute now, by measure name. */
    Map<String, Double> measure(LocalDate today) {
        Map<String, Double> figures = new HashMap<>();
        List<String> nhRegions = regions.municipalities().stream()
                .filter(m -> m.province().code().equals(PROVINCE))
                .map(Municipality::labourMarketRegion)
                .map(Municipality.Region::code)
                .distinct()
                .toList();
        if (!nhRegions.isEmpty()) {
            String[] codes = nhRegions.toArray(String[]::new);
            int withServicePoint =
                    jdbc.sql("""
                    select count(distinct labour_market_region) from ecosystem.campus
                     where service_point and labour_market_region = any(?)""").param(codes).query(Integer.class).single();
            figures.put("SERVICE_POINT_REGIONS", Math.round(1000.0 * withServicePoint / nhRegions.size()) / 10.0);
            int least = jdbc.sql("""
                    select coalesce(min(coalesce(c.n, 0)), 0) from unnest(cast(? as text[])) r(code)
                      left join (select labour_market_region, count(*) as n from ecosystem.campus where kind = 'campus' group by 1) c
                        on c.labour_market_region = r.code""").param(codes).query(Integer.class).single();
            figures.put("CAMPUSES_PER_REGION_MIN", (double) least);
        }
        Date yearStart = Date.valueOf(today.withDayOfYear(1));
        Date yearEnd = Date.valueOf(today.withDayOfYear(today.lengthOfYear()));
        figures.put("PET_CAMPUSES", count("""
                select count(distinct campus_id) from ecosystem.event where kind in ('PROMOTION_EVENT', 'PARENT_CHILD_DAY')
                   and campus_id is not null""", null, null));
        figures.put(
                "TECHNOLOGY_TABLES_YEAR",
                count(
                        "select count(*) from ecosystem.event where kind = 'TECHNOLOGY_TABLE' and held_on between ? and ?",
                        yearStart,
                        yearEnd));
        figures.put(
                "ADVISORY_MEETINGS_YEAR",
                count(
                        "select count(*) from ecosystem.event where kind = 'ADVISORY_MEETING' and held_on between ? and ?",
                        yearStart,
                        yearEnd));
        figures.put(
                "PROMOTION_EVENTS_YEAR",
                count(
                        "select count(*) from ecosystem.event where kind = 'PROMOTION_EVENT' and held_on between ? and ?",
                        yearStart,
                        yearEnd));
        figures.put("PUPILS_YEAR", count("""
                select coalesce(sum(pupils), 0) from ecosystem.event where kind in ('PROMOTION_EVENT', 'PARENT_CHILD_DAY')
                   and held_on between ? and ?""", yearStart, yearEnd));
        figures.put("COALITIONS_YEAR", count("""
                select count(*) from ecosystem.coalition c where c.phase in ('PURPOSE_CASE', 'RUNNING')
                    or exists (select 1 from ecosystem.coalition_history h where h.coalition_id = c.id
                                  and h.phase in ('PURPOSE_CASE', 'RUNNING') and h.at::date between ? and ?)""", yearStart, yearEnd));
        others.forEach(source -> figures.putAll(source.measure(today)));
        return figures;
    }

    private double count(String sql, Date from, Date to) {
        var statement = jdbc.sql(sql);
        if (from != null) {
            statement = statement.params(from, to);
        }
        return statement.query(Long.class).single().doubleValue();
    }
}
