package nl.werkpad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/** What the tests that start whole Werkpad processes share: calls to the API, matching, and data fingerprints. */
public final class Api {

    private Api() {}

    public static HttpResponse<String> call(
            HttpClient http, URI uri, String method, String user, String password, String json, String key)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A value from a successful answer; a failed one fails the test with its body. */
    static <T> T json(HttpResponse<String> response, String path) {
        assertThat(response.statusCode())
                .as(response.uri() + " answered " + response.body())
                .isBetween(200, 299);
        return JsonPath.read(response.body(), path);
    }

    /** Whether trying matching (anonymously) at {@code matches} with these skills finds the vacancy. */
    static boolean foundByMatching(HttpClient http, URI matches, List<String> skills, String vacancy) throws Exception {
        String body = "{\"skills\": ["
                + String.join(",", skills.stream().map(s -> "\"" + s + "\"").toList())
                + "], \"municipality\": \"GM0361\", \"radiusKm\": 10, \"limit\": 20}";
        // each look is another client behind the balancer, so the per-address limit of trying does not apply to the
        // test
        var response = http.send(
                HttpRequest.newBuilder(matches)
                        .header("Content-Type", "application/json")
                        .header(
                                "X-Forwarded-For",
                                "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().contains(vacancy);
    }

    /** A funding source of this year with a large budget, so vouchers can be issued under load. */
    static String fundingSource(HttpClient http, URI base, String password, String code) throws Exception {
        int year = LocalDate.now().getYear();
        String source = json(
                call(
                        http,
                        base.resolve("/api/v1/funding-sources"),
                        "POST",
                        "fondsbeheerder",
                        password,
                        """
                {"code": "%s", "name": "Clustertest", "kind": "PROVINCIE", "mode": "PER_VOUCHER",
                 "validFrom": "%d-01-01", "validUntil": "%d-12-31", "priority": 1, "voucherValidDays": 30,
                 "rules": [{"type": "max-per-voucher", "cents": 100000}]}""".formatted(code, year, year),
                        null),
                "$.id");
        json(
                call(
                        http,
                        base.resolve("/api/v1/funding-sources/" + source + "/budgets"),
                        "POST",
                        "fondsbeheerder",
                        password,
                        "{\"year\": %d, \"amountCents\": 100000000}".formatted(year),
                        code + "-budget"),
                "$");
        return source;
    }

    /** The demo resident's own passport (made when missing). */
    static String personOf(HttpClient http, URI base, String password) throws Exception {
        var own = call(http, base.resolve("/api/v1/persons/me"), "GET", "inwoner", password, null, null);
        if (own.statusCode() == 404) {
            own = call(
                    http,
                    base.resolve("/api/v1/persons"),
                    "POST",
                    "inwoner",
                    password,
                    "{\"name\": \"Clustertest\", \"municipality\": \"GM0361\", \"travelKm\": 30, \"skills\": []}",
                    null);
        }
        return json(own, "$.personId");
    }

    /** Row count and checksum of the ledger, the vouchers, the passports and the vacancies. */
    static Map<String, String> fingerprints(Connection db) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Statement sql = db.createStatement()) {
            for (String table : List.of(
                    "fund.transfer",
                    "fund.voucher",
                    "passport.person",
                    "passport.person_skill",
                    "vacancies.vacancy",
                    "vacancies.vacancy_skill")) {
                try (ResultSet row = sql.executeQuery(
                        "select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                                + table + " t")) {
                    row.next();
                    out.put(table, row.getString(1));
                }
            }
        }
        return out;
    }
}
