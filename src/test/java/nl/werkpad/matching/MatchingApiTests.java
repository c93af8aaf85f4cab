package nl.werkpad.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

@WerkpadTest
class MatchingApiTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    static final String HASKELL = "000f1d3d-220f-4789-9c0a-cc742521fb02";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    JdbcClient jdbc;

    private List<String> welderEssentials() {
        return taxonomy.occupation(WELDER, "en").orElseThrow().essentialSkills().stream()
                .map(SkillRef::id)
                .toList();
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    /** A welder vacancy in a small municipality of Noord-Holland, published by a fresh employer. */
    private String welderVacancy(TestOrganisations.Member employer, String title) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/vacancies")
                                .with(employer.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"title": "%s", "occupation": "%s", "municipality": "GM0373", "status": "open"}""".formatted(title, WELDER)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private String passport(TestAccounts.TestAccount resident, List<String> skills, String municipality)
            throws Exception {
        String skillJson = skills.stream()
                .map(s -> "{\"skill\": \"" + s + "\", \"source\": \"WORK_EXPERIENCE\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        return JsonPath.read(
                mvc.perform(post("/api/v1/persons")
                                .with(resident.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"name": "%s", "municipality": "%s", "travelKm": 40, "status": "JOB_SEEKER",
                                 "skills": %s, "workHistory": []}""".formatted(resident.displayName(), municipality, skillJson)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.personId");
    }

    private void consentToEmployers(TestAccounts.TestAccount resident, String person) throws Exception {
        mvc.perform(put("/api/v1/persons/{id}/consents/EMPLOYERS_IN_REGION", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());
    }

    @Test
    void anyoneCanTryAndANewVacancyIsFoundAtOnceWithItsReasons() throws Exception {
        var employer = organisations.employer("Lasbedrijf Bergen", "GM0373");
        String vacancy = welderVacancy(employer, "Lasser MIG/MAG " + System.nanoTime());
        List<String> skills = welderEssentials();
        String body = mvc.perform(post("/api/v1/matches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"skills": %s, "municipality": "GM0361", "radiusKm": 30, "limit": 200}""".formatted(json(skills))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].score").value(Matchers.lessThanOrEqualTo(100)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(body, "$.results[*].vacancy.id");
        assertThat(ids).contains(vacancy);
        List<Integer> scores = JsonPath.read(body, "$.results[*].score");
        assertThat(scores).isSortedAccordingTo(Comparator.reverseOrder());
        int at = ids.indexOf(vacancy);
        assertThat((Integer) JsonPath.read(body, "$.results[" + at + "].score")).isGreaterThanOrEqualTo(70);
        assertThat((List<?>) JsonPath.read(body, "$.results[" + at + "].missingEssential"))
                .isEmpty();
        assertThat((List<String>) JsonPath.read(body, "$.results[" + at + "].matched[*].skill.id"))
                .containsAll(skills);
        assertThat((String) JsonPath.read(body, "$.results[" + at + "].vacancy.occupation.id"))
                .isEqualTo(WELDER);
        assertThat((Double) JsonPath.read(body, "$.results[" + at + "].distanceKm"))
                .isBetween(1.0, 30.0);
    }

    @Test
    void missingSkillsAreExplainedWithPartialCreditWhereACloseSkillCounts() throws Exception {
        var employer = organisations.employer("Lasbedrijf Heiloo", "GM0373");
        String vacancy = welderVacancy(employer, "Lasser " + System.nanoTime());
        List<String> half = welderEssentials().subList(0, welderEssentials().size() / 2);
        String body = mvc.perform(post("/api/v1/matches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skills\": %s, \"municipality\": \"GM0373\", \"radiusKm\": 5, \"limit\": 50}"
                                .formatted(json(half))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(body, "$.results[*].vacancy.id");
        int at = ids.indexOf(vacancy);
        assertThat(at).isGreaterThanOrEqualTo(0);
        List<String> missing = JsonPath.read(body, "$.results[" + at + "].missingEssential[*].id");
        assertThat(missing).hasSize(welderEssentials().size() - half.size()).doesNotContainAnyElementsOf(half);
        List<String> partial = JsonPath.read(body, "$.results[" + at + "].partial[*].earnedBy.id");
        assertThat(half).containsAll(partial);
    }

    @Test
    void badRequestsGetProblemDetailsNamingTheRule() throws Exception {
        String[][] cases = {
            {
                "{\"skills\": [\"no-such-skill\"], \"municipality\": \"GM0361\", \"radiusKm\": 30}",
                "matching.skill-unknown"
            },
            {
                "{\"skills\": [\"" + HASKELL + "\"], \"municipality\": \"GM9999\", \"radiusKm\": 30}",
                "matching.municipality-unknown"
            },
            {
                "{\"skills\": [\"" + HASKELL + "\"], \"municipality\": \"GM0361\", \"radiusKm\": 0}",
                "matching.radius-out-of-range"
            },
            {
                "{\"skills\": [\"" + HASKELL + "\"], \"municipality\": \"GM0361\", \"radiusKm\": 301}",
                "matching.radius-out-of-range"
            },
            {"{\"skills\": [], \"municipality\": \"GM0361\"}", "matching.skills-required"}
        };
        for (String[] c : cases) {
            mvc.perform(post("/api/v1/matches")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(c[0]))
                    .andExpect(status().is4xxClientError())
                    .andExpect(jsonPath("$.rule").value(c[1]))
                    .andExpect(MockMvcResultMatchers.content()
                            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void employersSeeOnlyConsentingCandidatesAnonymouslyAndEveryLookIsLogged() throws Exception {
        var employer = organisations.employer("Constructie Bergen", "GM0373");
        String vacancy = welderVacancy(employer, "Constructielasser " + System.nanoTime());
        var willing = accounts.with(Role.INWONER, "Wil Lemmens");
        var shy = accounts.with(Role.INWONER, "Sam Verborgen");
        String willingId = passport(willing, welderEssentials(), "GM0373");
        String shyId = passport(shy, welderEssentials(), "GM0373");
        consentToEmployers(willing, willingId);

        String body = mvc.perform(get("/api/v1/vacancies/{id}/candidates", vacancy)
                        .param("limit", "200")
                        .with(employer.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String willingRef = reference(vacancy, willingId).orElseThrow();
        List<String> found = JsonPath.read(body, "$.results[*].reference");
        assertThat(found).contains(willingRef);
        assertThat(reference(vacancy, shyId))
                .as("never shown, so never given a pseudonym")
                .isEmpty();
        assertThat(body)
                .as("no internal id before consent")
                .doesNotContain(willingId)
                .doesNotContain(shyId);
        assertThat(body).doesNotContain("Wil Lemmens").doesNotContain("Sam Verborgen");
        assertThat(jdbc.sql(
                                "select count(*) from privacy.processing_log where subject_id = ?::uuid and purpose like 'kandidaat voor vacature%'")
                        .param(willingId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // another employer cannot see this vacancy's candidates; a resident cannot either
        var other = organisations.employer("Ander Bedrijf", "GM0361");
        mvc.perform(get("/api/v1/vacancies/{id}/candidates", vacancy).with(other.basic()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/vacancies/{id}/candidates", vacancy).with(willing.basic()))
                .andExpect(status().isForbidden());

        // contact: the name appears only after the resident accepts
        mvc.perform(post("/api/v1/vacancies/{id}/candidates/{p}/contact-requests", vacancy, shyId)
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/vacancies/{id}/candidates/{p}/contact-requests", vacancy, willingId)
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/vacancies/{id}/candidates/{p}/contact-requests", vacancy, willingRef)
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"message\": \"Kom je kennismaken?\"}"))
                .andExpect(status().isCreated());
        String request = JsonPath.read(
                mvc.perform(get("/api/v1/me/contact-requests").with(willing.basic()))
                        .andExpect(jsonPath("$[0].message").value("Kom je kennismaken?"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].id");
        mvc.perform(post("/api/v1/contact-requests/{id}/answer", request)
                        .with(shy.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accept\": true, \"name\": \"Sam\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/contact-requests/{id}/answer", request)
                        .with(willing.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accept\": true, \"name\": \"Wil Lemmens\", \"contact\": \"06-12345678\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/vacancies/{id}/candidates", vacancy)
                        .param("limit", "200")
                        .with(employer.basic()))
                .andExpect(jsonPath("$.results[?(@.reference == '" + willingRef + "')].sharedName")
                        .value("Wil Lemmens"))
                .andExpect(jsonPath("$.results[?(@.reference == '" + willingRef + "')].personId")
                        .value(willingId))
                .andExpect(jsonPath("$.results[?(@.reference == '" + willingRef + "')].contact")
                        .value("ACCEPTED"));

        // withdrawing consent removes the person from the candidates at once
        mvc.perform(MockMvcRequestBuilders.delete("/api/v1/persons/{id}/consents/EMPLOYERS_IN_REGION", willingId)
                .with(willing.basic()));
        String after = mvc.perform(get("/api/v1/vacancies/{id}/candidates", vacancy)
                        .param("limit", "200")
                        .with(employer.basic()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(after, "$.results[*].reference"))
                .doesNotContain(willingRef);
    }

    private Optional<String> reference(String vacancy, String person) {
        return jdbc.sql(
                        "select reference from matching.candidate_reference where vacancy_id = ?::uuid and person_id = ?::uuid")
                .params(vacancy, person)
                .query(String.class)
                .optional();
    }

    @Test
    void anEmployerCannotFollowOnePersonAcrossVacanciesBeforeContact() throws Exception {
        var employer = organisations.employer("Volger BV", "GM0373");
        String first = welderVacancy(employer, "Lasser A " + System.nanoTime());
        String second = welderVacancy(employer, "Lasser B " + System.nanoTime());
        var resident = accounts.with(Role.INWONER, "Nina Volgbaar");
        String person = passport(resident, welderEssentials(), "GM0373");
        consentToEmployers(resident, person);
        String a = mvc.perform(get("/api/v1/vacancies/{id}/candidates", first)
                        .param("limit", "200")
                        .with(employer.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String b = mvc.perform(get("/api/v1/vacancies/{id}/candidates", second)
                        .param("limit", "200")
                        .with(employer.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String refA = reference(first, person).orElseThrow();
        String refB = reference(second, person).orElseThrow();
        assertThat(refA).isNotEqualTo(refB).matches("K-[0-9A-Z]{12}");
        assertThat(a).contains(refA).doesNotContain(refB).doesNotContain(person);
        assertThat(b).contains(refB).doesNotContain(refA).doesNotContain(person);
        // a pseudonym is only resolvable within its own vacancy
        mvc.perform(post("/api/v1/vacancies/{id}/candidates/{p}/contact-requests", second, refA)
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/vacancies/{id}/candidates", first)
                        .param("limit", "200")
                        .with(employer.basic()))
                .andExpect(jsonPath("$.results[?(@.reference == '" + refA + "')].reference")
                        .value(refA));
    }

    @Test
    void aResidentGetsMatchesATrainingPlanAndRoutesAndNobodyElseDoes() throws Exception {
        var resident = accounts.with(Role.INWONER, "Rian");
        var stranger = accounts.with(Role.INWONER, "Vreemde");
        var employer = organisations.employer("Lasbedrijf Egmond", "GM0373");
        String vacancy = welderVacancy(employer, "Lasser " + System.nanoTime());
        List<String> some = welderEssentials().subList(0, 4);
        String person = passport(resident, some, "GM0361");

        mvc.perform(get("/api/v1/persons/{id}/matches", person)
                        .param("limit", "200")
                        .with(resident.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].vacancy.id").value(Matchers.hasItem(vacancy)));
        mvc.perform(get("/api/v1/persons/{id}/matches", person).with(stranger.basic()))
                .andExpect(status().isNotFound());

        String plan = mvc.perform(get("/api/v1/persons/{id}/training-plans", person)
                        .param("vacancy", vacancy)
                        .param("optimise", "cost")
                        .with(resident.basic()))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.missing.length()").value(welderEssentials().size() - 4))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> covered = JsonPath.read(plan, "$.steps[*].covers[*].id");
        List<String> uncovered = JsonPath.read(plan, "$.uncovered[*].id");
        List<String> missing = JsonPath.read(plan, "$.missing[*].id");
        assertThat(new HashSet<>(missing)).isEqualTo(union(covered, uncovered));
        assertThat((Integer) JsonPath.read(plan, "$.goodMatchesAfter"))
                .isGreaterThanOrEqualTo(JsonPath.<Integer>read(plan, "$.goodMatchesNow"));
        mvc.perform(get("/api/v1/persons/{id}/training-plans", person)
                        .param("vacancy", vacancy)
                        .param("optimise", "fast")
                        .with(resident.basic()))
                .andExpect(jsonPath("$.rule").value("matching.optimise-unknown"));
        mvc.perform(get("/api/v1/persons/{id}/training-plans", person)
                        .param("vacancy", vacancy)
                        .with(stranger.basic()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/persons/{id}/transitions", person).with(resident.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.length()").value(Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.results[0].closeness").value(Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/occupations/{id}/transitions", WELDER).param("municipality", "GM0361"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].occupation.id").value(Matchers.not(WELDER)))
                .andExpect(jsonPath("$.results[0].toLearn").isArray());
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
