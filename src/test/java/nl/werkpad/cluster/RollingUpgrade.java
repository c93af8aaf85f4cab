package nl.werkpad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 20 item 6: a cluster started on the previous commit's jar (scripts/previous-jar.sh) is upgraded one node at a
 * time to this commit's jar while reads and writes go on through the balancer: the first new node runs this commit's
 * migrations under the old node's feet. No request fails twice in a row (a client retries once, as a browser or an
 * API client does after a dropped connection), and every acknowledged write is there afterwards.
 */
final class RollingUpgrade {

    static final Path PREVIOUS_JAR = Path.of("target/previous/werkpad.jar");

    private RollingUpgrade() {}

    static boolean possible() {
        return Files.isRegularFile(PREVIOUS_JAR);
    }

    static void upgradeUnderLoad(Cluster cluster, HttpClient http) throws Exception {
        String page =
                call(cluster, http, "/api/v1/vacancies?limit=50", "GET", null).body();
        List<String> skills = List.copyOf(Set.copyOf(JsonPath.read(page, "$.results[*].essentialSkills[*].id")));
        String occupation = JsonPath.read(page, "$.results[0].occupation.id");
        String organisation = Api.json(call(cluster, http, "/api/v1/organisations/mine", "GET", null), "$[0].id");
        // drafts: written like any vacancy (row, change feed), but never a match that crowds out what ClusterIT looks
        // for
        String vacancy = """
                {"organisation": "%s", "title": "Tijdens de upgrade %%s", "occupation": "%s", "municipality": "GM0361",
                 "status": "DRAFT", "closingDate": "%s", "essentialSkills": ["%s"], "optionalSkills": []}""".formatted(organisation, occupation, LocalDate.now().plusMonths(2), skills.getFirst());

        Set<String> written = ConcurrentHashMap.newKeySet();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger failedTwice = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            boolean writer = t % 2 == 0;
            load.submit(() -> {
                while (!stop.get()) {
                    String body = writer
                            ? vacancy.formatted(UUID.randomUUID().toString().substring(0, 8))
                            : null;
                    String path = writer ? "/api/v1/vacancies" : "/api/v1/vacancies?limit=5";
                    HttpResponse<String> answer = attempt(cluster, http, path, writer ? "POST" : "GET", body);
                    if (answer == null) {
                        retried.incrementAndGet();
                        answer = attempt(cluster, http, path, writer ? "POST" : "GET", body);
                    }
                    requests.incrementAndGet();
                    if (answer == null) {
                        failedTwice.incrementAndGet();
                    } else if (writer) {
                        written.add(JsonPath.read(answer.body(), "$.id"));
                    }
                }
                return null;
            });
        }
        Thread.sleep(2_000);
        cluster.upgrade(1);
        cluster.upgrade(2);
        Thread.sleep(2_000);
        stop.set(true);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        System.out.printf(
                "Cluster: rolling upgrade from the previous commit's jar under load: %d requests, %d retried once, %d failed twice, %d vacancies written%n",
                requests.get(), retried.get(), failedTwice.get(), written.size());
        assertThat(failedTwice.get())
                .as("requests that failed again after one retry")
                .isZero();
        assertThat(written).as("writes went on during the upgrade").isNotEmpty();
        for (String id : written) {
            assertThat(call(cluster, http, "/api/v1/vacancies/" + id, "GET", null)
                            .statusCode())
                    .as("vacancy acknowledged during the upgrade " + id)
                    .isEqualTo(200);
        }
    }

    /** One try; null when it failed (no answer, or not 2xx). */
    private static HttpResponse<String> attempt(
            Cluster cluster, HttpClient http, String path, String method, String body) {
        try {
            HttpResponse<String> answer = call(cluster, http, path, method, body);
            if (answer.statusCode() / 100 == 2) {
                return answer;
            }
        } catch (IOException e) {
            // a connection cut by a stopping node: the retry goes elsewhere
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static HttpResponse<String> call(Cluster cluster, HttpClient http, String path, String method, String body)
            throws IOException, InterruptedException {
        return Api.call(http, cluster.balancer(path), method, "werkgever", Cluster.PASSWORD, body, null);
    }
}
