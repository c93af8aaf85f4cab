package nl.werkpad.vacancies.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.vacancies.JobPostingImports;
import nl.werkpad.vacancies.JobPostingImports.ImportReport;
import nl.werkpad.vacancies.JobPostingImports.PostingOutcome;
import nl.werkpad.vacancies.PostingResult;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.persistence.VacancySources;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bulk path: postings are written in batches (one transaction, a savepoint per posting) after being read on
 * several threads. A posting the vacancy rules refuse at the last moment takes nothing of its batch down and leaves
 * nothing behind (not even the organisation it would have created); the same posting twice and a near-duplicate in
 * one input find the first, as they would have one by one; an unchanged posting is recognised without being rewritten.
 */
@WerkpadTest
class ImportBatchTests {

    @Autowired
    JobPostingImporter importer;

    @Autowired
    Vacancies vacancies;

    @Autowired
    Organisations organisations;

    @Autowired
    VacancySources sources;

    @Autowired
    TestAccounts accounts;

    static String posting(String id, String title, String organisation, String hours, String description) {
        return """
                {"@context":"https://schema.org/","@type":"JobPosting","title":"%s","identifier":"%s",
                 "url":"https://jobs.example.nl/batch/%s","description":"%s","workHours":"%s",
                 "validThrough":"2099-06-30","datePosted":"2026-11-01",
                 "hiringOrganization":{"@type":"Organization","name":"%s"},
                 "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Hoorn"}}}
                """.formatted(title, id, id, description, hours, organisation).replace("\n", "");
    }

    private SignedInUser administrator() {
        var account = accounts.with(Role.BEHEERDER, "Beheerder batch");
        return new SignedInUser(account.id(), account.username(), account.displayName(), Set.of(Role.BEHEERDER));
    }

