package nl.werkpad.ecosystem.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Coalition;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.ecosystem.Event;
import nl.werkpad.ecosystem.Target;
import nl.werkpad.ecosystem.domain.PurposeCase;
import nl.werkpad.shared.Money;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.csv.CsvExport;

/** The registry as CSV for reports: campuses, coalitions, targets or events. */
final class EcosystemCsvExport {

    private EcosystemCsvExport() {}

    static String export(String what, Ecosystem registry, LocalDate today) {
        StringWriter out = new StringWriter();
        try (CsvExport csv = CsvExport.to(out)) {
            switch (what) {
                case "campuses" -> {
                    csv.printRecord(
                            "nr",
                            "name",
                            "place",
                            "municipality",
                            "labour_market_region",
                            "subregion",
                            "kind",
                            "focus",
                            "service_point",
                            "partners");
                    for (Campus c : registry.campuses(null, null)) {
                        csv.printRecord(
                                c.nr(),
                                c.name(),
                                c.place(),
                                c.municipality() == null ? "" : c.municipality().code(),
                                c.labourMarketRegion() == null
                                        ? ""
                                        : c.labourMarketRegion().code(),
                                c.subregion(),
                                c.kind(),
                                String.join("; ", c.focus()),
                                c.servicePoint(),
                                c.partners().stream()
                                        .map(p -> p.name() + " (" + p.helix() + ")")
                                        .collect(Collectors.joining("; ")));
                    }
                }
                case "coalitions" -> {
                    csv.printRecord(
                            "name",
                            "action",
                            "driver",
                            "phase",
                            "total_eur",
                            "province_eur",
                            "partners",
                            "decision",
                            "stop_reason");
                    for (Coalition c : registry.coalitions()) {
                        csv.printRecord(
                                c.name(),
                                c.actionRef(),
                                c.driver(),
                                c.phase(),
                                Money.ofCents(c.totalCents()).euros(),
                                Money.ofCents(c.partners().stream()
                                                .filter(p -> p.helix() == PurposeCase.Helix.PROVINCE)
                                                .mapToLong(PurposeCase.Partner::contributionCents)
                                                .sum())
                                        .euros(),
                                c.partners().stream()
                                        .map(p -> p.name() + " (" + p.helix() + ")")
                                        .collect(Collectors.joining("; ")),
                                c.decision(),
                                c.stopReason());
                    }
                }
                case "targets" -> {
                    csv.printRecord(
                            "id",
                            "action_line",
                            "title",
                            "metric",
                            "target",
                            "unit",
                            "deadline",
                            "progress",
                            "as_of",
                            "source",
                            "status");
                    for (Target t : registry.targets(today)) {
                        csv.printRecord(
                                t.id(),
                                t.actionLine(),
                                t.title(),
                                t.metric(),
                                t.value(),
                                t.unit(),
                                t.deadline(),
                                t.progress(),
                                t.progressAsOf(),
                                t.progressSource(),
                                t.status());
                    }
                }
                case "events" -> {
                    csv.printRecord(
                            "kind", "title", "held_on", "campus", "municipality", "participants", "pupils", "outcome");
                    for (Event e : registry.events()) {
                        csv.printRecord(
                                e.kind(),
                                e.title(),
                                e.heldOn(),
                                e.campusName(),
                                e.municipality(),
                                e.participants(),
                                e.pupils(),
                                e.outcome());
                    }
                }
                default -> throw NotFound.of("export", what);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
