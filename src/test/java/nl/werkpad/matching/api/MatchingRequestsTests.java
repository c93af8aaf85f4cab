package nl.werkpad.matching.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.matching.Matching;
import nl.werkpad.support.WebSliceTest;
import nl.werkpad.vacancies.VacancyKind;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * What the matching API does with a request before the facade decides: its defaults, its conversions and the requests
 * it refuses without asking the facade (a {@link nl.werkpad.support.WebSlice}; the facade is a double).
 */
class MatchingRequestsTests extends WebSliceTest {

    private static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-000000000042");

    @Test
    void tryingWithoutRadiusKindsOrLimitSearchesThirtyKilometresAllKindsTwentyResults() throws Exception {
        when(matching.matchSkills(any(), any(), anyInt(), any(), anyInt())).thenReturn(List.of());
        mvc.perform(post("/api/v1/matches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skills\": [\"s-1\", \"s-2\"], \"municipality\": \"GM0361\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results").isEmpty());
        verify(tryLimiter).check("127.0.0.1");
        verify(matching).matchSkills(List.of("s-1", "s-2"), "GM0361", 30, EnumSet.allOf(VacancyKind.class), 20);
    }

    @Test
    void tryingWithALimitAboveTwoHundredIsRefusedBeforeMatching() throws Exception {
        mvc.perform(post("/api/v1/matches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skills\": [], \"municipality\": \"GM0361\", \"limit\": 201}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("matching.limit-out-of-range"));
        verifyNoInteractions(matching);
    }

    @Test
    void aTrainingPlanForTimeInMonthsAsksTheFacadeInWholeWeeks() throws Exception {
        var resident = user(Role.INWONER);
        mvc.perform(get("/api/v1/persons/{id}/training-plans", PERSON)
                        .param("occupation", "welder")
                        .param("optimise", "TIME")
                        .param("maxMonths", "6")
                        .with(as(resident)))
                .andExpect(status().isOk());
        verify(matching).trainingPlan(PERSON, resident, null, "welder", Matching.Optimise.TIME, null, 26);
    }

    @Test
    void aTrainingPlanAsksForTheCheapestWithoutATimeLimitByDefault() throws Exception {
        var advisor = user(Role.ADVISEUR);
        mvc.perform(get("/api/v1/persons/{id}/training-plans", PERSON)
                        .param("vacancy", "v-1")
                        .param("budgetCents", "150000")
                        .with(as(advisor)))
                .andExpect(status().isOk());
        verify(matching).trainingPlan(PERSON, advisor, "v-1", null, Matching.Optimise.COST, 150_000L, null);
    }

    @Test
    void aTrainingPlanWithAnUnknownOptimisationIsRefusedNamingTheRule() throws Exception {
        mvc.perform(get("/api/v1/persons/{id}/training-plans", PERSON)
                        .param("optimise", "cheapest")
                        .with(as(user(Role.INWONER))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("matching.optimise-unknown"));
        verifyNoInteractions(matching);
    }

    @Test
    void weeksAndMonthsTogetherAreRefusedNextToTheMonthsField() throws Exception {
        mvc.perform(get("/api/v1/persons/{id}/training-plans", PERSON)
                        .param("maxWeeks", "10")
                        .param("maxMonths", "3")
                        .with(as(user(Role.INWONER))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("matching.weeks-and-months"))
                .andExpect(jsonPath("$.field").value("maxMonths"));
        verifyNoInteractions(matching);
    }

    @Test
    void monthsBeyondTenYearsAreRefusedNextToTheirField() throws Exception {
        mvc.perform(get("/api/v1/persons/{id}/training-plans", PERSON)
                        .param("maxMonths", "121")
                        .with(as(user(Role.INWONER))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("matching.weeks-out-of-range"))
                .andExpect(jsonPath("$.field").value("maxMonths"));
        verifyNoInteractions(matching);
    }

    @Test
    void aPersonsMatchesPassTheChosenKindsRadiusAndTheSignedInViewer() throws Exception {
        var resident = user(Role.INWONER);
        mvc.perform(get("/api/v1/persons/{id}/matches", PERSON)
                        .param("kind", "INTERNSHIP")
                        .param("radiusKm", "15")
                        .with(as(resident)))
                .andExpect(status().isOk());
        verify(matching).matchesFor(PERSON, resident, 15, Set.of(VacancyKind.INTERNSHIP), 20);
    }

    @Test
    void routesBeyondFiftyAreRefusedWithTheParameterNamed() throws Exception {
        mvc.perform(get("/api/v1/occupations/{id}/transitions", "welder").param("limit", "51"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        verifyNoInteractions(matching);
    }

    @Test
    void routesFromAnOccupationPassTheMunicipalityAndLimit() throws Exception {
        mvc.perform(get("/api/v1/occupations/{id}/transitions", "welder")
                        .param("municipality", "GM0361")
                        .param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results").isEmpty());
        verify(matching).routesFrom("welder", "GM0361", 5);
    }
}
