package nl.werkpad.vacancies.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.vacancies.FeedOutcome;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.persistence.VacancyFeeds;
import nl.werkpad.vacancies.persistence.VacancySources;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Feeds polled from a real HTTP server on loopback that changes between polls. */
@WerkpadTest
class FeedPollingTests {

    @Autowired
    FeedPoller poller;

    @Autowired
    Vacancies vacancies;

    @Autowired
    VacancySources sources;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Organisations registry;

    private SignedInUser administrator() {
        var account = accounts.with(Role.BEHEERDER, "Beheerder feeds");
        return new SignedInUser(account.id(), account.username(), account.displayName(), Set.of(Role.BEHEERDER));
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private List<Vacancy> of(String organisationName) {
        var organisation = registry.search(organisationName, null, 5, 0).stream()
                .filter(o -> o.name().equals(organisationName))
                .findFirst();
        return organisation
                .map(o -> vacancies.search(
                        new VacancyFilter(null, null, null, null, o.id(), null, 50, 0), Optional.of(administrator())))
                .orElse(List.of());
    }

    private static Vacancy titled(List<Vacancy> all, String title) {
        return all.stream().filter(v -> v.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aFeedsPostingsAppearFollowItsChangesAndLeaveWhenItDropsThem() throws Exception {
        String run = run();
        try (FeedServer server = new FeedServer().serve("v1.jsonld", run)) {
            UUID feed = poller.register("Banenbank " + run, server.url(), administrator());
            VacancyFeeds.Run first = poller.poll(feed);
            assertThat(first.outcome()).isEqualTo(FeedOutcome.IMPORTED);
            assertThat(first.created()).isEqualTo(3);
            assertThat(of("Feedwerf " + run))
                    .extracting(Vacancy::title)
                    .containsExactlyInAnyOrder("Lasser", "Timmerman", "Metselaar");

            VacancyFeeds.Run again = poller.poll(feed);
            assertThat(again.outcome()).isEqualTo(FeedOutcome.NOT_MODIFIED);
            assertThat(server.notModified.get()).isEqualTo(1);

            server.serve("v2.jsonld", run);
            VacancyFeeds.Run changed = poller.poll(feed);
            assertThat(changed.outcome()).isEqualTo(FeedOutcome.IMPORTED);
            assertThat(changed.updated()).isEqualTo(1);
            assertThat(changed.unchanged()).isEqualTo(1);
            assertThat(changed.dropped()).isEqualTo(1);
            List<Vacancy> now = of("Feedwerf " + run);
            assertThat(titled(now, "Timmerman").status()).isEqualTo(VacancyStatus.CLOSED);
            assertThat(titled(now, "Lasser").salaryMaxCents()).isEqualTo(350_000L);
            assertThat(titled(now, "Lasser").description()).endsWith("Nu met goede cao.");
            assertThat(titled(now, "Metselaar").status()).isEqualTo(VacancyStatus.OPEN);
        }
    }

    @Test
    void oneVacancyFromTheFormAndTwoFeedsIsOneVacancyWithItsSources() throws Exception {
        String run = run();
        var employer = organisations.employer("Feedwerf " + run, "GM0361");
        Vacancy fromForm = vacancies.create(
                new VacancyInput(
                        employer.organisation().id(),
                        "Lasser",
                        "Wij zoeken een lasser voor het lassen van stalen constructies op onze werf aan de haven.",
                        "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b",
                        "GM0361",
                        VacancyKind.JOB,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2099, 1, 1),
                        1,
                        null,
                        VacancyStatus.OPEN,
                        null,
                        null),
                new SignedInUser(employer.accountId(), employer.username(), "x", Set.of(Role.WERKGEVER)));
        try (FeedServer a = new FeedServer().serve("v1.jsonld", run);
                FeedServer b = new FeedServer().serve("other-feed.jsonld", run)) {
            SignedInUser admin = administrator();
            UUID feedA = poller.register("Bank A " + run, a.url(), admin);
            UUID feedB = poller.register("Bank B " + run, b.url(), admin);
            VacancyFeeds.Run fromA = poller.poll(feedA);
            assertThat(fromA.merged()).isEqualTo(1);
            assertThat(fromA.created()).isEqualTo(2);
            VacancyFeeds.Run fromB = poller.poll(feedB);
            assertThat(fromB.merged()).isEqualTo(2);
            assertThat(fromB.created()).isZero();
            List<Vacancy> all = of("Feedwerf " + run);
            assertThat(all).hasSize(3);
            assertThat(sources.of(fromForm.id()))
                    .extracting(VacancySources.SourceRow::source)
                    .containsExactlyInAnyOrder("feed:" + feedA, "feed:" + feedB);
            Vacancy mason = titled(all, "Metselaar");
            assertThat(sources.of(mason.id())).hasSize(2);

            a.serveText("[]", "application/ld+json");
            poller.poll(feedA);
            assertThat(vacancies
                            .byId(mason.id(), Optional.empty())
                            .orElseThrow()
                            .status())
                    .isEqualTo(VacancyStatus.OPEN);
            assertThat(vacancies
                            .byId(fromForm.id(), Optional.empty())
                            .orElseThrow()
                            .status())
                    .isEqualTo(VacancyStatus.OPEN);
            b.serveText("[]", "application/ld+json");
            poller.poll(feedB);
            assertThat(vacancies
                            .byId(mason.id(), Optional.empty())
                            .orElseThrow()
                            .status())
                    .isEqualTo(VacancyStatus.CLOSED);
            assertThat(vacancies
                            .byId(fromForm.id(), Optional.empty())
                            .orElseThrow()
                            .status())
                    .isEqualTo(VacancyStatus.OPEN);
        }
    }

    @Test
    void htmlInsteadOfJsonAndASuddenTenfoldAreRefusedAndChangeNothing() throws Exception {
        String run = run();
        try (FeedServer server = new FeedServer().serve("v1.jsonld", run)) {
            UUID feed = poller.register("Bank groei " + run, server.url(), administrator());
            poller.poll(feed);
            server.serve("not-json.html", run);
            VacancyFeeds.Run html = poller.poll(feed);
            assertThat(html.outcome()).isEqualTo(FeedOutcome.REFUSED);
            assertThat(html.message()).startsWith("vacancy.feed.html");
            StringBuilder many = new StringBuilder("[");
            for (int i = 0; i < 30; i++) {
                many.append(i == 0 ? "" : ",").append("""
                        {"@type": "JobPosting", "title": "Lasser %d", "identifier": "G-%s-%d",
                         "description": "Project %d: onderhoud aan sluis %d en brug %d.",
                         "hiringOrganization": {"name": "Feedwerf %s"}, "jobLocation": {"address": {"addressLocality": "Alkmaar"}}}
                        """.formatted(i, run, i, i, i * 7, i * 13, run));
            }
            server.serveText(many.append("]").toString(), "application/json");
            VacancyFeeds.Run grown = poller.poll(feed);
            assertThat(grown.outcome()).isEqualTo(FeedOutcome.REFUSED);
            assertThat(grown.message()).startsWith("vacancy.feed.sudden-growth");
            assertThat(of("Feedwerf " + run)).hasSize(3).allMatch(v -> v.status() == VacancyStatus.OPEN);
            assertThat(poller.poll(feed, true).created()).isEqualTo(30);
        }
    }

    @Test
    void aSlowAnUnreachableAndAHugeFeedFailWithinTheirLimits() throws Exception {
        FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(1), Duration.ofMillis(500), 1_000);
        try (FeedServer slow = new FeedServer().slow(3_000)) {
            assertThat(fetcher.fetch(slow.url(), null, null))
                    .isInstanceOfSatisfying(FeedFetcher.Fetched.Failed.class, f -> assertThat(f.rule())
                            .isEqualTo("vacancy.feed.timeout"));
        }
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThat(fetcher.fetch("http://127.0.0.1:" + closedPort + "/feed", null, null))
                .isInstanceOfSatisfying(FeedFetcher.Fetched.Failed.class, f -> assertThat(f.rule())
                        .isEqualTo("vacancy.feed.unreachable"));
        try (FeedServer huge = new FeedServer().serveText("[" + " ".repeat(5_000) + "]", "application/json")) {
            assertThat(fetcher.fetch(huge.url(), null, null))
                    .isInstanceOfSatisfying(FeedFetcher.Fetched.Failed.class, f -> assertThat(f.rule())
                            .isEqualTo("vacancy.feed.too-large"));
        }
    }

    @Test
    void aFeedIsAnHttpUrlRegisteredOnce() {
        SignedInUser admin = administrator();
        String url = "https://feeds.example.nl/" + run() + ".jsonld";
        poller.register("Eenmalig", url, admin);
        Assertions.assertThatThrownBy(() -> poller.register("Nog eens", url, admin))
                .hasFieldOrPropertyWithValue("rule", "vacancy.feed.url-taken");
        Assertions.assertThatThrownBy(() -> poller.register("Bestand", "file:///etc/passwd", admin))
                .hasFieldOrPropertyWithValue("rule", "vacancy.feed.url-invalid");
    }
}
