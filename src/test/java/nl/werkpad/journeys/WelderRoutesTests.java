package nl.werkpad.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo welder in Alkmaar, who wants the energy transition: his routes are not only welding variants; work the
 * region wants (energy transition or a tight group) with real overlap is in the list, each with its plan; and every
 * occupation has the occupations people move into it from.
 */
@WerkpadTest
class WelderRoutesTests {

    static final String SOLAR = "75b63949-1b93-4bf2-a777-ccf978dc3e8a";

    @Autowired
    MockMvc mvc;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void theDemoWeldersRoutesReachBeyondWeldingIntoWorkTheRegionWants() throws Exception {
        String me = mvc.perform(get("/api/v1/persons/me").with(httpBasic("inwoner", Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String person = JsonPath.read(me, "$.personId");
        String routes = mvc.perform(get("/api/v1/persons/{id}/transitions", person)
                        .param("limit", "8")
                        .with(httpBasic("inwoner", Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> results = JsonPath.read(routes, "$.results");
        assertThat(results).hasSize(8);
        List<String> groups = results.stream()
                .map(r -> taxonomy.iscoCodeOf((String) ((Map<?, ?>) r.get("occupation")).get("id"))
                        .orElse(""))
                .map(isco -> isco.length() >= 2 ? isco.substring(0, 2) : isco)
                .toList();
        // at most two per occupation group: welders (72) do not fill the list
        assertThat(groups.stream().filter("72"::equals).count()).isLessThanOrEqualTo(2);
        assertThat(groups.stream().distinct().count()).isGreaterThanOrEqualTo(4);
        // energy-transition work with real overlap, each with its plan
        List<Map<String, Object>> energy = results.stream()
                .filter(r -> Boolean.TRUE.equals(r.get("energyTransition")))
                .toList();
        assertThat(energy).hasSizeGreaterThanOrEqualTo(2);
        assertThat(energy)
                .allSatisfy(r -> assertThat((Integer) r.get("closeness")).isGreaterThanOrEqualTo(20));
        assertThat(results).allSatisfy(r -> assertThat(r.get("plan")).isNotNull());
    }

    @Test
    void anOccupationShowsTheOccupationsPeopleMoveIntoItFromOnThePageAndInTheApi() throws Exception {
        String into = mvc.perform(
                        get("/api/v1/occupations/{id}/transitions-into", SOLAR).param("limit", "10"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> closeness = JsonPath.read(into, "$.results[*].closeness");
        assertThat(closeness).hasSize(10).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(JsonPath.<List<String>>read(into, "$.results[*].occupation.id"))
                .doesNotContain(SOLAR);

        String occupationPage = mvc.perform(get("/beroepen/{id}", SOLAR).header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(occupationPage)
                .contains("href=\"/overstappen/naar?beroep=" + SOLAR + "\"")
                .contains("href=\"/mijn/opleidingsplan?beroep=" + SOLAR + "\"")
                .contains("href=\"/vacatures?beroep=" + SOLAR + "\"");
        String page = mvc.perform(
                        get("/overstappen/naar").param("beroep", SOLAR).header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String first = JsonPath.read(into, "$.results[0].occupation.label");
        assertThat(page).contains("Overstappen naar").contains("Overlap " + closeness.getFirst() + " van 100");
        assertThat(first).isNotBlank();
    }
}
