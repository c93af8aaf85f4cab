package nl.werkpad.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import nl.werkpad.support.Demo;
import nl.werkpad.support.OwnDatabase;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The API fuzzer (docs/security.md, "The API fuzzer"). A property over every operation of /api/v1/openapi.json
 * and every caller (anonymous and each demo role): whatever the input, the answer is never a 5xx, and a refused
 * request (4xx) leaves every table as it was. Inputs come from the document's own schemas, each with one strange
 * part ({@link FuzzInputs}); the seed is fixed, so a failure is reproduced by running this test again
 * ({@code -Dwerkpad.fuzz.seed=…} and {@code -Dwerkpad.fuzz.tries=…} to explore further).
 */
@WerkpadTest
class ApiFuzzTests {

    /** A database of its own: the fuzzer's accepted writes (and erasures) must not change what other tests see. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("werkpad.db.ephemeral", () -> "false");
        OwnDatabase.in(registry);
    }

    static final long SEED = Long.getLong("werkpad.fuzz.seed", 20261126L);
    /** Tries per operation and caller; 126 operations × 8 callers × 3 is about 3,000 requests. */
    static final int TRIES = Integer.getInteger("werkpad.fuzz.tries", 3);

    static final List<String> ROLES =
            List.of("inwoner", "werkgever", "opleider", "adviseur", "fondsbeheerder", "beleid", "beheerder");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noInputAnswers5xxOrLeavesAWriteBehindWhenRefused() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/api/v1/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Map<String, RequestPostProcessor> callers = callers();
        FuzzInputs.KnownValues known = harvest(document, callers);
        FuzzInputs inputs = new FuzzInputs(document, new Random(SEED), known);
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(jdbc);
        // the detector itself: an accepted write is seen, a read is not
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/organisations")
                        .with(callers.get("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"kvkNumber": "%d", "name": "Fuzz controle BV", "kind": "EMPLOYER", "sbiSection": "C",
                         "sites": [{"municipality": "GM0361"}]}""".formatted(10_000_000 + new Random(SEED).nextInt(89_999_999))))
                .andExpect(MockMvcResultMatchers.status().isCreated());
        assertThat(fingerprint.changedSinceLastLook()).contains("organisations.organisation");
        mvc.perform(get("/api/v1/organisations"));
        assertThat(fingerprint.changedSinceLastLook()).isEmpty();

        long started = System.nanoTime();
        Map<String, String> failures = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int requests = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(op.getKey().toUpperCase());
                for (Map.Entry<String, RequestPostProcessor> caller : callers.entrySet()) {
                    for (int i = 0; i < TRIES; i++) {
                        FuzzCase input = FuzzCase.of(inputs, method, path.getKey(), op.getValue());
                        String where = method + " " + path.getKey() + " as " + caller.getKey();
                        int status;
                        try {
                            status =
                                    send(input, caller.getValue()).getResponse().getStatus();
                        } catch (AssertionError contract) {
                            failures.putIfAbsent(where + " contract", input + "\n" + contract.getMessage());
                            fingerprint.changedSinceLastLook();
                            continue;
                        } catch (Exception unhandled) {
                            // MockMvc rethrows what no handler answered; a servlet container would answer 500
                            Throwable cause = unhandled.getCause() == null ? unhandled : unhandled.getCause();
                            String at = Arrays.stream(cause.getStackTrace())
                                    .filter(f -> f.getClassName().startsWith("nl.werkpad"))
                                    .findFirst()
                                    .map(Object::toString)
                                    .orElse("");
                            failures.putIfAbsent(
                                    where + " 500 " + cause.getClass().getSimpleName() + " at " + at,
                                    input + " — " + cause.getMessage());
                            fingerprint.changedSinceLastLook();
                            continue;
                        }
                        requests++;
                        statuses.merge(status, 1, Integer::sum);
                        Set<String> changed = fingerprint.changedSinceLastLook();
                        if (status >= 500) {
                            failures.putIfAbsent(where + " " + status, input.toString());
                        } else if (status >= 400 && !changed.isEmpty()) {
                            failures.putIfAbsent(
                                    where + " " + status + " left a write in " + changed, input.toString());
                        }
                    }
                }
            }
        }
        System.out.printf(
                "API fuzzer: seed %d, %d tries per operation and caller, %d requests in %d s, statuses %s, "
                        + "%d tables watched%n",
                SEED, TRIES, requests, (System.nanoTime() - started) / 1_000_000_000L, statuses, fingerprint.tables());
        failures.forEach((where, input) -> System.out.println("FUZZ FAILURE " + where + "\n    " + input));
        assertThat(requests).isGreaterThan(1_000);
        assertThat(failures.keySet()).isEmpty();
    }

    private MvcResult send(FuzzCase input, RequestPostProcessor caller) throws Exception {
        MockHttpServletRequestBuilder builder = request(input.method(), URI.create(input.uri()));
        input.query().forEach(builder::queryParam);
        input.headers().forEach(builder::header);
        if (input.body() != null) {
            builder.contentType(input.contentType()).content(input.body());
        }
        return mvc.perform(caller == null ? builder : builder.with(caller)).andReturn();
    }

    /**
     * Anonymous, and each demo role as it authenticates over HTTP Basic: the first request of a role goes through
     * HTTP Basic, the rest reuse the authentication it produced (hashing the password on 3,000 requests would
     * cost minutes and test the password hash, not the API).
     */
    private Map<String, RequestPostProcessor> callers() throws Exception {
        Map<String, RequestPostProcessor> callers = new LinkedHashMap<>();
        callers.put("anoniem", null);
        for (String role : ROLES) {
            MvcResult result =
                    mvc.perform(get("/api/v1/me").with(Demo.as(role))).andReturn();
            assertThat(result.getResponse().getStatus()).as(role).isEqualTo(200);
            SecurityContext context = (SecurityContext) result.getRequest()
                    .getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
            Authentication authentication = context.getAuthentication();
            callers.put(role, authentication(authentication));
        }
        return callers;
    }

    /** Reads every list without path parameters as each caller, to learn ids and codes that exist. */
    private FuzzInputs.KnownValues harvest(JsonNode document, Map<String, RequestPostProcessor> callers)
            throws Exception {
        FuzzInputs.KnownValues known = new FuzzInputs.KnownValues();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (path.getKey().contains("{") || !path.getValue().has("get")) {
                continue;
            }
            for (RequestPostProcessor caller : callers.values()) {
                MockHttpServletRequestBuilder builder = get("/api/v1" + path.getKey());
                MvcResult result;
                try {
                    result = mvc.perform(caller == null ? builder : builder.with(caller))
                            .andReturn();
                } catch (AssertionError | Exception failure) {
                    continue; // the fuzzing below meets the same request and reports it with its input
                }
                String type = String.valueOf(result.getResponse().getContentType());
                if (result.getResponse().getStatus() == 200 && type.contains("json")) {
                    known.harvest(json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)), null);
                }
            }
        }
        for (String q : List.of("las", "verpleeg", "data")) {
            for (String list : List.of("/api/v1/skills", "/api/v1/occupations")) {
                known.harvest(
                        json.readTree(mvc.perform(get(list).queryParam("q", q))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8)),
                        null);
            }
        }
        return known;
    }

    /** One generated request. */
    record FuzzCase(
            HttpMethod method,
            String uri,
            Map<String, String> query,
            Map<String, String> headers,
            String contentType,
            String body,
            String mutation) {

        static FuzzCase of(FuzzInputs inputs, HttpMethod method, String path, JsonNode operation) {
            List<JsonNode> parameters = new ArrayList<>();
            operation.path("parameters").forEach(p -> parameters.add(inputs.resolve(p)));
            JsonNode content = operation.at("/requestBody/content");
            String contentType = content.isMissingNode()
                    ? null
                    : content.propertyNames().iterator().next();
            // which part gets the strange value: a parameter, or the body
            int target = inputs.pick(
                    IntStream.rangeClosed(0, parameters.size()).boxed().toList());
            String mutation = "";
            String uri = "/api/v1" + path;
            Map<String, String> query = new LinkedHashMap<>();
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 0; i < parameters.size(); i++) {
                JsonNode parameter = parameters.get(i);
                String name = parameter.get("name").asString();
                String value =
                        i == target ? inputs.strangeText() : text(inputs.fitting(parameter.path("schema"), name, 0));
                if (i == target) {
                    mutation = parameter.get("in").asString() + " " + name + "=" + shorten(value);
                }
                switch (parameter.get("in").asString()) {
                    case "path" ->
                        uri = uri.replace(
                                "{" + name + "}",
                                URLEncoder.encode(value.isEmpty() ? "x" : value, StandardCharsets.UTF_8)
                                        .replace("+", "%20"));
                    case "query" -> query.put(name, value);
                    case "header" -> headers.put(name, value.replaceAll("[\\x00-\\x1f]", "?"));
                    default -> {}
                }
            }
            String body = null;
            if (contentType != null) {
                JsonNode schema = content.get(contentType).path("schema");
                if (contentType.contains("json")) {
                    JsonNode fitting = inputs.fitting(schema, "body", 0);
                    if (target == parameters.size()) {
                        FuzzInputs.Mutated mutated = inputs.mutate(fitting);
                        mutation = "body " + mutated.where() + "="
                                + shorten(mutated.value().toString());
                        body = mutated.value().toString();
                    } else {
                        body = fitting.toString();
                    }
                } else {
                    body = target == parameters.size()
                            ? inputs.pick(List.of(
                                    "",
                                    "a;b;c\n\u0000;=1+1;@x\n",
                                    "naam,plaats\n" + "x,".repeat(10_000) + "\n",
                                    "\"ongesloten\n",
                                    "=HYPERLINK(\"x\"),1\n"))
                            : "naam\nfuzz\n";
                    mutation = mutation.isEmpty() ? "csv body" : mutation;
                }
            }
            return new FuzzCase(method, uri, query, headers, contentType, body, mutation);
        }

        private static String text(JsonNode value) {
            return value.isString()
                    ? value.asString()
                    : value.isArray() && value.size() > 0 ? text(value.get(0)) : value.toString();
        }

        private static String shorten(String value) {
            String visible = value.replaceAll("[\\x00-\\x1f]", "\\\\x");
            return visible.length() > 80 ? visible.substring(0, 80) + "…(" + value.length() + " tekens)" : visible;
        }

        @Override
        public String toString() {
            return method + " " + uri + " " + query.keySet() + " — " + mutation;
        }
    }
}
