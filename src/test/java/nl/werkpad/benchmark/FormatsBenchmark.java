package nl.werkpad.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.support.OwnDatabase;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.vacancies.JobPostingImports;
import nl.werkpad.vacancies.formats.FeedPoller;
import nl.werkpad.vacancies.persistence.VacancyFeeds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 18's speed: an import of 10,000 JobPostings (reading, extraction of occupation and skills, organisation
 * matching, de-duplication, writing) and a feed poll of the same 10,000 that changes nothing — once answered 304 by
 * the server (ETag), once a 200 with the same body. The feed is a real HTTP server on loopback. Run with
 * {@code ./werkpad benchmark -Dtest=FormatsBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@Import({TestAccounts.class, TestOrganisations.class})
class FormatsBenchmark {

    static final int POSTINGS = Integer.getInteger("bench.postings", 10_000);
    static final String[] TITLES = {
        "Lasser",
        "Timmerman",
        "Metselaar",
        "Verpleegkundige",
        "Chauffeur",
        "Heftruckchauffeur",
        "Elektromonteur",
        "Kok",
        "Onderwijsassistent",
        "Administratief medewerker",
        "Klantenservicemedewerker",
        "Schoonmaker",
        "Productiemedewerker",
        "Software ontwikkelaar",
        "Accountmanager",
        "Loodgieter",
        "Schilder",
        "Kapper",
        "Bakker",
        "Magazijnmedewerker"
    };
    static final String[] SENTENCES = {
        "Je werkt in een vast team.",
        "Je leest technische tekeningen.",
        "Je hebt een rijbewijs B.",
        "Je werkt veilig volgens VCA.",
        "Je hebt contact met klanten.",
        "Je plant je eigen werk.",
        "Je werkt met Excel.",
        "Je begeleidt nieuwe collega's.",
        "Je werkt in ploegendienst.",
        "Je houdt je werkplek schoon en veilig."
    };
    static final String[] PLACES = {
        "Alkmaar",
        "Hoorn",
        "Den Helder",
        "Enkhuizen",
        "Schagen",
        "Heiloo",
        "Castricum",
        "Bergen (NH.)",
        "Dijk en Waard",
        "Medemblik",
        "Amsterdam",
        "Haarlem",
        "Zaanstad",
        "Purmerend",
        "Utrecht",
        "Rotterdam",
        "Leiden",
        "Zwolle",
        "Groningen",
        "Eindhoven"
    };

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.in(registry);
    }

    @Autowired
    JobPostingImports imports;

    @Autowired
    FeedPoller poller;

    @Autowired
    TestAccounts accounts;

    static String postings(int n, String run) {
        Random random = new Random(18);
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String title = TITLES[random.nextInt(TITLES.length)];
            StringBuilder text = new StringBuilder("Voor onze vestiging zoeken wij een " + title.toLowerCase() + ".");
            for (int s = 0; s < 4; s++) {
                text.append(' ').append(SENTENCES[random.nextInt(SENTENCES.length)]);
            }
            text.append(" Vacaturenummer ").append(i).append('.');
            ndjson.append("""
                    {"@context":"https://schema.org/","@type":"JobPosting","title":"%s","description":"<p>%s</p>","identifier":"B-%s-%d",\
                    "url":"https://jobs.example.nl/%s/%d","datePosted":"2026-11-01","validThrough":"2099-12-31",\
                    "hiringOrganization":{"@type":"Organization","name":"Bench werkgever %s %d"},\
                    "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"%s","addressCountry":"NL"}},\
                    "employmentType":"FULL_TIME","baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":%d,"maxValue":%d,"unitText":"MONTH"}}}
                    """.formatted(
                            title,
                            text,
                            run,
                            i,
                            run,
                            i,
                            run,
                            i % 250,
                            PLACES[random.nextInt(PLACES.length)],
                            2500 + random.nextInt(500),
                            3200 + random.nextInt(800)));
        }
        return ndjson.toString();
    }

    @Test
    void importAndPollTenThousandJobPostings() throws Exception {
        var account = accounts.with(Role.BEHEERDER, "Beheerder benchmark");
        SignedInUser admin =
                new SignedInUser(account.id(), account.username(), account.displayName(), Set.of(Role.BEHEERDER));
        byte[] body = postings(POSTINGS, "u" + UUID.randomUUID().toString().substring(0, 6))
                .getBytes(StandardCharsets.UTF_8);
        imports.importPostings(
                postings(200, "warm").getBytes(StandardCharsets.UTF_8), JobPostingImports.Source.upload(), admin);

        long start = System.nanoTime();
        JobPostingImports.ImportReport report = imports.importPostings(body, JobPostingImports.Source.upload(), admin);
        double importSeconds = (System.nanoTime() - start) / 1e9;

        List<String> lines = new ArrayList<>();
        lines.add("### Formats (issue 18), " + LocalDate.now() + " (" + Measurements.machine() + ")");
        lines.add("");
        lines.add("| what | postings | result | seconds |");
        lines.add("|---|---|---|---|");
        lines.add("| import of %d JobPostings (NDJSON, upload) | %d | %d created, %d merged, %d refused | %.1f |"
                .formatted(
                        POSTINGS,
                        report.received(),
                        report.created(),
                        report.merged(),
                        report.refused(),
                        importSeconds));
        try (var server = new nl.werkpad.vacancies.formats.BenchFeedServer(body)) {
            UUID feed = poller.register("Benchmark feed", server.url(), admin);
            start = System.nanoTime();
            VacancyFeeds.Run first = poller.poll(feed);
            double firstSeconds = (System.nanoTime() - start) / 1e9;
            lines.add(
                    "| first feed poll of the same postings (all already known from the upload: merged by URL) | %d | %d merged, %d created | %.1f |"
                            .formatted(first.received(), first.merged(), first.created(), firstSeconds));
            double[] notModified = new double[5];
            for (int i = 0; i < notModified.length; i++) {
                start = System.nanoTime();
                VacancyFeeds.Run again = poller.poll(feed);
                notModified[i] = (System.nanoTime() - start) / 1e9;
                if (again.outcome() != nl.werkpad.vacancies.FeedOutcome.NOT_MODIFIED) {
                    throw new AssertionError("expected NOT_MODIFIED, was " + again.outcome());
                }
            }
            server.ignoreEtag();
            double[] sameBody = new double[5];
            for (int i = 0; i < sameBody.length; i++) {
                start = System.nanoTime();
                VacancyFeeds.Run again = poller.poll(feed);
                sameBody[i] = (System.nanoTime() - start) / 1e9;
                if (again.outcome() != nl.werkpad.vacancies.FeedOutcome.UNCHANGED) {
                    throw new AssertionError("expected UNCHANGED, was " + again.outcome());
                }
            }
            java.util.Arrays.sort(notModified);
            java.util.Arrays.sort(sameBody);
            lines.add("| feed poll, nothing changed, server answers 304 (median of 5) | %d | NOT_MODIFIED | %.3f |"
                    .formatted(POSTINGS, notModified[2]));
            lines.add("| feed poll, nothing changed, same body again (median of 5) | %d | UNCHANGED | %.3f |"
                    .formatted(POSTINGS, sameBody[2]));
        }
        lines.add("");
        Measurements.append(Path.of("target/benchmarks/results.md"), lines);
        lines.forEach(System.out::println);
    }
}
