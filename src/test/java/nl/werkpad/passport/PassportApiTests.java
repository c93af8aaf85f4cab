package nl.werkpad.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.support.Demo;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.WerkpadTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WerkpadTest
class PassportApiTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    static final String HASKELL = "000f1d3d-220f-4789-9c0a-cc742521fb02";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private static String passport(String source) {
        return """
                {"name": "Sanne de Boer", "municipality": "GM0361", "travelKm": 25, "status": "JOB_SEEKER",
                 "wwStart": "2026-09-01", "hoursPerWeek": 32, "sectors": ["C"], "willingToRetrain": true,
                 "skills": [{"skill": "http://data.europa.eu/esco/skill/%s", "source": "%s", "level": 3}],
                 "workHistory": [{"occupation": "%s", "employer": "Scheepswerf", "fromYear": 2015, "toYear": 2025}],
                 "education": [{"kind": "CERTIFICATE", "title": "VCA basis", "institution": "SSVV", "year": 2016}]}""".formatted(HASKELL, source, WELDER);
    }

    private String createOwn(TestAccounts.TestAccount resident) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/persons")
                                .with(resident.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(passport("SELF_ASSESSED")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.personId");
    }

    private void share(TestAccounts.TestAccount resident, String person, TestAccounts.TestAccount advisor)
            throws Exception {
        mvc.perform(put("/api/v1/persons/{id}/consents/ADVISOR", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grantee\": \"" + advisor.id() + "\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aResidentBuildsAndReadsTheirOwnPassportWithoutLeavingATrace() throws Exception {
        var resident = accounts.with(Role.INWONER, "Sanne");
        String person = createOwn(resident);
        mvc.perform(get("/api/v1/persons/me").with(resident.basic()))
                .andExpect(jsonPath("$.personId").value(person))
                .andExpect(jsonPath("$.municipality.name").value("Alkmaar"))
                .andExpect(jsonPath("$.skills[0].skill.label").value("Haskell"))
                .andExpect(jsonPath("$.skills[0].source").value("SELF_ASSESSED"))
                .andExpect(jsonPath("$.workHistory[0].occupation.label").value("lasser"))
                .andExpect(jsonPath("$.education[0].title").value("VCA basis"))
                .andExpect(jsonPath("$.wwStart").value("2026-09-01"));
        mvc.perform(get("/api/v1/persons/{id}/processing-log", person).with(resident.basic()))
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void anAdvisorReadsOnlyWithConsentAndEveryReadIsLogged() throws Exception {
        var resident = accounts.with(Role.INWONER, "Sanne");
        var advisor = accounts.with(Role.ADVISEUR, "J. de Vries");
        String person = createOwn(resident);
        mvc.perform(get("/api/v1/persons/{id}/passport", person).with(advisor.basic()))
                .andExpect(status().isNotFound());

        share(resident, person, advisor);
        mvc.perform(get("/api/v1/persons/{id}/passport", person)
                        .param("purpose", "loopbaangesprek")
                        .with(advisor.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sanne de Boer"));
        mvc.perform(get("/api/v1/persons/{id}/processing-log", person).with(resident.basic()))
                .andExpect(jsonPath("$[0].processing.actorLabel").value("adviseur J. de Vries"))
                .andExpect(jsonPath("$[0].processing.action").value("READ"))
                .andExpect(jsonPath("$[0].processing.purpose").value("loopbaangesprek"));

        mvc.perform(delete("/api/v1/persons/{id}/consents/ADVISOR", person)
                        .param("grantee", advisor.id().toString())
                        .with(resident.basic()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/{id}/passport", person).with(advisor.basic()))
                .andExpect(status().isNotFound());
    }

    @Test
    void skillsWorkAndEducationAreAddedOneByOne() throws Exception {
        var resident = accounts.with(Role.INWONER, "Sanne");
        String person = createOwn(resident);
        mvc.perform(
                        post("/api/v1/persons/{id}/passport/skills", person)
                                .with(resident.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "[{\"skill\": \"" + HASKELL
                                                + "\", \"source\": \"DIPLOMA\"}, {\"skill\": \"operate forklift-does-not-exist\", \"source\": \"INFORMAL\"}]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("passport.skill-unknown"));
        mvc.perform(post("/api/v1/persons/{id}/passport/work-history", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"occupation\": \"eeac6251-1974-42f5-91ed-513c6c883755\", \"fromYear\": 2026}"))
                .andExpect(jsonPath("$.workHistory.length()").value(2));
        mvc.perform(post("/api/v1/persons/{id}/passport/education", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"DIPLOMA\", \"title\": \"mbo 3 Lastechniek\", \"year\": 2014}"))
                .andExpect(jsonPath("$.education[*].title").value(Matchers.hasItem("mbo 3 Lastechniek")));
    }

    @Test
    void onlyAnAdvisorValidatesASkill() throws Exception {
        var resident = accounts.with(Role.INWONER, "Sanne");
        var advisor = accounts.with(Role.ADVISEUR, "J. de Vries");
        String person = createOwn(resident);
        mvc.perform(put("/api/v1/persons/{id}/passport", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(passport("VALIDATED")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("passport.validation-by-advisor"));
        share(resident, person, advisor);
        mvc.perform(put("/api/v1/persons/{id}/passport", person)
                        .with(advisor.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(passport("VALIDATED")))
                .andExpect(jsonPath("$.skills[0].source").value("VALIDATED"));
        mvc.perform(get("/api/v1/persons/{id}/processing-log", person).with(resident.basic()))
                .andExpect(jsonPath("$[0].processing.action").value("CHANGE"));
    }

    @Test
    void nobodyElseCanReadOrChangeAPassportByGuessingItsId() throws Exception {
        var resident = accounts.with(Role.INWONER, "Sanne");
        var other = accounts.with(Role.INWONER, "Piet");
        String person = createOwn(resident);
        for (var stranger : List.of(other.basic(), Demo.as("werkgever"), Demo.as("adviseur"), Demo.as("beheerder"))) {
            mvc.perform(get("/api/v1/persons/{id}/passport", person).with(stranger))
                    .andExpect(status().isNotFound());
            mvc.perform(put("/api/v1/persons/{id}/passport", person)
                            .with(stranger)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(passport("SELF_ASSESSED")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/persons/{id}/export", person).with(stranger))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/persons/{id}/processing-log", person).with(stranger))
                    .andExpect(status().isNotFound());
            mvc.perform(put("/api/v1/persons/{id}/consents/EMPLOYERS_IN_REGION", person)
                            .with(stranger)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isNotFound());
            mvc.perform(delete("/api/v1/persons/{id}", person).with(stranger)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/persons/{id}/passport", UUID.randomUUID()).with(other.basic()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void theDataDownloadHoldsEverythingIncludingConsentsAndTheLog() throws Exception {
        var resident = accounts.with(Role.INWONER, "Sanne");
        String person = createOwn(resident);
        mvc.perform(put("/api/v1/persons/{id}/consents/ANONYMOUS_STATISTICS", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/{id}/export", person).with(resident.basic()))
                .andExpect(jsonPath("$.passport.name").value("Sanne de Boer"))
                .andExpect(jsonPath("$.consents[0].purpose").value("ANONYMOUS_STATISTICS"))
                .andExpect(jsonPath("$.processingLog").isArray());
    }

    @Test
    void erasureLeavesNoPersonalDataBehind() throws Exception {
        var resident = accounts.with(Role.INWONER, "Sanne");
        var advisor = accounts.with(Role.ADVISEUR, "J. de Vries");
        String person = createOwn(resident);
        share(resident, person, advisor);
        mvc.perform(delete("/api/v1/persons/{id}", person).with(resident.basic()))
                .andExpect(status().isNoContent());

        UUID id = UUID.fromString(person);
        var row = jdbc.sql("""
                select account_id, name, municipality, travel_km, status, ww_start, hours_per_week, cardinality(sectors) as sectors,
                       erased_at from passport.person where id = ?""")
                .param(id)
                .query((rs, n) -> Arrays.asList(
                        rs.getObject(1),
                        rs.getObject(2),
                        rs.getObject(3),
                        rs.getObject(4),
                        rs.getObject(5),
                        rs.getObject(6),
                        rs.getObject(7),
                        rs.getInt(8),
                        rs.getObject(9)))
                .single();
        assertThat(row.subList(0, 7)).containsOnlyNulls();
        assertThat(row.get(7)).isEqualTo(0);
        assertThat(row.get(8)).isNotNull();
        for (String table : List.of("person_skill", "work_history", "education")) {
            assertThat(jdbc.sql("select count(*) from passport." + table + " where person_id = ?")
                            .param(id)
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        mvc.perform(get("/api/v1/persons/{id}/passport", person).with(advisor.basic()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/persons/me").with(resident.basic())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select action from privacy.processing_log where subject_id = ? order by id desc limit 1")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("ERASE");
    }

    @Test
    void badPassportsGetAProblemNamingTheRule() throws Exception {
        var resident = accounts.with(Role.INWONER, "Sanne");
        mvc.perform(post("/api/v1/persons")
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(passport("SELF_ASSESSED").replace(HASKELL, "bestaat-niet")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("passport.skill-unknown"));
        mvc.perform(post("/api/v1/persons")
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(passport("SELF_ASSESSED").replace("JOB_SEEKER", "EMPLOYED")))
                .andExpect(jsonPath("$.rule").value("passport.ww-start-invalid"));
        mvc.perform(get("/api/v1/persons/me").with(resident.basic())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/persons")
                        .with(Demo.as("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(passport("SELF_ASSESSED")))
                .andExpect(status().isForbidden());
    }
}
