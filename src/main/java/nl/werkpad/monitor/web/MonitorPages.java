package nl.werkpad.monitor.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkpad.access.PublicPath;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.monitor.Flow;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.monitor.domain.Tension;
import nl.werkpad.regions.RegionMap;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.csv.CsvExport;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.ObjectMapper;

/** The monitor page (public): tension table, chart and map, trend, skills gap, targets and official statistics. */
@Controller
class MonitorPages {

    private static final String NOORD_HOLLAND = "PV27";

    private final Monitor monitor;
    private final Regions regions;
    private final Ecosystem ecosystem;
    private final ObjectMapper json = new ObjectMapper();

    private final Clock clock;

    MonitorPages(Monitor monitor, Regions regions, Ecosystem ecosystem, Clock clock) {
        this.clock = clock;
        this.monitor = monitor;
        this.regions = regions;
        this.ecosystem = ecosystem;
    }

    @Bean
    static PublicPath monitorPagesArePublic() {
        return PublicPath.get("/monitor/**");
    }

    @Bean
    static PublicPath monitorPageIsPublic() {
        return PublicPath.get("/monitor");
    }

    /** A region on the tension map with the CSS class of its level. */
    /** A region on the map: its shape, class (for the colour), name and where its label goes. */
    public record MapRegion(String path, String css, String name, double labelX, double labelY) {}

    @GetMapping("/monitor")
    String page(
            @RequestParam(defaultValue = NOORD_HOLLAND) String gebied,
            @RequestParam(defaultValue = "MAJOR") Monitor.Grouping indeling,
            @RequestParam(required = false) LocalDate week,
            @RequestParam(defaultValue = "") String groep,
            Model model) {
        // a group is an ISCO code of one or two digits; anything else shows all groups
        String group = groep.matches("[0-9]{1,2}") ? groep : "";
        Monitor.TensionTable table;
        try {
            table = monitor.tension(Monitor.levelOf(gebied), gebied, indeling, week);
        } catch (RuleViolation e) {
            model.addAttribute("problem", e.rule());
            gebied = NOORD_HOLLAND;
            week = null;
            table = monitor.tension(Monitor.Level.PROVINCE, gebied, indeling, null);
        }
        model.addAttribute("gebied", gebied);
        model.addAttribute("week", week);
        model.addAttribute("table", table);
        model.addAttribute("areaGroups", areaGroups());
        model.addAttribute("levels", Tension.Level.values());
        model.addAttribute("groupings", Monitor.Grouping.values());
        model.addAttribute("weeks", monitor.snapshotWeeks());
        model.addAttribute(
                "tensionJson",
                safe(json.writeValueAsString(Map.of(
                        "labels",
                                table.rows().stream()
                                        .map(r -> r.group() + " " + r.label())
                                        .toList(),
                        "ratios",
                                table.rows().stream()
                                        .map(r -> r.ratio() == null ? 0 : r.ratio())
                                        .toList()))));
        model.addAttribute("groep", group);
        model.addAttribute(
                "groupLabel",
                group.isEmpty()
                        ? null
                        : table.rows().stream()
                                .filter(r -> r.group().equals(group))
                                .map(r -> r.group() + " " + r.label())
                                .findFirst()
                                .orElse(group));
        List<Monitor.RegionTension> regionRows = monitor.regions(NOORD_HOLLAND, group);
        Set<String> codes = regionRows.stream().map(Monitor.RegionTension::code).collect(Collectors.toSet());
        RegionMap map = regions.labourMarketRegionMap().only(codes);
        Map<String, Monitor.RegionTension> byCode =
                regionRows.stream().collect(Collectors.toMap(Monitor.RegionTension::code, r -> r));
        model.addAttribute("viewBox", map.fittedViewBox());
        model.addAttribute(
                "mapAreas",
                map.areas().stream()
                        .map(a -> {
                            Monitor.RegionTension r = byCode.get(a.code());
                            return new MapRegion(
                                    a.path(),
                                    r == null || r.suppressed() || r.level() == null
                                            ? "none"
                                            : r.level().name().toLowerCase(),
                                    a.name(),
                                    a.labelX(),
                                    a.labelY());
                        })
                        .toList());
        model.addAttribute("regionRows", regionRows);
        // the answer to "where is it tightest, and is it getting tighter" for the chosen group, and every group's trend
        if (!group.isEmpty()) {
            model.addAttribute(
                    "worst",
                    GroupTrends.tightest(regionRows)
                            .map(r -> new GroupTrends.Worst(
                                    r,
                                    GroupTrends.of(
                                            group, r.name(), monitor.trend(Monitor.Level.REGION, r.code(), group))))
                            .orElse(null));
        }
        model.addAttribute("groupTrends", GroupTrends.perGroup(monitor, Monitor.levelOf(gebied), gebied, table.rows()));
        model.addAttribute("province", NOORD_HOLLAND);
        model.addAttribute(
                "regionOf",
                Monitor.levelOf(gebied) == Monitor.Level.MUNICIPALITY
                        ? regions.municipality(gebied)
                                .map(m -> m.labourMarketRegion().code())
                                .orElse(null)
                        : null);
        List<Monitor.TrendPoint> trend = monitor.trend(Monitor.levelOf(gebied), gebied, group);
        model.addAttribute("trend", trend);
        model.addAttribute(
                "trendJson",
                safe(json.writeValueAsString(Map.of(
                        "weeks", trend.stream().map(p -> p.week().toString()).toList(),
                        "ratios",
                                trend.stream()
                                        .map(p -> p.ratio() == null ? 0 : p.ratio())
                                        .toList()))));
        model.addAttribute("gap", monitor.skillsGap(Monitor.levelOf(gebied), gebied, 20));
        model.addAttribute("flowArea", flowArea(gebied));
        model.addAttribute(
                "flows", monitor.flows(flowArea(gebied), LocalDate.now(clock).minusYears(1), LocalDate.now(clock)));
        model.addAttribute(
                "targets",
                ecosystem.targets(LocalDate.now(clock)).stream()
                        .filter(t -> t.value() != null)
                        .toList());
        model.addAttribute("statistics", monitor.statistics(null));
        return "monitor/monitor";
    }

