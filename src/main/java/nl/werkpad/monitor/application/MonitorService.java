package nl.werkpad.monitor.application;

import java.io.Reader;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.monitor.domain.StatisticRules;
import nl.werkpad.monitor.domain.Suppression;
import nl.werkpad.monitor.domain.Tension;
import nl.werkpad.monitor.persistence.MonitorStore;
import nl.werkpad.monitor.persistence.MonitorStore.SkillCount;
import nl.werkpad.monitor.persistence.MonitorStore.Week;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Languages;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.csv.CsvImport;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monitor's facade: the figures of an area read from the counters, under the suppression rule and with the
 * tension classes of {@code domain}; the official statistics. The counters themselves are kept by
 * {@link MonitorContributions}, the flows by {@link Flows}.
 */
@Service
@Transactional
class MonitorService implements Monitor {

    /** "Short" WW: started less than this many months ago. */
    static final int WW_MONTHS = 6;

    private final MonitorStore store;
    private final MonitorContributions contributions;
    private final MonitorAreas areas;
    private final Flows flows;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile Map<String, String> groupLabels;

    MonitorService(
            MonitorStore store,
            MonitorContributions contributions,
            MonitorAreas areas,
            Flows flows,
            Taxonomy taxonomy,
            Regions regions,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.contributions = contributions;
        this.areas = areas;
        this.flows = flows;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void rebuild() {
        contributions.rebuild();
    }

    @Override
    public List<nl.werkpad.monitor.Flow> flows(String area, java.time.LocalDate from, java.time.LocalDate to) {
        if (!area.startsWith("campus:")) {
            Monitor.levelOf(area);
        }
        StatisticRules.period(from, to).orThrow();
        return flows.of(area, from, to);
    }

    @Override
    public void snapshot(LocalDate day) {
        LocalDate week = day.with(DayOfWeek.MONDAY);
        store.snapshot(week, day.minusMonths(WW_MONTHS), day);
    }

    // ---- tension

    @Override
    @Transactional(readOnly = true)
    public TensionTable tension(Level level, String area, Grouping grouping, LocalDate week) {
        String[] codes = areas.municipalities(level, area);
        LocalDate today = LocalDate.now(clock);
        Map<String, long[]> byGroup = new TreeMap<>();
        LocalDate asOf;
        if (week == null) {
            asOf = today;
            if (level == Level.MUNICIPALITY) {
                store.vacancies(codes, grouping.digits)
                        .forEach((k, n) -> byGroup.computeIfAbsent(k.get(1), g -> new long[2])[0] += n);
                store.wwShort(codes, grouping.digits, today.minusMonths(WW_MONTHS), today)
                        .forEach((k, n) -> byGroup.computeIfAbsent(k.get(1), g -> new long[2])[1] += n);
            } else {
                String key = level == Level.COUNTRY ? "NL" : area;
                store.areaVacancies(key, grouping.digits)
                        .forEach((g, n) -> byGroup.computeIfAbsent(g, x -> new long[2])[0] += n);
                store.areaWwShort(key, grouping.digits, today.minusMonths(WW_MONTHS), today)
                        .forEach((g, n) -> byGroup.computeIfAbsent(g, x -> new long[2])[1] += n);
            }
        } else {
            if (grouping == Grouping.UNIT) {
                throw RuleViolation.of(
                        "monitor.period-grouping", "Weekly snapshots keep major and sub-major groups only");
            }
            if (!store.weeks().contains(week)) {
                throw RuleViolation.of("monitor.period-unknown", "No snapshot for the week of " + week);
            }
            asOf = week;
            store.snapshotCounts(week, codes).forEach((k, c) -> {
                long[] sum = byGroup.computeIfAbsent(
                        k.get(1).substring(0, Math.min(grouping.digits, k.get(1).length())), g -> new long[2]);
                sum[0] += c[0];
                sum[1] += c[1];
            });
        }
        List<String> groups = new ArrayList<>(byGroup.keySet());
        List<Long> ww = groups.stream().map(g -> byGroup.get(g)[1]).toList();
        boolean[] hidden = Suppression.hidden(ww);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            long[] c = byGroup.get(groups.get(i));
            rows.add(row(groups.get(i), label(groups.get(i)), c[0], c[1], hidden[i]));
        }
        long vacanciesTotal = byGroup.values().stream().mapToLong(c -> c[0]).sum();
        long wwTotal = byGroup.values().stream().mapToLong(c -> c[1]).sum();
        return new TensionTable(
                level,
                area,
                areas.name(level, area),
                grouping,
                asOf,
                rows,
                row("", "", vacanciesTotal, wwTotal, Suppression.hiddenTotal(wwTotal)));
    }

    private static Row row(String group, String label, long vacancies, long ww, boolean hidden) {
        return hidden
                ? new Row(group, label, vacancies, null, null, null, true)
                : new Row(
                        group,
                        label,
                        vacancies,
                        ww,
                        Tension.published(vacancies, ww),
                        Tension.publishedLevel(vacancies, ww),
                        false);
    }

