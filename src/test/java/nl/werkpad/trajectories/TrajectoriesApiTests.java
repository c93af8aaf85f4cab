package nl.werkpad.trajectories;

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
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WerkpadTest
class TrajectoriesApiTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String json)
            throws Exception {
        return mvc.perform(
                request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String body(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    /** A resident with a passport who shares it with the advisor. */
    private String client(TestAccounts.TestAccount resident, TestAccounts.TestAccount advisor) throws Exception {
        String person = JsonPath.read(
                body(send(post("/api/v1/persons"), resident.basic(), """
                {"name": "%s", "municipality": "GM0361", "travelKm": 25, "status": "EMPLOYED_AT_RISK", "sectors": ["C"]}""".formatted(resident.displayName()))
                        .andExpect(status().isCreated())),
                "$.personId");
        send(
                        put("/api/v1/persons/{id}/consents/ADVISOR", person),
                        resident.basic(),
                        "{\"grantee\": \"%s\"}".formatted(advisor.id()))
                .andExpect(status().isOk());
        return person;
    }

    @Test
    void aTrajectoryMovesOnlyByTheRulesAndKeepsItsHistory() throws Exception {
        var advisor = accounts.with(Role.ADVISEUR, "Adviseur Alkmaar");
        var resident = accounts.with(Role.INWONER, "Mees Kramer");
        String person = client(resident, advisor);
        String id = JsonPath.read(
                body(send(
                                post("/api/v1/trajectories"),
                                advisor.basic(),
                                "{\"person\": \"%s\", \"kind\": \"WORK_TO_WORK\"}".formatted(person))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.phase").value("ORIENTATION"))),
                "$.id");
        send(
                        post("/api/v1/trajectories"),
                        advisor.basic(),
                        "{\"person\": \"%s\", \"kind\": \"WORK_TO_WORK\"}".formatted(person))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("trajectory.one-open"));

        String phase = "/api/v1/trajectories/" + id + "/phase";
        send(post(phase), advisor.basic(), "{\"phase\": \"TRAINING\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("trajectory.phase-order"));
        send(post(phase), advisor.basic(), "{\"phase\": \"GUIDANCE\"}").andExpect(status().isOk());
        send(post(phase), advisor.basic(), "{\"phase\": \"TRAINING\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("trajectory.training-needs-offer"));
        send(post(phase), advisor.basic(), "{\"phase\": \"PLACEMENT\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("trajectory.placement-needs-vacancy"));

        var provider = organisations.provider("Lasschool", "GM0361");
        String offer = JsonPath.read(
                body(send(post("/api/v1/training-offers"), provider.basic(), """
                {"provider": "%s", "title": "Lassen basis", "level": "MBO_2", "mode": "ON_SITE", "municipality": "GM0361",
                 "durationHours": 40, "durationWeeks": 4, "costCents": 90000, "onRegister": true, "status": "PUBLISHED",
                 "skills": ["000f1d3d-220f-4789-9c0a-cc742521fb02"], "starts": []}""".formatted(
                                        provider.organisation().id()))
                        .andExpect(status().isCreated())),
                "$.id");
        send(
                        post("/api/v1/trajectories/{id}/links", id),
                        advisor.basic(),
                        "{\"kind\": \"OFFER\", \"ref\": \"%s\"}".formatted(offer))
                .andExpect(jsonPath("$.links[0].label").value("Lassen basis"));
        send(post(phase), advisor.basic(), "{\"phase\": \"TRAINING\"}").andExpect(status().isOk());

        var employer = organisations.employer("Werf Den Helder", "GM0400");
        String vacancy =
                JsonPath.read(body(send(post("/api/v1/vacancies"), employer.basic(), """
                {"title": "Lasser", "occupation": "%s", "municipality": "GM0400", "status": "open"}""".formatted(WELDER))), "$.id");
        send(
                        put("/api/v1/trajectories/{id}/outcome", id),
                        advisor.basic(),
                        "{\"kind\": \"PLACED\", \"vacancy\": \"%s\", \"hours\": 36}".formatted(vacancy))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome.employer")
                        .value(employer.organisation().id().toString()))
                .andExpect(jsonPath("$.outcome.sectorChanged").value(false));
        send(post(phase), advisor.basic(), "{\"phase\": \"PLACEMENT\"}").andExpect(status().isOk());
        send(post(phase), advisor.basic(), "{\"phase\": \"AFTERCARE\"}").andExpect(status().isOk());
        String closed = body(
                send(post(phase), advisor.basic(), "{\"phase\": \"CLOSED\"}").andExpect(status().isOk()));
        List<String> history = JsonPath.read(closed, "$.history[*].phase");
        assertThat(history).containsExactly("ORIENTATION", "GUIDANCE", "TRAINING", "PLACEMENT", "AFTERCARE", "CLOSED");
        send(post(phase), advisor.basic(), "{\"phase\": \"GUIDANCE\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("trajectory.closed"));
    }

    @Test
    void anotherAdvisorCannotReadTheCaseAndEveryNoteReadIsLogged() throws Exception {
        var advisor = accounts.with(Role.ADVISEUR, "Adviseur Hoorn");
        var other = accounts.with(Role.ADVISEUR, "Andere adviseur");
        var resident = accounts.with(Role.INWONER, "Lotte Visser");
        String person = client(resident, advisor);
        String id = JsonPath.read(
                body(send(
                        post("/api/v1/trajectories"),
                        advisor.basic(),
                        "{\"person\": \"%s\", \"kind\": \"BENEFIT_TO_WORK\"}".formatted(person))),
                "$.id");
        send(
                        post("/api/v1/trajectories/{id}/notes", id),
                        advisor.basic(),
                        "{\"text\": \"Wil graag in de zorg werken.\"}")
                .andExpect(status().isCreated());
        send(
                        post("/api/v1/trajectories/{id}/actions", id),
                        advisor.basic(),
                        "{\"text\": \"CV bijwerken\", \"due\": \"%s\"}"
                                .formatted(LocalDate.now().plusDays(7)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/trajectories/{id}", id).with(other.basic())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/trajectories/{id}/notes", id).with(other.basic()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/advisors/{id}/caseload", advisor.id()).with(other.basic()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/trajectories/{id}/notes", id).with(advisor.basic()))
                .andExpect(jsonPath("$[0].text").value("Wil graag in de zorg werken."));
        String log = body(
                mvc.perform(get("/api/v1/persons/{id}/processing-log", person).with(resident.basic())));
        assertThat((List<String>) JsonPath.read(log, "$[*].processing.data")).contains("trajectnotities");

        String mine = body(
                mvc.perform(get("/api/v1/me/trajectory").with(resident.basic())).andExpect(status().isOk()));
        assertThat(mine).doesNotContain("zorg werken");
        String action = JsonPath.read(mine, "$.actions[0].id");
        mvc.perform(post("/api/v1/trajectories/{id}/actions/{a}/done", id, action)
                        .with(resident.basic()))
                .andExpect(jsonPath("$.actions[0].doneAt").isNotEmpty());

        mvc.perform(get("/api/v1/advisors/{id}/caseload", advisor.id())
                        .with(advisor.basic())
                        .param("status", "OPEN"))
                .andExpect(jsonPath("$[?(@.person == '" + person + "')].phase").value("ORIENTATION"))
                .andExpect(jsonPath("$[?(@.person == '" + person + "')].name").value("Lotte Visser"));
    }

    @Test
    void aQuestionAtAServicePointBecomesATrajectoryWhenAnAdvisorTakesItUp() throws Exception {
        String campuses = body(mvc.perform(get("/api/v1/campuses")));
        List<String> withServicePoint = JsonPath.read(campuses, "$[?(@.servicePoint == true)].id");
        assertThat(withServicePoint).isNotEmpty();
        var resident = accounts.with(Role.INWONER, "Sem de Boer");
        send(
                        post("/api/v1/persons"),
                        resident.basic(),
                        "{\"name\": \"Sem de Boer\", \"municipality\": \"GM0361\", \"status\": \"JOB_SEEKER\"}")
                .andExpect(status().isCreated());
        String intake = JsonPath.read(
                body(send(
                                post("/api/v1/campuses/{id}/intake", withServicePoint.getFirst()),
                                resident.basic(),
                                "{\"kind\": \"SWITCH_TO_TECHNOLOGY\", \"question\": \"Ik wil de techniek in. Waar begin ik?\"}")
                        .andExpect(status().isCreated())),
                "$.id");
        var advisor = accounts.with(Role.ADVISEUR, "Adviseur campus");
        mvc.perform(get("/api/v1/intake").with(advisor.basic()).param("campus", withServicePoint.getFirst()))
                .andExpect(jsonPath("$[?(@.id == '" + intake + "')].requester").value("Sem de Boer"));
        mvc.perform(post("/api/v1/intake/{id}/take-up", intake).with(advisor.basic()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("SWITCH_TO_TECHNOLOGY"))
                .andExpect(jsonPath("$.personName").value("Sem de Boer"));
        mvc.perform(post("/api/v1/intake/{id}/take-up", intake).with(advisor.basic()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("intake.taken"));
        String agenda = body(mvc.perform(get("/api/v1/action-agenda")));
        List<Double> careerSwitches = JsonPath.read(agenda, "$..targets[?(@.id == 'II-4a')].progress");
        List<Boolean> measured = JsonPath.read(agenda, "$..targets[?(@.id == 'II-4a')].measured");
        assertThat(measured).containsExactly(true);
        assertThat(careerSwitches.getFirst())
                .as("career-switch trajectories this year, live")
                .isGreaterThanOrEqualTo(1.0);

        var employer = organisations.employer("Installatiebedrijf Noord", "GM0361");
        String staff = JsonPath.read(
                body(send(
                                post("/api/v1/campuses/{id}/intake", withServicePoint.getFirst()),
                                employer.basic(),
                                "{\"question\": \"Wij krijgen monteurs over.\", \"organisation\": \"%s\"}"
                                        .formatted(employer.organisation().id()))
                        .andExpect(status().isCreated())),
                "$.id");
        mvc.perform(post("/api/v1/intake/{id}/take-up", staff).with(advisor.basic()))
                .andExpect(jsonPath("$.rule").value("intake.staff-question"));
        mvc.perform(post("/api/v1/intake/{id}/handled", staff).with(advisor.basic()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/intake").with(advisor.basic()))
                .andExpect(jsonPath("$[?(@.id == '" + staff + "')]").isEmpty());
    }
}