    private static PostingOutcome item(ImportReport report, int number) {
        return report.items().stream()
                .filter(o -> o.item() == number)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPostingRefusedWhileWritingTakesNothingOfItsBatchDownAndDuplicatesInOneInputFindTheFirst() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String text =
                "Je last constructies van staal volgens tekening. Je leest technische tekeningen en werkt veilig.";
        String body = "["
                + String.join(
                        ",",
                        posting("A-" + run, "Lasser", "Staalbouw " + run, "38 uur", text),
                        // a control character in the title: the vacancy's input check refuses it only when it is
                        // written
                        posting(
                                "B-" + run,
                                "Lasser\\u0007",
                                "Kortstondig " + run,
                                "38 uur",
                                "Je last leidingen in de petrochemie en controleert je eigen lasnaden."),
                        posting("C-" + run, "Lasser", "Kortstondig " + run, "32 uur", text),
                        posting("A-" + run, "Lasser", "Staalbouw " + run, "38 uur", text),
                        posting(
                                "D-" + run,
                                "Lasser (m/v/x)",
                                "Staalbouw " + run,
                                "38 uur",
                                text + " Solliciteer snel."))
                + "]";
        SignedInUser admin = administrator();
        var pool = JobPostingImporter.pool(2);
        try {
            // a batch of 10 holds all five postings
            ImportReport report = importer.importPostings(
                    body.getBytes(StandardCharsets.UTF_8), JobPostingImports.Source.api(), admin, 10, pool);

            assertThat(report.items())
                    .extracting(PostingOutcome::result)
                    .containsExactly(
                            PostingResult.CREATED,
                            PostingResult.REFUSED,
                            PostingResult.CREATED,
                            PostingResult.UNCHANGED,
                            PostingResult.MERGED);
            assertThat(item(report, 2).problems())
                    .extracting(JobPostingImports.PostingProblem::field, JobPostingImports.PostingProblem::rule)
                    .containsExactly(Tuple.tuple("title", "input.control-character"));
            // the organisation the refused posting created went with it; the next posting created it again
            assertThat(item(report, 3).notes())
                    .extracting(JobPostingImports.PostingProblem::rule)
                    .contains("vacancy.import.organisation-created");
            assertThat(organisations.search("Kortstondig " + run, null, 5, 0)).hasSize(1);
            UUID first = item(report, 1).vacancy();
            assertThat(item(report, 4).vacancy()).isEqualTo(first);
            assertThat(item(report, 5).vacancy()).isEqualTo(first);
            assertThat(sources.of(first)).hasSize(2);
            assertThat(vacancies.byId(item(report, 3).vacancy(), Optional.empty()))
                    .get()
                    .satisfies(v -> assertThat(v.hoursPerWeek()).isEqualTo(32));

            // the same input again: every posting it wrote is recognised by its content, nothing is written
            ImportReport again = importer.importPostings(
                    body.getBytes(StandardCharsets.UTF_8), JobPostingImports.Source.api(), admin, 10, pool);
            assertThat(again.items())
                    .extracting(PostingOutcome::result)
                    .containsExactly(
                            PostingResult.UNCHANGED,
                            PostingResult.REFUSED,
                            PostingResult.UNCHANGED,
                            PostingResult.UNCHANGED,
                            PostingResult.UNCHANGED);
            assertThat(sources.of(first)).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void batchesOfOneAndOneThreadGiveTheSameOutcomesAsBatchesOfMany() {
        SignedInUser admin = administrator();
        List<List<PostingResult>> results = new ArrayList<>();
        for (int batch : new int[] {1, 3}) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            String text = "Je bakt brood en banket. Je werkt hygiënisch volgens HACCP.";
            String body = String.join(
                    "\n",
                    posting("E-" + run, "Bakker", "Bakkerij " + run, "36 uur", text),
                    posting("F-" + run, "Bakker", "Bakkerij " + run, "36 uur", text + " Je begint vroeg."),
                    posting(
                            "G-" + run,
                            "Bakker\\u0007",
                            "Bakkerij " + run,
                            "36 uur",
                            "Je maakt taarten voor bruiloften."),
                    posting("H-" + run, "Kok", "Bakkerij " + run, "36 uur", "Je kookt voor onze gasten."),
                    posting("E-" + run, "Bakker", "Bakkerij " + run, "30 uur", text));
            var pool = JobPostingImporter.pool(batch == 1 ? 1 : 2);
            try {
                results.add(importer
                        .importPostings(
                                body.getBytes(StandardCharsets.UTF_8),
                                JobPostingImports.Source.upload(),
                                admin,
                                batch,
                                pool)
                        .items()
                        .stream()
                        .map(PostingOutcome::result)
                        .toList());
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(results.get(0))
                .containsExactly(
                        PostingResult.CREATED,
                        PostingResult.MERGED,
                        PostingResult.REFUSED,
                        PostingResult.CREATED,
                        PostingResult.UPDATED);
        assertThat(results.get(1)).isEqualTo(results.get(0));
    }

    @Test
    void postingsRecognisedByTheirContentStayUnchangedInAnyOrderAndTheSameKeyTwiceIsWrittenInOrder() {
        SignedInUser admin = administrator();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String text = "Je metselt muren en leest bouwtekeningen.";
        String a1 = posting("K-" + run, "Metselaar", "Metselwerk " + run, "38 uur", text);
        String a2 = posting("K-" + run, "Metselaar", "Metselwerk " + run, "24 uur", text);
        String b = posting("L-" + run, "Timmerman", "Metselwerk " + run, "38 uur", "Je maakt kozijnen van hout.");
        var pool = JobPostingImporter.pool(2);
        try {
            JobPostingImports.Source source = JobPostingImports.Source.api();
            ImportReport first = importer.importPostings(bytes(a1 + "\n" + b), source, admin, 10, pool);
            assertThat(first.created()).isEqualTo(2);
            UUID vacancy = item(first, 1).vacancy();

            // the same postings in another order (other bytes): recognised by their content, nothing written
            ImportReport reordered = importer.importPostings(bytes(b + "\n" + a1), source, admin, 10, pool);
            assertThat(reordered.items())
                    .extracting(PostingOutcome::result)
                    .containsExactly(PostingResult.UNCHANGED, PostingResult.UNCHANGED);
            assertThat(item(reordered, 2).vacancy()).isEqualTo(vacancy);

            // one key twice, the stored content last: both are written, in the input's order, so the last one wins
            ImportReport twice = importer.importPostings(bytes(a2 + "\n" + a1), source, admin, 10, pool);
            assertThat(twice.items())
                    .extracting(PostingOutcome::result)
                    .containsExactly(PostingResult.UPDATED, PostingResult.UPDATED);
            assertThat(vacancies.byId(vacancy, Optional.empty()).orElseThrow().hoursPerWeek())
                    .isEqualTo(38);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