    /** Flows are kept down to labour-market regions: a municipality shows its region's. */
    private String flowArea(String area) {
        return Monitor.levelOf(area) == Monitor.Level.MUNICIPALITY
                ? regions.municipality(area)
                        .map(m -> m.labourMarketRegion().code())
                        .orElse(area)
                : area;
    }

    /** JSON inside a script element must not be able to close it. */
    private static String safe(String value) {
        return value.replace("</", "<\\/");
    }

    /** The areas to choose from, grouped (a province and a region may share a name, such as Groningen). */
    /** One option group of the area select: its label (a message key, with a province's name for regions). */
    record AreaGroup(String labelKey, String province, Map<String, String> areas) {}

    /** The country, the provinces, the labour-market regions under their province, Noord-Holland's municipalities. */
    private List<AreaGroup> areaGroups() {
        List<AreaGroup> groups = new ArrayList<>();
        groups.add(new AreaGroup("monitor.areas.country", null, Map.of("NL", "Nederland")));
        Map<String, String> provinces = new LinkedHashMap<>();
        regions.provinces().forEach(p -> provinces.put(p.code(), p.name()));
        groups.add(new AreaGroup("monitor.areas.provinces", null, provinces));
        regions.labourMarketRegionsByProvince().forEach((province, inProvince) -> {
            Map<String, String> labourMarkets = new LinkedHashMap<>();
            inProvince.forEach(r -> labourMarkets.put(r.code(), r.name()));
            groups.add(new AreaGroup("monitor.areas.regionsIn", province.name(), labourMarkets));
        });
        Map<String, String> municipalities = new LinkedHashMap<>();
        regions.municipalities().stream()
                .filter(m -> m.province().code().equals(NOORD_HOLLAND))
                .forEach(m -> municipalities.put(m.code(), m.name()));
        groups.add(new AreaGroup("monitor.areas.municipalities", null, municipalities));
        return groups;
    }

    @GetMapping(value = "/monitor/export/{what:tension|skills-gap|statistics|flows}.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<String> export(
            @PathVariable String what,
            @RequestParam(defaultValue = NOORD_HOLLAND) String gebied,
            @RequestParam(defaultValue = "MAJOR") Monitor.Grouping indeling,
            @RequestParam(required = false) LocalDate week) {
        StringWriter out = new StringWriter();
        try (CsvExport csv = CsvExport.to(out)) {
            switch (what) {
                case "tension" -> {
                    Monitor.TensionTable t = monitor.tension(Monitor.levelOf(gebied), gebied, indeling, week);
                    csv.printRecord(
                            "area",
                            "as_of",
                            "isco_group",
                            "label",
                            "open_vacancies",
                            "ww_under_6_months",
                            "ratio",
                            "class");
                    for (Monitor.Row r : t.rows()) {
                        csv.printRecord(
                                t.area(),
                                t.asOf(),
                                r.group(),
                                r.label(),
                                r.vacancies(),
                                r.suppressed() ? "< 10" : r.wwShort(),
                                r.ratio() == null ? "" : r.ratio(),
                                r.suppressed() || r.level() == null ? "" : r.level());
                    }
                }
                case "skills-gap" -> {
                    Monitor.SkillsGap g = monitor.skillsGap(Monitor.levelOf(gebied), gebied, 100);
                    csv.printRecord("area", "skill_id", "skill", "open_vacancies_asking", "residents_with_skill");
                    for (Monitor.SkillDemand s : g.skills()) {
                        csv.printRecord(
                                g.area(),
                                s.skillId(),
                                s.label(),
                                s.vacancies(),
                                s.suppressed() ? "< 10" : s.residents());
                    }
                }
                case "flows" -> {
                    csv.printRecord("area", "from", "to", "measure", "key", "label", "count", "total");
                    LocalDate from = LocalDate.now(clock).minusYears(1);
                    for (Flow f : monitor.flows(flowArea(gebied), from, LocalDate.now(clock))) {
                        csv.printRecord(
                                flowArea(gebied),
                                from,
                                LocalDate.now(clock),
                                f.measure(),
                                f.key(),
                                f.label(),
                                f.suppressed() ? "< 10" : f.count(),
                                f.suppressed() ? "" : f.total());
                    }
                }
                default -> {
                    csv.printRecord(
                            "area",
                            "period",
                            "indicator",
                            "value",
                            "value_high",
                            "unit",
                            "category",
                            "source",
                            "notes");
                    for (Monitor.Statistic s : monitor.statistics(null)) {
                        csv.printRecord(
                                s.area(),
                                s.period(),
                                s.indicator(),
                                s.value(),
                                s.valueHigh(),
                                s.unit(),
                                s.category(),
                                s.source(),
                                s.notes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + what + ".csv\"")
                .body(out.toString());
    }
}
