package nl.werkpad.monitor;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import nl.werkpad.monitor.domain.Tension;
import nl.werkpad.shared.RuleViolation;

/** The labour-market monitor for pages, the API and other modules. Everything here is public information. */
public interface Monitor {

    /** Where: the whole country, a province (PVxx), a labour-market region (AMxx) or a municipality (GMxxxx). */
    enum Level {
        COUNTRY,
        PROVINCE,
        REGION,
        MUNICIPALITY
    }

    /** The level an area code names: PVxx province, AMxx region, GMxxxx municipality, empty or NL the country. */
    static Level levelOf(String area) {
        if (area == null || area.isBlank() || area.equalsIgnoreCase("NL")) {
            return Level.COUNTRY;
        }
        if (area.startsWith("PV")) {
            return Level.PROVINCE;
        }
        if (area.startsWith("AM")) {
            return Level.REGION;
        }
        if (area.startsWith("GM")) {
            return Level.MUNICIPALITY;
        }
        throw RuleViolation.of("monitor.area-unknown", "Unknown area " + area + " (NL, PVxx, AMxx or GMxxxx)");
    }

    /** ISCO-08 grouping: major (1 digit), sub-major (2) or unit group (4). */
    enum Grouping {
        MAJOR(1),
        SUB_MAJOR(2),
        UNIT(4);

        public final int digits;

        Grouping(int digits) {
            this.digits = digits;
        }
    }

    /**
     * The tension per occupation group in the area, now ({@code week} null) or as of a weekly snapshot.
     *
     * @throws nl.werkpad.shared.RuleViolation for an unknown area or a week without a snapshot
     */
    TensionTable tension(Level level, String area, Grouping grouping, LocalDate week);

    /** The tension per labour-market region of a province (or all regions), for one group or all ("" ). */
    List<RegionTension> regions(String province, String group);

    /** Weekly snapshots for the area and group ("" for all): the trend. */
    List<TrendPoint> trend(Level level, String area, String group);

    SkillsGap skillsGap(Level level, String area, int limit);

    /** Trajectory and voucher flows of an area (NL, PVxx, AMxx or campus:ID) between two dates, suppressed below 10. */
    List<Flow> flows(String area, LocalDate from, LocalDate to);

    List<Statistic> statistics(String area);

    /** All-or-nothing CSV import of published figures; errors name the line. */
    int importStatistics(String file, Reader csv);

    /** Recomputes every aggregate from the source modules (the rebuild must equal the incremental state). */
    void rebuild();

    /** The weeks with a snapshot, newest first. */
    List<LocalDate> snapshotWeeks();

    /** Records the weekly snapshot for the week of the day (WW window as of that day). */
    void snapshot(LocalDate day);

    record Row(
            String group,
            String label,
            long vacancies,
            Long wwShort,
            Double ratio,
            Tension.Level level,
            boolean suppressed) {}

    record TensionTable(
            Level level, String area, String areaName, Grouping grouping, LocalDate asOf, List<Row> rows, Row total) {}

    record RegionTension(
            String code,
            String name,
            long vacancies,
            Long wwShort,
            Double ratio,
            Tension.Level level,
            boolean suppressed) {}

    record TrendPoint(LocalDate week, long vacancies, Long wwShort, Double ratio, boolean suppressed) {}

    record SkillDemand(String skillId, String label, long vacancies, Long residents, boolean suppressed) {}

    record SkillsGap(Level level, String area, String areaName, List<SkillDemand> skills) {}

    record Statistic(
            String area,
            String period,
            String indicator,
            double value,
            Double valueHigh,
            String unit,
            String category,
            String source,
            String notes) {}
}
