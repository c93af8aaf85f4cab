package nl.werkpad.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.WerkpadTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WerkpadTest
class EcosystemApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFreshInstanceHasTheSeventeenCampusesInTheirRegionsAndTheRealActionAgenda() throws Exception {
        String body = mvc.perform(get("/api/v1/campuses"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(17))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$[?(@.name == 'TerraTechnica')].municipality.name"))
                .containsExactly("Alkmaar");
        assertThat((List<String>)
                        JsonPath.read(body, "$[?(@.name == 'Luchtvaart Community Schiphol')].municipality.code"))
                .containsExactly("GM0394");
        List<String> regions = JsonPath.read(body, "$[*].labourMarketRegion.code");
        assertThat(regions).hasSizeGreaterThanOrEqualTo(15);
        mvc.perform(get("/api/v1/campuses").param("q", "maritiem"))
                .andExpect(jsonPath("$[0].name").value("Tech@Connect"));
        mvc.perform(get("/api/v1/action-agenda/targets"))
                .andExpect(jsonPath("$.length()").value(38))
                .andExpect(jsonPath("$[?(@.id == 'II-4a')].value").value(Matchers.contains(500.0)))
                .andExpect(jsonPath("$[?(@.id == 'VI-i6')].yearly").value(Matchers.contains(true)));
        mvc.perform(get("/api/v1/action-agenda"))
                .andExpect(jsonPath("$.length()").value(6));
    }

