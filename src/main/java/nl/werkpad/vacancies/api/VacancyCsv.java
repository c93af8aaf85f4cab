package nl.werkpad.vacancies.api;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.csv.CsvExport;
import nl.werkpad.shared.csv.CsvImport;
import nl.werkpad.shared.csv.CsvRows;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.vacancies.ContractType;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.text.VacancySkills;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vacancies in bulk as CSV (UTF-8, comma, header row). Columns: title, occupation (ESCO URI or id),
 * municipality (GMxxxx), kind (JOB, INTERNSHIP, LEARNING_PLACE), hours_per_week, contract_type,
 * sector (SBI letter), salary_min_cents, salary_max_cents, closing_date (yyyy-mm-dd), positions,
 * required_certificate, status (DRAFT or OPEN), essential_skills and optional_skills (ESCO URIs or ids
 * separated by ';'; empty takes the skills the description states, else the occupation's), description. Only title, occupation and
 * municipality are required. An import is all or nothing and names every bad line.
 */
@Component
class VacancyCsv {

    static final List<String> COLUMNS = List.of(
            "title",
            "occupation",
            "municipality",
            "kind",
            "hours_per_week",
            "contract_type",
            "sector",
            "salary_min_cents",
            "salary_max_cents",
            "closing_date",
            "positions",
            "required_certificate",
            "status",
            "essential_skills",
            "optional_skills",
            "description");

    private final Vacancies vacancies;
    private final TransactionTemplate transactions;
    private final VacancySkills skills;

    VacancyCsv(Vacancies vacancies, TransactionTemplate transactions, VacancySkills skills) {
        this.vacancies = vacancies;
        this.transactions = transactions;
        this.skills = skills;
    }

    /** Imports all or nothing; {@code derived} hears of each vacancy whose skills were read from its description. */
    List<Vacancy> importCsv(String file, Reader csv, UUID organisation, SignedInUser actor, Consumer<UUID> derived) {
        return CsvImport.allOrNothing(transactions, file, csv, List.of("title", "occupation", "municipality"), row -> {
            VacancyInput input = input(row, organisation);
            var found = VacancySkills.asksForDerivation(input)
                    ? skills.fromDescription(input.description())
                    : List.<VacancySkills.Derived>of();
            Vacancy created =
                    vacancies.create(skills.withDerivedSkills(input, found).orElse(input), actor);
            if (!found.isEmpty()) {
                derived.accept(created.id());
            }
            return created;
        });
    }

    String export(List<Vacancy> list) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(List.of("id"));
        header.addAll(COLUMNS);
        try (CsvExport printer = CsvExport.to(out, header.toArray(String[]::new))) {
            for (Vacancy v : list) {
                printer.printRecord(
                        v.id(),
                        v.title(),
                        v.occupation() == null ? "" : v.occupation().uri(),
                        v.municipality().code(),
                        v.kind(),
                        v.hoursPerWeek(),
                        v.contractType(),
                        v.sector(),
                        v.salaryMinCents(),
                        v.salaryMaxCents(),
                        v.closingDate(),
                        v.positions(),
                        v.requiredCertificate(),
                        v.status(),
                        skills(v.essentialSkills()),
                        skills(v.optionalSkills()),
                        v.description());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String skills(List<SkillRef> skills) {
        return String.join(
                ";",
                skills.stream().map(s -> s.uri() != null ? s.uri() : s.id()).toList());
    }

    private static VacancyInput input(CsvRows.Row row, UUID organisation) {
        return new VacancyInput(
                organisation,
                row.get("title"),
                row.text("description"),
                row.get("occupation"),
                row.get("municipality"),
                row.parsed("kind", VacancyKind::valueOf),
                row.parsed("hours_per_week", Integer::valueOf),
                row.parsed("contract_type", ContractType::valueOf),
                row.text("sector"),
                row.parsed("salary_min_cents", Long::valueOf),
                row.parsed("salary_max_cents", Long::valueOf),
                row.parsed("closing_date", LocalDate::parse),
                row.parsed("positions", Integer::valueOf),
                row.text("required_certificate"),
                row.parsed("status", VacancyStatus::valueOf),
                row.list("essential_skills"),
                row.list("optional_skills"));
    }
}
