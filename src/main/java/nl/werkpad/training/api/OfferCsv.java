package nl.werkpad.training.api;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.csv.CsvExport;
import nl.werkpad.shared.csv.CsvImport;
import nl.werkpad.shared.csv.CsvRows;
import nl.werkpad.shared.csv.CsvRows.CellProblem;
import nl.werkpad.training.OfferStart;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingLevel;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOffer;
import nl.werkpad.training.TrainingOfferInput;
import nl.werkpad.training.TrainingOffers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Training offers in bulk as CSV (UTF-8, comma, header row). Columns: title, level (MBO_1…MBO_4, HBO,
 * WO, COURSE, OTHER), mode (ON_SITE, ONLINE, BLENDED), municipality (GMxxxx; empty when online),
 * duration_hours, duration_weeks, cost_cents, on_register (true/false), status (DRAFT or PUBLISHED),
 * skills (ESCO URIs or ids separated by ';'), starts ('2027-02-01:20;2027-09-01:20' = date:seats),
 * description. All or nothing; every bad line is named.
 */
@Component
class OfferCsv {

    static final List<String> COLUMNS = List.of(
            "title",
            "level",
            "mode",
            "municipality",
            "duration_hours",
            "duration_weeks",
            "cost_cents",
            "on_register",
            "status",
            "skills",
            "starts",
            "description");
    private final TrainingOffers offers;
    private final TransactionTemplate transactions;

    OfferCsv(TrainingOffers offers, TransactionTemplate transactions) {
        this.offers = offers;
        this.transactions = transactions;
    }

    List<TrainingOffer> importCsv(String file, Reader csv, UUID provider, SignedInUser actor) {
        return CsvImport.allOrNothing(
                transactions,
                file,
                csv,
                List.of("title", "level", "mode", "skills"),
                row -> offers.create(input(row, provider), actor));
    }

    String export(List<TrainingOffer> list) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(List.of("id"));
        header.addAll(COLUMNS);
        try (CsvExport printer = CsvExport.to(out, header.toArray(String[]::new))) {
            for (TrainingOffer o : list) {
                printer.printRecord(
                        o.id(),
                        o.title(),
                        o.level(),
                        o.mode(),
                        o.municipality() == null ? "" : o.municipality().code(),
                        o.durationHours(),
                        o.durationWeeks(),
                        o.costCents(),
                        o.onRegister(),
                        o.status(),
                        String.join(
                                ";",
                                o.skills().stream()
                                        .map(s -> s.uri() != null ? s.uri() : s.id())
                                        .toList()),
                        String.join(
                                ";",
                                o.starts().stream()
                                        .map(s -> s.date() + ":" + s.seats())
                                        .toList()),
                        o.description());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static TrainingOfferInput input(CsvRows.Row row, UUID provider) {
        List<String> starts = row.list("starts");
        return new TrainingOfferInput(
                provider,
                row.get("title"),
                row.text("description"),
                row.parsed("level", TrainingLevel::valueOf),
                row.parsed("mode", TrainingMode::valueOf),
                row.text("municipality"),
                row.parsed("duration_hours", Integer::valueOf),
                row.parsed("duration_weeks", Integer::valueOf),
                row.parsed("cost_cents", Long::valueOf),
                row.parsed("on_register", OfferCsv::bool),
                row.parsed("status", OfferStatus::valueOf),
                row.list("skills"),
                starts == null
                        ? List.of()
                        : starts.stream().map(OfferCsv::start).toList());
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "ja", "yes", "1" -> true;
            case "false", "nee", "no", "0" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static OfferStart start(String value) {
        String[] parts = value.split(":");
        try {
            return new OfferStart(
                    LocalDate.parse(parts[0].strip()), parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 0);
        } catch (RuntimeException e) {
            throw new CellProblem("starts", "starts: '" + value + "' is not date:seats");
        }
    }
}
