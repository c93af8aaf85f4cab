package nl.werkpad.fund;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds fund scenarios through the API. Tests share one database (with the demo fund's Noord-Holland sources),
 * so every scenario lives in a municipality of its own outside Noord-Holland and its sources pay only for
 * residents there: no other source ever pays for its people.
 */
class FundFixture {

    record Resident(TestAccounts.TestAccount account, String person) {}

    final MockMvc mvc;
    final TestAccounts accounts;
    final TestOrganisations organisations;
    final JdbcClient jdbc;
    final TestAccounts.TestAccount manager;
    final int year = LocalDate.now().getYear();

    FundFixture(MockMvc mvc, TestAccounts accounts, TestOrganisations organisations, JdbcClient jdbc) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.manager = accounts.with(Role.FONDSBEHEERDER, "Fondsbeheerder");
    }

    /** A per-voucher source for one municipality with the given extra rules (JSON objects), and a budget this year. */
    String source(String municipality, int priority, long budgetCents, String... rules) throws Exception {
        return source(municipality, priority, budgetCents, "PER_VOUCHER", null, rules);
    }

    String source(String municipality, int priority, long budgetCents, String mode, Long allowance, String... rules)
            throws Exception {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 12);
        String all = "{\"type\": \"residence\", \"municipalities\": [\"" + municipality + "\"]}"
                + (rules.length == 0 ? "" : ", " + String.join(", ", rules));
        String id = JsonPath.read(
                send(post("/api/v1/funding-sources"), manager.basic(), """
                {"code": "%s", "name": "Bron %s", "kind": "REGIO", "mode": "%s", "allowanceCents": %s,
                 "allowanceExpiryMonths": 0, "validFrom": "%d-01-01", "validUntil": "%d-12-31", "priority": %d,
                 "voucherValidDays": 90, "rules": [%s]}""".formatted(
                                        code, code, mode, allowance, year, year + 1, priority, all))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        if (budgetCents > 0) {
            budget(id, budgetCents);
        }
        return id;
    }

    void budget(String source, long cents) throws Exception {
        mvc.perform(post("/api/v1/funding-sources/{id}/budgets", source)
                        .with(manager.basic())
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": %d, \"amountCents\": %d}".formatted(year, cents)))
                .andExpect(status().isCreated());
    }

    /** A resident with a passport in the municipality and an open development account. */
    Resident resident(String municipality, String status, LocalDate birthDate, String... groups) throws Exception {
        TestAccounts.TestAccount account = accounts.with(
                Role.INWONER, "Inwoner " + UUID.randomUUID().toString().substring(0, 6));
        String person = JsonPath.read(
                send(post("/api/v1/persons"), account.basic(), """
                {"name": "%s", "municipality": "%s", "travelKm": 30, "status": "%s", "skills": [], "workHistory": []}""".formatted(
                                        account.displayName(), municipality, status))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.personId");
        String groupJson = groups.length == 0 ? "[]" : "[\"" + String.join("\", \"", groups) + "\"]";
        send(
                        put("/api/v1/persons/{id}/development-account", person),
                        account.basic(),
                        "{\"birthDate\": \"%s\", \"targetGroups\": %s}".formatted(birthDate, groupJson))
                .andExpect(status().isOk());
        return new Resident(account, person);
    }

    /** A published offer of the provider teaching the skill, at the cost. */
    String offer(TestOrganisations.Member provider, long costCents, boolean onRegister, String skill) throws Exception {
        return JsonPath.read(
                send(post("/api/v1/training-offers"), provider.basic(), """
                {"provider": "%s", "title": "Cursus %s", "level": "MBO_3", "mode": "ON_SITE", "municipality": "GM0361",
                 "durationHours": 40, "durationWeeks": 8, "costCents": %d, "onRegister": %s, "status": "PUBLISHED",
                 "skills": ["%s"], "starts": [{"date": "%s", "seats": 12}]}""".formatted(
                                        provider.organisation().id(),
                                        UUID.randomUUID().toString().substring(0, 6),
                                        costCents,
                                        onRegister,
                                        skill,
                                        LocalDate.now().plusMonths(2)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    String skillIn(String collection) {
        return jdbc.sql("select skill_id from taxonomy.skill_collection where collection = ? order by skill_id limit 1")
                .param(collection)
                .query(String.class)
                .single();
    }

    String skillInNoCollection() {
        return jdbc.sql("""
                select s.id from taxonomy.skill s where s.concept_type = 'KnowledgeSkillCompetence'
                  and not exists (select 1 from taxonomy.skill_collection c where c.skill_id = s.id) order by s.id limit 1""").query(String.class).single();
    }

    ResultActions voucher(RequestPostProcessor who, String key, String person, String offer, String extra)
            throws Exception {
        return send(
                post("/api/v1/vouchers").header("Idempotency-Key", key),
                who,
                "{\"person\": \"%s\", \"offer\": \"%s\"%s}"
                        .formatted(person, offer, extra == null ? "" : ", " + extra));
    }

    ResultActions quote(RequestPostProcessor who, String person, String offer, String extra) throws Exception {
        return send(
                post("/api/v1/vouchers/quotes"),
                who,
                "{\"person\": \"%s\", \"offer\": \"%s\"%s}"
                        .formatted(person, offer, extra == null ? "" : ", " + extra));
    }

    ResultActions move(RequestPostProcessor who, String voucher, String what, String key) throws Exception {
        return mvc.perform(
                post("/api/v1/vouchers/{id}/{what}", voucher, what).with(who).header("Idempotency-Key", key));
    }

    /** What is free in the source's budget this year. */
    long free(String source) throws Exception {
        String body = mvc.perform(get("/api/v1/funding-sources/{id}", source))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> available = JsonPath.read(body, "$.budgets[?(@.year == " + year + ")].available");
        return available.isEmpty() ? 0 : available.getFirst().longValue();
    }

    ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(
                request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
