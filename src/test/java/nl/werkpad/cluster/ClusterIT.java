package nl.werkpad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two Werkpad nodes behind HAProxy on one PostgreSQL (scripts/cluster.sh): a person stays logged in whichever node
 * answers; what one node writes, the other's matching finds; under load, one node is killed with SIGKILL and the load
 * goes on through the other, every acknowledged write is there, the ledger is sound, expiry ran once per vacancy, and
 * the killed node comes back and catches up. Prints the change-feed lag between the nodes and the restart time. When
 * the previous commit's jar is there (scripts/previous-jar.sh, run by .ci/run), the cluster starts on it and is
 * upgraded one node at a time under load first ({@link RollingUpgrade}). Runs as its own CI step
 * (scripts/check-cluster.sh), not in {@code ./werkpad test}: it needs Debian's packages and several minutes.
 */
@Tag("cluster")
class ClusterIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** An occupation of the demo region's vacancies, and the demo employer's first organisation, for the vacancies this test writes. */
    private String occupation;

    private String organisation;

    @Test
    void twoNodesShareEverythingAndLoseNothingWhenOneIsKilled() throws Exception {
        Assumptions.assumeTrue(Cluster.canRun(), "needs Debian's postgresql and haproxy (.ci/run installs them)");
        boolean upgrade = RollingUpgrade.possible();
        try (Cluster cluster =
                Cluster.start(2, freePort(), upgrade ? RollingUpgrade.PREVIOUS_JAR : Path.of("target/werkpad.jar"))) {
            if (upgrade) {
                RollingUpgrade.upgradeUnderLoad(cluster, http);
            } else {
                System.out.println("Cluster: no rolling upgrade, no " + RollingUpgrade.PREVIOUS_JAR
                        + " (scripts/previous-jar.sh builds it; .ci/run does)");
            }
            aSessionHoldsOnEveryNode(cluster);
            List<Double> lags = writesOnOneNodeAreMatchedOnTheOther(cluster);
            killedUnderLoadLosesNothing(cluster);
            System.out.printf(
                    "Cluster: change-feed lag from node 1 to node 2 over %d vacancies: p50 %.0f ms, p99 %.0f ms%n",
                    lags.size(), percentile(lags, 50), percentile(lags, 99));
        }
    }

    private void aSessionHoldsOnEveryNode(Cluster cluster) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        String loginPage = browser.send(
                        HttpRequest.newBuilder(cluster.balancer("/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(loginPage);
        assertThat(csrf.find()).as("the log-in form carries a CSRF token").isTrue();
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        var login = browser.send(
                HttpRequest.newBuilder(cluster.balancer("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=inwoner&password="
                                + URLEncoder.encode(Cluster.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            var page = browser.send(
                    HttpRequest.newBuilder(cluster.balancer("/account")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode())
                    .as("logged in on " + page.headers().firstValue("X-Werkpad-Node"))
                    .isEqualTo(200);
            page.headers().firstValue("X-Werkpad-Node").ifPresent(nodes::add);
        }
        assertThat(nodes)
                .as("the balancer spread the pages over both nodes")
                .containsExactlyInAnyOrder("node1", "node2");
    }

    /** A vacancy with skills nobody else asks for is written through node 1 and looked for by matching on node 2. */
    private List<Double> writesOnOneNodeAreMatchedOnTheOther(Cluster cluster) throws Exception {
        List<String> skills = skillPool(cluster);
        List<Double> lags = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            List<String> own = pick(skills, 6);
            var created =
                    call(cluster.node(1, "/api/v1/vacancies"), "POST", "werkgever", vacancy(own, "Lag " + n), null);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = JsonPath.read(created.body(), "$.id");
            long written = System.nanoTime();
            while (!foundByMatching(cluster.node(2, "/api/v1/matches"), own, id)) {
                assertThat(System.nanoTime() - written)
                        .as("node 2 finds the vacancy within 30 s")
                        .isLessThan(TimeUnit.SECONDS.toNanos(30));
                Thread.sleep(20);
            }
            lags.add((System.nanoTime() - written) / 1e6);
        }
        return lags;
    }

    private void killedUnderLoadLosesNothing(Cluster cluster) throws Exception {
        Api.fundingSource(http, cluster.balancer(""), Cluster.PASSWORD, "cluster-test");
        List<String> persons = List.copyOf(Set.copyOf(JsonPath.read(
                call(cluster.balancer("/api/v1/vouchers?limit=1000"), "GET", "adviseur", null, null)
                        .body(),
                "$[*].person")));
        List<String> offers = JsonPath.read(
                call(cluster.balancer("/api/v1/training-offers?limit=200"), "GET", "adviseur", null, null)
                        .body(),
                "$.results[?(@.costCents > 0)].id");
        List<String> skills = skillPool(cluster);
        String me = Api.personOf(http, cluster.balancer(""), Cluster.PASSWORD);

        Map<String, String> vouchers = new ConcurrentHashMap<>();
        Set<String> vacancies = ConcurrentHashMap.newKeySet();
        Set<String> passportSkills = ConcurrentHashMap.newKeySet();
        Map<String, Integer> afterKill = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(9);
        for (int t = 0; t < 9; t++) {
            int worker = t;
            load.submit(() -> {
                while (!stop.get()) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    try {
                        String kind;
                        if (worker == 0) { // one writer per passport: its read-modify-write is not what this tests
                            kind = "passport";
                            String skill = skills.get(random.nextInt(skills.size()));
                            var r = call(
                                    cluster.balancer("/api/v1/persons/" + me + "/passport/skills"),
                                    "POST",
                                    "inwoner",
                                    "[{\"skill\": \"" + skill + "\", \"source\": \"SELF_ASSESSED\"}]",
                                    null);
                            if (r.statusCode() == 200) {
                                passportSkills.add(skill);
                            } else {
                                continue;
                            }
                        } else if (worker < 4) {
                            kind = "vacancy";
                            var r = call(
                                    cluster.balancer("/api/v1/vacancies"),
                                    "POST",
                                    "werkgever",
                                    vacancy(pick(skills, 5), "Belasting"),
                                    null);
                            if (r.statusCode() == 201) {
                                vacancies.add(JsonPath.read(r.body(), "$.id"));
                            } else {
                                continue;
                            }
                        } else {
                            kind = "voucher";
                            String key = "cluster-" + UUID.randomUUID();
                            var r = call(
                                    cluster.balancer("/api/v1/vouchers"),
                                    "POST",
                                    "adviseur",
                                    "{\"person\": \"%s\", \"offer\": \"%s\"}"
                                            .formatted(
                                                    persons.get(random.nextInt(persons.size())),
                                                    offers.get(random.nextInt(offers.size()))),
                                    key);
                            if (r.statusCode() / 100 == 2) {
                                vouchers.put(key, JsonPath.read(r.body(), "$.id"));
                            } else {
                                continue;
                            }
                        }
                        if (killed.get()) {
                            afterKill.merge(kind, 1, Integer::sum);
                        }
                    } catch (IOException | RuntimeException e) {
                        // a request cut by the kill was never acknowledged: it does not count
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while ((vouchers.size() < 40 || vacancies.size() < 15 || passportSkills.size() < 5)
                && System.nanoTime() < giveUpAt) {
            Thread.sleep(200);
        }
        cluster.kill(1);
        killed.set(true);
        long keepGoingUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while ((afterKill.getOrDefault("voucher", 0) < 20 || afterKill.getOrDefault("vacancy", 0) < 10)
                && System.nanoTime() < keepGoingUntil) {
            Thread.sleep(200);
        }
        stop.set(true);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        System.out.printf(
                "Cluster: node 1 killed after %d vouchers, %d vacancies, %d passport skills acknowledged; afterwards through node 2: %s%n",
                vouchers.size(), vacancies.size(), passportSkills.size(), afterKill);
        assertThat(afterKill.getOrDefault("voucher", 0))
                .as("vouchers went on through node 2")
                .isGreaterThanOrEqualTo(20);
        assertThat(afterKill.getOrDefault("vacancy", 0))
                .as("vacancies went on through node 2")
                .isGreaterThanOrEqualTo(10);

        // read back from the node that survived: what it finds, it found in the shared database
        for (var voucher : vouchers.entrySet()) {
            assertThat(call(cluster.node(2, "/api/v1/vouchers/" + voucher.getValue()), "GET", "adviseur", null, null)
                            .statusCode())
                    .as("acknowledged voucher " + voucher.getValue())
                    .isEqualTo(200);
        }
        for (String vacancy : vacancies) {
            assertThat(call(cluster.node(2, "/api/v1/vacancies/" + vacancy), "GET", "werkgever", null, null)
                            .statusCode())
                    .as("acknowledged vacancy " + vacancy)
                    .isEqualTo(200);
        }
        String passport = call(cluster.node(2, "/api/v1/persons/" + me + "/passport"), "GET", "inwoner", null, null)
                .body();
        assertThat(passportSkills).as("passport writes were acknowledged").isNotEmpty();
        assertThat(passportSkills).allSatisfy(skill -> assertThat(passport).contains(skill));
        var check = call(cluster.node(2, "/api/v1/fund/ledger/balance-check"), "GET", "fondsbeheerder", null, null);
        assertThat((List<?>) JsonPath.read(check.body(), "$.violations"))
                .as(check.body())
                .isEmpty();

        expiryRunsOncePerVacancy(cluster, List.copyOf(vacancies).subList(0, 8));

        String written = json(
                call(
                        cluster.node(2, "/api/v1/vacancies"),
                        "POST",
                        "werkgever",
                        vacancy(pick(skills, 6), "Terwijl node 1 weg was"),
                        null),
                "$.id");
        List<String> writtenSkills = JsonPath.read(
                call(cluster.node(2, "/api/v1/vacancies/" + written), "GET", "werkgever", null, null)
                        .body(),
                "$.essentialSkills[*].id");
        double ready = cluster.restart(1);
        System.out.printf("Cluster: node 1 ready again %.1f s after its restart%n", ready);
        assertThat(foundByMatching(cluster.node(1, "/api/v1/matches"), writtenSkills, written))
                .as("the restarted node caught up with what was written while it was down")
                .isTrue();

        aBackupRestoresIntoAFreshDatabase(cluster, written, writtenSkills);
    }

    /**
     * ./werkpad backup of the cluster's database, ./werkpad restore into a fresh one: the same ledger, passports and
     * vacancies (counts and checksums), and a node started on it rebuilds its index and matches.
     */
    private void aBackupRestoresIntoAFreshDatabase(Cluster cluster, String vacancy, List<String> skills)
            throws Exception {
        Path file = Files.createTempFile("werkpad-backup-", ".dump");
        assertThat(cluster.command("werkpad", "backup", file.toString()))
                .as(cluster.tail("commands.log"))
                .isZero();
        Map<String, String> before = fingerprints(cluster, "werkpad");
        try (Connection admin = cluster.administration();
                Statement sql = admin.createStatement()) {
            sql.execute("create database restored owner werkpad");
        }
        assertThat(cluster.command("restored", "restore", file.toString()))
                .as(cluster.tail("commands.log"))
                .isZero();
        assertThat(fingerprints(cluster, "restored")).isEqualTo(before);
        cluster.kill(2);
        cluster.startNode(2, "restored");
        assertThat(foundByMatching(cluster.node(2, "/api/v1/matches"), skills, vacancy))
                .as("a node on the restored database rebuilt its index")
                .isTrue();
        Files.deleteIfExists(file);
    }

    private static Map<String, String> fingerprints(Cluster cluster, String database) throws Exception {
        try (Connection db = cluster.database(database)) {
            return Api.fingerprints(db);
        }
    }

    /** Both nodes try to expire every 2 s; each overdue vacancy changes (and is announced) exactly once. */
    private void expiryRunsOncePerVacancy(Cluster cluster, List<String> ids) throws Exception {
        String list = String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
        long before;
        try (Connection db = cluster.database();
                Statement sql = db.createStatement()) {
            before = single(sql, "select coalesce(max(position), 0) from matching.change_feed");
            sql.executeUpdate(
                    "update vacancies.vacancy set closing_date = current_date - 1 where id in (" + list + ")");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection db = cluster.database();
                Statement sql = db.createStatement()) {
            while (single(
                            sql,
                            "select count(*) from vacancies.vacancy where status = 'EXPIRED' and id in (" + list + ")")
                    < ids.size()) {
                assertThat(System.nanoTime())
                        .as("overdue vacancies expire within a minute")
                        .isLessThan(deadline);
                Thread.sleep(500);
            }
            Thread.sleep(5_000); // several more turns of both nodes' schedules
            try (ResultSet counts =
                    sql.executeQuery("select entity_id, count(*) from matching.change_feed where position > " + before
                            + " and entity_id in (" + list + ") group by entity_id")) {
                int rows = 0;
                while (counts.next()) {
                    rows++;
                    assertThat(counts.getLong(2))
                            .as("changes announced for expired vacancy " + counts.getString(1))
                            .isEqualTo(1);
                }
                assertThat(rows).isEqualTo(ids.size());
            }
        }
    }

    private boolean foundByMatching(URI matches, List<String> skills, String vacancy) throws Exception {
        return Api.foundByMatching(http, matches, skills, vacancy);
    }

    private List<String> skillPool(Cluster cluster) throws Exception {
        String page = call(cluster.balancer("/api/v1/vacancies?limit=200"), "GET", "werkgever", null, null)
                .body();
        List<String> all = JsonPath.read(page, "$.results[*].essentialSkills[*].id");
        occupation = JsonPath.read(page, "$.results[0].occupation.id");
        organisation =
                json(call(cluster.balancer("/api/v1/organisations/mine"), "GET", "werkgever", null, null), "$[0].id");
        return List.copyOf(new HashSet<>(all));
    }

    private String vacancy(List<String> skills, String title) {
        String list = String.join(",", skills.stream().map(s -> "\"" + s + "\"").toList());
        return """
                {"organisation": "%s", "title": "%s %s", "occupation": "%s", "municipality": "GM0361", "status": "OPEN",
                 "closingDate": "%s", "essentialSkills": [%s], "optionalSkills": []}""".formatted(
                        organisation,
                        title,
                        UUID.randomUUID().toString().substring(0, 8),
                        occupation,
                        LocalDate.now().plusMonths(2),
                        list);
    }

    private static List<String> pick(List<String> pool, int n) {
        List<String> copy = new ArrayList<>(pool);
        Collections.shuffle(copy);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private HttpResponse<String> call(URI uri, String method, String user, String json, String key)
            throws IOException, InterruptedException {
        return Api.call(http, uri, method, user, Cluster.PASSWORD, json, key);
    }

    private static <T> T json(HttpResponse<String> response, String path) {
        return Api.json(response, path);
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