    private String label(String group) {
        if (group.isEmpty()) {
            return "(onbekend)";
        }
        if (groupLabels == null) {
            Map<String, String> labels = new HashMap<>();
            taxonomy.iscoGroups(Languages.current()).forEach(g -> labels.put(g.code(), g.label()));
            groupLabels = labels;
        }
        return groupLabels.getOrDefault(group, "");
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegionTension> regions(String province, String group) {
        LocalDate today = LocalDate.now(clock);
        String[] codes = province == null || province.isBlank() ? null : areas.municipalities(Level.PROVINCE, province);
        int digits = group == null ? 0 : group.length();
        Map<String, long[]> byMunicipality = new HashMap<>();
        store.vacancies(codes, Math.max(digits, 1)).forEach((k, n) -> {
            if (digits == 0 || k.get(1).equals(group)) {
                byMunicipality.computeIfAbsent(k.get(0), m -> new long[2])[0] += n;
            }
        });
        store.wwShort(codes, Math.max(digits, 1), today.minusMonths(WW_MONTHS), today)
                .forEach((k, n) -> {
                    if (digits == 0 || k.get(1).equals(group)) {
                        byMunicipality.computeIfAbsent(k.get(0), m -> new long[2])[1] += n;
                    }
                });
        Map<String, long[]> byRegion = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Municipality m : regions.municipalities()) {
            if (codes == null || java.util.Arrays.asList(codes).contains(m.code())) {
                long[] r = byRegion.computeIfAbsent(m.labourMarketRegion().code(), x -> new long[2]);
                names.put(m.labourMarketRegion().code(), m.labourMarketRegion().name());
                long[] c = byMunicipality.getOrDefault(m.code(), new long[2]);
                r[0] += c[0];
                r[1] += c[1];
            }
        }
        List<String> order = new ArrayList<>(byRegion.keySet());
        boolean[] hidden =
                Suppression.hidden(order.stream().map(r -> byRegion.get(r)[1]).toList());
        List<RegionTension> result = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            long[] c = byRegion.get(order.get(i));
            Row r = row(order.get(i), names.get(order.get(i)), c[0], c[1], hidden[i]);
            result.add(new RegionTension(
                    r.group(), r.label(), r.vacancies(), r.wwShort(), r.ratio(), r.level(), r.suppressed()));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(Level level, String area, String group) {
        String[] codes = areas.municipalities(level, area);
        List<Week> weeks = store.trend(codes, group == null ? "" : group.substring(0, Math.min(2, group.length())));
        List<TrendPoint> points = new ArrayList<>();
        for (Week w : weeks) {
            boolean hidden = Suppression.hiddenTotal(w.wwShort());
            points.add(
                    hidden
                            ? new TrendPoint(w.week(), w.vacancies(), null, null, true)
                            : new TrendPoint(
                                    w.week(),
                                    w.vacancies(),
                                    w.wwShort(),
                                    Tension.published(w.vacancies(), w.wwShort()),
                                    false));
        }
        return points;
    }

    // ---- skills

    @Override
    @Transactional(readOnly = true)
    public SkillsGap skillsGap(Level level, String area, int limit) {
        String[] codes = areas.municipalities(level, area);
        int most = Math.max(1, Math.min(limit, 100));
        String key = level == Level.COUNTRY ? "NL" : area;
        List<SkillCount> top = level == Level.MUNICIPALITY
                ? store.topVacancySkills(codes, most)
                : store.areaTopVacancySkills(key, most);
        List<String> ids = top.stream().map(SkillCount::skill).toList();
        Map<String, Long> residents =
                level == Level.MUNICIPALITY ? store.personSkills(codes, ids) : store.areaPersonSkills(key, ids);
        boolean[] hidden = Suppression.hidden(
                top.stream().map(s -> residents.getOrDefault(s.skill(), 0L)).toList());
        String language = Languages.current();
        List<SkillDemand> skills = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            SkillCount s = top.get(i);
            String label =
                    taxonomy.skillRef(s.skill(), language).map(r -> r.label()).orElse(s.skill());
            skills.add(new SkillDemand(
                    s.skill(), label, s.n(), hidden[i] ? null : residents.getOrDefault(s.skill(), 0L), hidden[i]));
        }
        return new SkillsGap(level, area, areas.name(level, area), skills);
    }

    // ---- statistics

    @Override
    @Transactional(readOnly = true)
    public List<Statistic> statistics(String area) {
        return store.statistics(area == null || area.isBlank() ? null : area);
    }

    @Override
    public int importStatistics(String file, Reader csv) {
        return CsvImport.allOrNothing(transactions, file, csv, List.of("area", "period", "indicator", "value"), row -> {
                    String source = row.text("source") != null ? row.text("source") : row.text("source_doc");
                    StatisticRules.figure(row.text("area"), row.text("indicator"), source)
                            .orThrow();
                    Double value = row.parsed("value", Double::parseDouble);
                    StatisticRules.value(value).orThrow();
                    Statistic s = new Statistic(
                            row.text("area"),
                            row.get("period"),
                            row.text("indicator"),
                            value,
                            row.parsed("value_high", Double::parseDouble),
                            row.text("unit"),
                            row.text("category"),
                            source,
                            row.text("notes"));
                    store.addStatistic(s);
                    return s;
                })
                .size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LocalDate> snapshotWeeks() {
        return store.weeks();
    }
}
