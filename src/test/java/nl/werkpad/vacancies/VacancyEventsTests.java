package nl.werkpad.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The vacancies module announces every change of a vacancy ({@link VacancyChanged}); matching's change feed and the
 * monitor's counts follow it. A Spring Modulith {@link Scenario} on the whole application, so the listeners of the
 * other modules are there to be seen (the shared test context: no Werkpad of its own).
 */
@WerkpadTest
@EnableScenarios
class VacancyEventsTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Monitor monitor;

    @Autowired
    JdbcClient jdbc;

    private long openIn(String municipality) {
        return monitor.tension(Monitor.Level.MUNICIPALITY, municipality, Monitor.Grouping.MAJOR, null)
                .total()
                .vacancies();
    }

    private String send(TestOrganisations.Member employer, String body, String path) {
        try {
            return mvc.perform(post(path)
                            .with(employer.basic())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().is2xxSuccessful())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOpenedVacancyIsAnnouncedAndMatchingAndTheMonitorFollow(Scenario scenario) {
        var employer = organisations.employer("Scheepswerf Scenario", "GM0441");
        long before = openIn("GM0441");
        scenario.stimulate(() -> UUID.fromString(
                        JsonPath.read(send(employer, """
                                {"title": "Lasser scenario", "occupation": "%s", "municipality": "GM0441", "status": "open"}""".formatted(WELDER), "/api/v1/vacancies"), "$.id")))
                .andWaitForEventOfType(VacancyChanged.class)
                .matching(event -> event.status() == VacancyStatus.OPEN)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.vacancyId()).isEqualTo(id);
                    assertThat(feedEntries(id)).as("matching's change feed").isEqualTo(1);
                    assertThat(openIn("GM0441"))
                            .as("the monitor's open vacancies")
                            .isEqualTo(before + 1);
                });
    }

    @Test
    void aClosedVacancyIsAnnouncedAndLeavesTheMonitorsCount(Scenario scenario) {
        var employer = organisations.employer("Scheepswerf Sluiting", "GM0441");
        UUID id = UUID.fromString(JsonPath.read(send(employer, """
                        {"title": "Lasser tijdelijk", "occupation": "%s", "municipality": "GM0441", "status": "open"}""".formatted(WELDER), "/api/v1/vacancies"), "$.id"));
        long open = openIn("GM0441");
        scenario.stimulate(() -> send(employer, "{\"status\": \"CLOSED\"}", "/api/v1/vacancies/" + id + "/status"))
                .andWaitForEventOfType(VacancyChanged.class)
                // the events of this test include the vacancy's opening above: wait for its closing
                .matching(event -> event.vacancyId().equals(id) && event.status() == VacancyStatus.CLOSED)
                .toArriveAndVerify(event -> {
                    assertThat(feedEntries(id)).as("opened and closed").isEqualTo(2);
                    assertThat(openIn("GM0441")).isEqualTo(open - 1);
                });
    }

    private long feedEntries(UUID vacancy) {
        return jdbc.sql("select count(*) from matching.change_feed where kind = 'VACANCY' and entity_id = ?")
                .param(vacancy)
                .query(Long.class)
                .single();
    }
}
