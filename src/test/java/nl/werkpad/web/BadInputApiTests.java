package nl.werkpad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.shared.db.DatabaseRefusal;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The bad inputs that once answered 500 or were quietly coerced: each is refused with the rule's name and the
 * field, and nothing is written.
 */
@WerkpadTest
class BadInputApiTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    private ResultActions passport(String json) throws Exception {
        TestAccounts.TestAccount resident = accounts.with(
                Role.INWONER, "Inwoner " + UUID.randomUUID().toString().substring(0, 6));
        ResultActions result = mvc.perform(post("/api/v1/persons")
                .with(resident.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
        assertThat(jdbc.sql("select count(*) from passport.person where account_id = ?")
                        .param(resident.id())
                        .query(Long.class)
                        .single())
                .as("nothing written")
                .isZero();
        return result;
    }

    private static String person(String name, String extra) {
        return "{\"name\": " + name + ", \"municipality\": \"GM0361\", \"travelKm\": 10, \"status\": \"JOB_SEEKER\""
                + extra + "}";
    }

    @Test
    void yearsOutsideWhatTheDatabaseHoldsAreARuleNotA500() throws Exception {
        passport(person("\"Jaar\"", ", \"workHistory\": [{\"occupation\": \"" + WELDER + "\", \"fromYear\": 1900}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("input.out-of-range"))
                .andExpect(jsonPath("$.field").value("workHistory[0].fromYear"));
        passport(person("\"Jaar\"", ", \"education\": [{\"kind\": \"DIPLOMA\", \"title\": \"X\", \"year\": 3000}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("education[0].year"));
        passport(person("\"Jaar\"", ", \"education\": [{\"kind\": \"DIPLOMA\", \"title\": \"X\", \"year\": 1949}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("education[0].year"));
    }

    @Test
    void aNulOrOtherControlCharacterIsRefusedWithTheField() throws Exception {
        passport(person("\"Sanne\\u0000\"", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("input.control-character"))
                .andExpect(jsonPath("$.field").value("name"));
        passport(person("\"Sanne\\u001b[31m\"", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("input.control-character"));
    }

    @Test
    void textHasAStatedMaximum() throws Exception {
        passport(person("\"" + "a".repeat(1_000_000) + "\"", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("input.too-long"))
                .andExpect(jsonPath("$.field").value("name"));
        passport(person("\"" + "a".repeat(201) + "\"", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("input.too-long"))
                .andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.errors[0].limit").value(200));
    }

    /**
     * Each text field has its own maximum, declared on the request record and enforced before any service runs,
     * however deep it sits: a list element, a field of a list's record, a field of a nested rule.
     */
    @Test
    void everyTextFieldHasItsOwnMaximumWithItsPath() throws Exception {
        passport(person(
                        "\"Diep\"",
                        ", \"workHistory\": [{\"occupation\": \"" + WELDER + "\", \"employer\": \"" + "w".repeat(301)
                                + "\", \"fromYear\": 2010}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("input.too-long"))
                .andExpect(jsonPath("$.field").value("workHistory[0].employer"))
                .andExpect(jsonPath("$.errors[0].limit").value(300));
        passport(person("\"Diep\"", ", \"sectors\": [\"C\", \"" + "s".repeat(101) + "\"]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("sectors[1]"))
                .andExpect(jsonPath("$.errors[0].limit").value(100));
        passport(person("\"Diep\"", ", \"municipality\": \"" + "G".repeat(101) + "\""))
                .andExpect(status().isUnprocessableContent());
        TestAccounts.TestAccount manager = accounts.with(Role.FONDSBEHEERDER, "Fondsbeheerder lengte");
        mvc.perform(post("/api/v1/funding-sources")
                        .with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code": "LANG", "name": "Te lange regel", "kind": "GEMEENTE", "mode": "PER_VOUCHER",
                         "rules": [{"type": "residence", "municipalities": ["%s"]}]}""".formatted("G".repeat(101))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("input.too-long"))
                .andExpect(jsonPath("$.field").value("rules[0].municipalities[0]"));
        assertThat(jdbc.sql("select count(*) from fund.funding_source where code = 'LANG'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNullInsideAListIsRefusedWithItsPlace() throws Exception {
        passport(person("\"Lijst\"", ", \"skills\": [null]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("input.null-in-list"))
                .andExpect(jsonPath("$.field").value("skills[0]"));
        TestOrganisations.Member provider = organisations.provider(
                "Opleider " + UUID.randomUUID().toString().substring(0, 6), "GM0361");
        mvc.perform(post("/api/v1/training-offers")
                        .with(provider.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"provider": "%s", "title": "Cursus", "level": "MBO_3", "mode": "ONLINE", "durationHours": 4,
                         "durationWeeks": 1, "costCents": 100, "status": "PUBLISHED", "skills": [], "starts": [null]}""".formatted(provider.organisation().id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("starts[0]"));
    }

    @Test
    void typesAreStrictAndUnknownFieldsAreNamed() throws Exception {
        passport(person("123", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("json.wrong-type"))
                .andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.detail").value("Field 'name': expects a string."));
        passport(person("\"Getal\"", "").replace("\"travelKm\": 10", "\"travelKm\": 1.5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("travelKm"));
        passport(person("\"Getal\"", "").replace("\"travelKm\": 10", "\"travelKm\": \"10\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("travelKm"));
        passport(person("\"Onbekend\"", ", \"isAdmin\": true"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("json.unknown-field"))
                .andExpect(jsonPath("$.field").value("isAdmin"));
    }

    @Test
    void malformedJsonNamesTheLineAndColumnAndNoJavaClass() throws Exception {
        passport("{\"name\": \"Kapot\",\n  \"municipality\": }")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("json.malformed"))
                .andExpect(jsonPath("$.line").value(2))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("jackson"))));
    }

    @Test
    void exportsNeutraliseFormulaCellsAndImportErrorsNameLineAndColumnNotAJavaClass() throws Exception {
        TestOrganisations.Member employer = organisations.employer(
                "Formule BV " + UUID.randomUUID().toString().substring(0, 6), "GM0361");
        mvc.perform(post("/api/v1/vacancies")
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"organisation": "%s", "title": "=HYPERLINK(\\"http://x.example\\",\\"klik\\")", "occupation": "%s",
                         "municipality": "GM0361", "kind": "JOB", "status": "OPEN", "description": "@SUM(A1:A9)"}""".formatted(employer.organisation().id(), WELDER)))
                .andExpect(status().isCreated());
        String export = mvc.perform(MockMvcRequestBuilders.get("/api/v1/vacancies/export")
                        .param("organisation", employer.organisation().id().toString())
                        .with(employer.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(export).contains("\"'=HYPERLINK(", "'@SUM(A1:A9)").doesNotContain(",=HYPERLINK", ",@SUM");

        String broken = "title,occupation,municipality,kind,status,hours_per_week\n\"Lasser\"x,%s,GM0361,JOB,OPEN,38\n"
                .formatted(WELDER);
        mvc.perform(post("/api/v1/vacancies/import")
                        .with(employer.basic())
                        .contentType("text/csv")
                        .content(broken))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.not(Matchers.containsString("position"))))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.not(Matchers.containsString("java."))))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.not(Matchers.containsString("Exception"))));
        String badCell = "title,occupation,municipality,kind,status,hours_per_week\nLasser,%s,GM0361,JOB,OPEN,veertig\n"
                .formatted(WELDER);
        mvc.perform(post("/api/v1/vacancies/import")
                        .with(employer.basic())
                        .contentType("text/csv")
                        .content(badCell))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("hours_per_week"));
    }

    @Test
    void aMalformedOfferCsvNamesTheLineAndTheColumnByItsHeader() throws Exception {
        TestOrganisations.Member provider = organisations.provider(
                "Kapotte CSV " + UUID.randomUUID().toString().substring(0, 6), "GM0361");
        String unclosed = """
                title,level,mode,municipality,duration_hours,cost_cents,status,skills
                Lassen,COURSE,ONLINE,,20,50000,PUBLISHED,
                Buigen,COURSE,ON_SITE,GM0361,40,"90000,PUBLISHED,
                """;
        mvc.perform(post("/api/v1/training-offers/import")
                        .with(provider.basic())
                        .contentType("text/csv")
                        .content(unclosed))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("cost_cents"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("line 3, column cost_cents")));
        assertThat(jdbc.sql("select count(*) from training.offer where provider_id = ?")
                        .param(provider.organisation().id())
                        .query(Long.class)
                        .single())
                .as("nothing imported")
                .isZero();
    }

    @Test
    void anAdvisorConsentMustNameAnAdvisor() throws Exception {
        TestAccounts.TestAccount resident = accounts.with(
                Role.INWONER, "Inwoner " + UUID.randomUUID().toString().substring(0, 6));
        String person = JsonPath.read(
                mvc.perform(post("/api/v1/persons")
                                .with(resident.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(person("\"Toestemming\"", "")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.personId");
        TestAccounts.TestAccount neighbour = accounts.with(Role.INWONER, "Buurman");
        TestAccounts.TestAccount advisor = accounts.with(Role.ADVISEUR, "Adviseur");
        for (UUID notAnAdvisor : List.of(neighbour.id(), UUID.randomUUID())) {
            mvc.perform(MockMvcRequestBuilders.put("/api/v1/persons/{id}/consents/ADVISOR", person)
                            .with(resident.basic())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"grantee\": \"" + notAnAdvisor + "\"}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.rule").value("consent.grantee-not-advisor"));
        }
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/persons/{id}/consents/ADVISOR", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grantee\": \"" + advisor.id() + "\"}"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from privacy.consent_event where subject_id = ?::uuid and grantee = ?")
                        .params(person, neighbour.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void whatTheDatabaseStillRefusesIsAConflictOrARuleNamingTheField() {
        var error = Assertions.assertThrows(DataIntegrityViolationException.class, () -> jdbc.sql(
                        "insert into passport.work_history (id, person_id, occupation_id, from_year) values (?, ?, 'x', 1900)")
                .params(UUID.randomUUID(), UUID.randomUUID())
                .update());
        DatabaseRefusal refusal = DatabaseRefusal.of(error).orElseThrow();
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.field()).isEqualTo("fromYear");
        var nul = Assertions.assertThrows(
                DataIntegrityViolationException.class, () -> jdbc.sql("select 9223372036854775807::bigint + 1")
                        .query(Long.class)
                        .single());
        assertThat(DatabaseRefusal.of(nul).orElseThrow().status()).isEqualTo(422);
    }
}