    @Test
    void aCoalitionGoesFromIdeaToRunningOnlyWithAPurposeCaseThatPassesTheFinancingRules() throws Exception {
        var policy = accounts.with(Role.BELEID, "Beleidsmaker");
        String id = JsonPath.read(
                mvc.perform(
                                post("/api/v1/coalitions")
                                        .with(policy.basic())
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(
                                                "{\"name\": \"Servicepunt Techniek Kop\", \"actionRef\": \"II-3a\", \"driver\": \"Tech@Connect\"}"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.phase").value("IDEA"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        // to purpose case needs a problem and an intended result
        move(policy, id, "PURPOSE_CASE", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("coalition.problem-and-result"));
        purposeCase(policy, id, 600_000_00L, 200_000_00L, 200_000_00L, null);
        move(policy, id, "PURPOSE_CASE", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("PURPOSE_CASE"));

        // the province pays 60%: refused, with every check explained
        move(policy, id, "RUNNING", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("coalition.province-at-most-half"))
                .andExpect(jsonPath("$.checks[?(@.rule == 'coalition.province-at-most-half')].explanation")
                        .value(Matchers.contains(
                                "The province pays €600,000 of €1,000,000 (60%); at most 50% is allowed")));
        // corrected to 40%, but no decision yet
        purposeCase(policy, id, 400_000_00L, 300_000_00L, 300_000_00L, null);
        move(policy, id, "RUNNING", null).andExpect(jsonPath("$.rule").value("coalition.decision-recorded"));
        purposeCase(policy, id, 400_000_00L, 300_000_00L, 300_000_00L, "GS-besluit 2022-14: cofinanciering toegekend");
        move(policy, id, "RUNNING", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("RUNNING"))
                .andExpect(jsonPath("$.history[*].phase").value(Matchers.contains("IDEA", "PURPOSE_CASE", "RUNNING")))
                .andExpect(jsonPath("$.financing[?(@.rule == 'coalition.equal-shares-preferred')].passed")
                        .value(Matchers.contains(true)));

        // no way back, and stopping needs a reason
        move(policy, id, "IDEA", null).andExpect(jsonPath("$.rule").value("coalition.transition-allowed"));
        move(policy, id, "STOPPED", "").andExpect(jsonPath("$.rule").value("coalition.stop-reason"));
        move(policy, id, "STOPPED", "Te weinig draagvlak bij bedrijven")
                .andExpect(jsonPath("$.stopReason").value("Te weinig draagvlak bij bedrijven"));

        // residents do not keep coalitions
        var resident = accounts.with(Role.INWONER, "Inwoner");
        mvc.perform(post("/api/v1/coalitions")
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"driver\": \"y\"}"))
                .andExpect(status().isForbidden());
    }

    private ResultActions move(TestAccounts.TestAccount who, String id, String phase, String reason) throws Exception {
        return mvc.perform(post("/api/v1/coalitions/{id}/phase", id)
                .with(who.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"phase\": \"%s\", \"reason\": %s}"
                        .formatted(phase, reason == null ? "null" : "\"" + reason + "\"")));
    }

    private void purposeCase(
            TestAccounts.TestAccount who, String id, long province, long education, long business, String decision)
            throws Exception {
        mvc.perform(put("/api/v1/coalitions/{id}/purpose-case", id)
                        .with(who.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"problem": "Werkzoekenden in de Kop vinden de techniek niet", "intendedResult": "Een servicepunt bij de campus",
                 "decision": %s,
                 "partners": [
                   {"name": "Provincie Noord-Holland", "helix": "PROVINCE", "contributionCents": %d},
                   {"name": "ROC Kop van Noord-Holland", "helix": "EDUCATION", "contributionCents": %d, "commitment": "docenten"},
                   {"name": "Damen Shipyards Den Helder", "helix": "BUSINESS", "contributionCents": %d, "commitment": "leerwerkplekken"},
                   {"name": "Gemeente Den Helder", "helix": "GOVERNMENT", "contributionCents": 0}]}""".formatted(
                                decision == null ? "null" : "\"" + decision + "\"", province, education, business)))
                .andExpect(status().isOk());
    }

    @Test
    void theGrantCheckSaysWhichRulesPassAndWhy() throws Exception {
        String local = """
                {"business": true, "education": true, "government": false, "scale": "LOCAL", "regularFundingPossible": true,
                 "statutoryTask": false, "duplicatesExisting": false, "manifestSigned": true, "purposeCase": true, "conditions": []}""";
        mvc.perform(post("/api/v1/grant-checks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(local))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.checks[?(@.passed == false)].rule")
                        .value(Matchers.containsInAnyOrder(
                                "grant.triple-helix",
                                "grant.scale",
                                "grant.no-regular-funding",
                                "grant.campus-condition")));
        String good = """
                {"business": true, "education": true, "government": true, "scale": "REGIONAL", "regularFundingPossible": false,
                 "statutoryTask": false, "duplicatesExisting": false, "manifestSigned": true, "purposeCase": true,
                 "conditions": ["COMBINED_PRACTORATE_LECTORATE"]}""";
        mvc.perform(post("/api/v1/grant-checks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good))
                .andExpect(jsonPath("$.eligible").value(true));
    }

    @Test
    void targetsShowProgressByHandWithItsSourceAndLiveFiguresWerkpadMeasures() throws Exception {
        var policy = accounts.with(Role.BELEID, "Beleidsmaker");
        mvc.perform(post("/api/v1/action-agenda/targets/{id}/progress", "IV-11c")
                        .with(policy.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"value\": 1, \"asOf\": \"2022-12-31\", \"source\": \"Jaarverslag campussen 2022\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.progress").value(1.0))
                .andExpect(jsonPath("$.progressSource").value("Jaarverslag campussen 2022"))
                .andExpect(jsonPath("$.status").value("BEHIND"));
        mvc.perform(post("/api/v1/action-agenda/targets/{id}/progress", "IV-11c")
                        .with(policy.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 10, \"asOf\": \"2022-12-31\"}"))
                .andExpect(jsonPath("$.rule").value("target.source-required"));

        // a promotion event with pupils counts for this year's target at once
        double before = pupilsThisYear();
        mvc.perform(post("/api/v1/events")
                        .with(policy.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"kind": "PROMOTION_EVENT", "title": "Promotie Event Techniek Alkmaar", "heldOn": "%s", "municipality": "GM0361",
                 "participants": 40, "pupils": 650, "outcome": "ouder-kinddag gepland"}""".formatted(LocalDate.now())))
                .andExpect(status().isCreated());
        assertThat(pupilsThisYear()).isEqualTo(before + 650);

        // a service point at a campus counts for "every labour-market region" (II-3a)
        String campus = JsonPath.read(
                mvc.perform(get("/api/v1/campuses").param("q", "TerraTechnica"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].id");
        mvc.perform(put("/api/v1/campuses/{id}/service-point", campus)
                        .with(policy.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"servicePoint\": true}"))
                .andExpect(jsonPath("$.servicePoint").value(true));
        mvc.perform(get("/api/v1/action-agenda/targets"))
                .andExpect(jsonPath("$[?(@.id == 'II-3a')].progress")
                        .value(Matchers.contains(Matchers.greaterThanOrEqualTo(20.0))))
                .andExpect(jsonPath("$[?(@.id == 'II-3a')].measured").value(Matchers.contains(true)));
    }

    private double pupilsThisYear() throws Exception {
        List<Double> progress = JsonPath.read(
                mvc.perform(get("/api/v1/action-agenda/targets"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[?(@.id == 'VI-i6')].progress");
        return progress.getFirst();
    }

    @Test
    void anImportWithABadLineChangesNothingAndNamesTheLine() throws Exception {
        var policy = accounts.with(Role.BELEID, "Beleidsmaker");
        int before = jdbc.sql("select count(*) from ecosystem.target")
                .query(Integer.class)
                .single();
        String csv = """
                actielijn,actie_nr,resultaat_nr,titel,ontwikkelcoalitie,beoogd_resultaat_kort,target_metric,target_value,target_unit,target_deadline
                VII Nieuw,20,a,Nieuwe actie,,Iets goeds,aantal,5,stuks,2025
                VII Nieuw,21,a,Tweede actie,,Nog iets,aantal,veel,stuks,2025
                """;
        mvc.perform(post("/api/v1/action-agenda/import")
                        .with(policy.basic())
                        .contentType("text/csv")
                        .content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("target_value")));
        assertThat(jdbc.sql("select count(*) from ecosystem.target")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
        mvc.perform(post("/api/v1/campuses/import")
                        .with(policy.basic())
                        .contentType("text/csv")
                        .content("""
                nr,name,place,subregion,kind,focus
                40,Nieuwe campus,Alkmaar,,campus,zorg
                41,Rare campus,Alkmaar,,kasteel,zorg
                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(3));
        mvc.perform(get("/api/v1/campuses")).andExpect(jsonPath("$.length()").value(17));
    }
}
