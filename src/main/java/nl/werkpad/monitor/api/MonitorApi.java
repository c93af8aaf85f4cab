package nl.werkpad.monitor.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.werkpad.access.PublicPath;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.ecosystem.Target;
import nl.werkpad.monitor.Flow;
import nl.werkpad.monitor.Monitor;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The labour-market monitor: public figures, with every resident-based figure under the suppression rule. */
@RestController
class MonitorApi {

    record Imported(int rows) {}

    private final Monitor monitor;
    private final Ecosystem ecosystem;

    private final Clock clock;

    MonitorApi(Monitor monitor, Ecosystem ecosystem, Clock clock) {
        this.clock = clock;
        this.monitor = monitor;
        this.ecosystem = ecosystem;
    }

    @Bean
    static PublicPath monitorIsPublic() {
        return PublicPath.get("/api/v1/monitor/**");
    }

    @GetMapping("/api/v1/monitor/tension")
    @Operation(
            summary =
                    "Spanningsindicator per beroepsgroep / tension indicator per occupation group (period: a snapshot week)",
            description =
                    "De spanningsindicator (vacatures tegenover werkzoekenden) per ISCO-beroepsgroep in een gebied, voor een peilweek. Cijfers over weinig inwoners worden onderdrukt. Openbaar. / Tension per occupation group; small counts suppressed; public.")
    Monitor.TensionTable tension(
            @RequestParam(required = false) Monitor.Level level,
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "MAJOR") Monitor.Grouping grouping,
            @RequestParam(required = false) LocalDate period) {
        return monitor.tension(level == null ? Monitor.levelOf(area) : level, area, grouping, period);
    }

    @GetMapping("/api/v1/monitor/regions")
    @Operation(
            summary = "Spanning per arbeidsmarktregio / tension per labour-market region",
            description =
                    "De spanning per arbeidsmarktregio voor de kaart. Openbaar. / Tension per labour-market region; public.")
    List<Monitor.RegionTension> regions(
            @RequestParam(required = false) String province, @RequestParam(required = false) String group) {
        return monitor.regions(province, group);
    }

    @GetMapping("/api/v1/monitor/trend")
    @Operation(
            summary = "Wekelijkse trend van de spanning / weekly tension trend",
            description =
                    "De spanning per week in een gebied, voor de grafiek. Openbaar. / Tension per week in an area; public.")
    List<Monitor.TrendPoint> trend(
            @RequestParam(required = false) String area, @RequestParam(required = false) String group) {
        return monitor.trend(Monitor.levelOf(area), area, group);
    }

    @GetMapping("/api/v1/monitor/skills-gap")
    @Operation(
            summary = "Gevraagde vaardigheden tegenover aanbod / skills in demand against residents who have them",
            description =
                    "Vaardigheden die vacatures vragen tegenover het aantal inwoners dat ze heeft, per gebied. Openbaar, met onderdrukking van kleine aantallen. / Skills in demand against supply; public.")
    Monitor.SkillsGap skillsGap(
            @RequestParam(required = false) String area, @RequestParam(defaultValue = "20") int limit) {
        return monitor.skillsGap(Monitor.levelOf(area), area, limit);
    }

    @GetMapping("/api/v1/monitor/flows")
    @Operation(
            summary =
                    "Stromen: trajecten, plaatsingen, vouchers en geld per bron (NL, PVxx, AMxx of campus:ID) / flows",
            description =
                    "Stromen over een periode: trajecten, plaatsingen, vouchers en geld per financieringsbron, voor NL, een provincie, een arbeidsmarktregio of een campus. Openbaar. / Flows of trajectories, placements, vouchers and money; public.")
    List<Flow> flows(
            @RequestParam(defaultValue = "NL") String area,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        LocalDate until = to == null ? LocalDate.now(clock) : to;
        return monitor.flows(area, from == null ? until.minusYears(1) : from, until);
    }

    @GetMapping("/api/v1/monitor/targets")
    @Operation(
            summary = "Doelen van de monitor met voortgang / the monitor's targets",
            description =
                    "De doelen van de actieagenda die de monitor volgt, met de gemeten voortgang. Openbaar. / The agenda targets the monitor follows, with progress; public.")
    List<Target> targets() {
        return ecosystem.targets(LocalDate.now(clock));
    }

    @GetMapping("/api/v1/monitor/statistics")
    @Operation(
            summary = "Officiële cijfers met hun bron / official statistics with their source",
            description =
                    "Officiële cijfers (zoals CBS) per gebied en periode, elk met bron en eenheid. Openbaar. / Official statistics with their source; public.")
    List<Monitor.Statistic> statistics(@RequestParam(required = false) String area) {
        return monitor.statistics(area);
    }

    @PostMapping(
            value = "/api/v1/monitor/statistics/import",
            consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(
            summary =
                    "Officiële cijfers uit CSV (area, period, indicator, value, unit, source): alles of niets / import",
            description =
                    "Leest officiële cijfers uit CSV; alles of niets, fouten per regel. Alleen beleid en beheerders. / Imports official statistics from CSV, all or nothing; policy makers and administrators.")
    @ApiResponse(responseCode = "201", description = "Ingelezen / imported")
    ResponseEntity<Imported> importStatistics(@RequestBody String csv) {
        return ResponseEntity.status(201)
                .body(new Imported(monitor.importStatistics("statistics.csv", new StringReader(csv))));
    }
}
