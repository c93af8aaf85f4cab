package nl.werkpad.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
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
 * The training module announces a published offer ({@link OfferChanged}); matching's change feed follows, so plans
 * can propose it. A Spring Modulith {@link Scenario} on the whole application (the shared test context).
 */
@WerkpadTest
@EnableScenarios
class OfferEventsTests {

    static final String HASKELL_URI = "http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedOfferIsAnnouncedAndMatchingsChangeFeedFollows(Scenario scenario) {
        var provider = organisations.provider("Opleider Scenario", "GM0361");
        String offer = """
                {"title": "Haskell scenario", "level": "COURSE", "mode": "ON_SITE", "municipality": "GM0361",
                 "durationHours": 40, "durationWeeks": 8, "costCents": 125000, "onRegister": true,
                 "status": "PUBLISHED", "skills": ["%s"], "starts": []}""".formatted(HASKELL_URI);
        scenario.stimulate(() -> {
                    try {
                        return UUID.fromString(JsonPath.read(
                                mvc.perform(post("/api/v1/training-offers")
                                                .with(provider.basic())
                                                .contentType(MediaType.APPLICATION_JSON)
                                                .content(offer))
                                        .andExpect(status().isCreated())
                                        .andReturn()
                                        .getResponse()
                                        .getContentAsString(),
                                "$.id"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitForEventOfType(OfferChanged.class)
                .matching(event -> event.status() == OfferStatus.PUBLISHED)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.offerId()).isEqualTo(id);
                    assertThat(jdbc.sql(
                                            "select count(*) from matching.change_feed where kind = 'OFFER' and entity_id = ?")
                                    .param(id)
                                    .query(Long.class)
                                    .single())
                            .isEqualTo(1);
                });
    }
}
