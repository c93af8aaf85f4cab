package nl.werkpad.regions;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.werkpad.support.WerkpadTest;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WerkpadTest
class RegionsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Regions regions;

    @Test
    void alkmaarLiesInNoordHollandNoord() throws Exception {
        mvc.perform(get("/api/v1/regions/municipalities/GM0361"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Alkmaar"))
                .andExpect(jsonPath("$.labourMarketRegion.code").value("AM15"))
                .andExpect(jsonPath("$.labourMarketRegion.name").value("Noord-Holland Noord"))
                .andExpect(jsonPath("$.province.code").value("PV27"))
                .andExpect(jsonPath("$.province.name").value("Noord-Holland"));
    }

    @Test
    void knowsAll342MunicipalitiesIn35RegionsAnd12Provinces() throws Exception {
        mvc.perform(get("/api/v1/regions/municipalities")).andExpect(jsonPath("$.results", hasSize(342)));
        mvc.perform(get("/api/v1/regions/labour-market-regions")).andExpect(jsonPath("$.results", hasSize(35)));
        mvc.perform(get("/api/v1/regions/provinces")).andExpect(jsonPath("$.results", hasSize(12)));
    }

    @Test
    void noordHollandHas44MunicipalitiesInFiveRegions() {
        var regionsOfNoordHolland = regions.labourMarketRegions().stream()
                .filter(r -> r.provinces().stream().anyMatch(p -> p.code().equals("PV27")))
                .toList();
        Assertions.assertThat(regionsOfNoordHolland).hasSize(5);
        Assertions.assertThat(regions.municipalities().stream()
                        .filter(m -> m.province().code().equals("PV27")))
                .hasSize(44);
    }

    @Test
    void findsMunicipalitiesByPartOfTheirNameIgnoringCaseAndAccents() throws Exception {
        mvc.perform(get("/api/v1/regions/municipalities").param("q", "alkm"))
                .andExpect(jsonPath("$.results[0].code").value("GM0361"));
        mvc.perform(get("/api/v1/regions/municipalities").param("q", "sudwest"))
                .andExpect(jsonPath("$.results[0].name").value(Matchers.startsWith("S")));
    }

    @Test
    void givesTheDistanceBetweenTwoMunicipalities() throws Exception {
        // Alkmaar to Amsterdam is about 31 km as the crow flies
        mvc.perform(get("/api/v1/regions/distance").param("from", "GM0361").param("to", "GM0363"))
                .andExpect(jsonPath("$.distanceKm", closeTo(31.0, 3.0)))
                .andExpect(jsonPath("$.to.name").value("Amsterdam"));
    }

    @Test
    void servesTheRegionShapesAsTopoJson() throws Exception {
        mvc.perform(get("/api/v1/regions/labour-market-regions/shapes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("Topology"))
                .andExpect(jsonPath("$.objects.arbeidsmarktregio_2024.geometries", hasSize(35)));
    }

    @Test
    void anUnknownMunicipalityIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/regions/municipalities/GM9999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/regions/distance").param("from", "GM0361").param("to", "XX"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theMunicipalityPickerSuggestsWhileTyping() throws Exception {
        mvc.perform(get("/regios/gemeenten/suggesties")
                        .param("field", "woonplaats")
                        .param("woonplaatsQuery", "alkm"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"GM0361\"")))
                .andExpect(content().string(Matchers.containsString("Alkmaar (Noord-Holland Noord, Noord-Holland)")));
    }

    @Test
    void theDistancePageWorksWithoutJavaScript() throws Exception {
        // first submit: the typed text comes back as options; second submit: the chosen codes give the distance
        mvc.perform(get("/regios/afstand").param("fromQuery", "Alkmaar").param("toQuery", "Amsterdam"))
                .andExpect(content().string(Matchers.containsString("value=\"GM0363\"")));
        mvc.perform(get("/regios/afstand").param("from", "GM0361").param("to", "GM0363"))
                .andExpect(content().string(Matchers.containsString("Van Alkmaar naar Amsterdam is het hemelsbreed")));
    }
}
