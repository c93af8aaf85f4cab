package nl.werkpad.taxonomy;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.importer.EscoPackageReader;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WerkpadTest
class TaxonomyApiTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    static final String HASKELL = "000f1d3d-220f-4789-9c0a-cc742521fb02";

    @Autowired
    MockMvc mvc;

    @Test
    void reportsTheBundledEscoWithItsCounts() throws Exception {
        mvc.perform(get("/api/v1/taxonomy"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taxonomy.version").value("v1.2.0"))
                .andExpect(jsonPath("$.taxonomy.languages").value(Matchers.contains("en", "nl")))
                .andExpect(jsonPath("$.taxonomy.skills").value(greaterThanOrEqualTo(13_000)))
                .andExpect(jsonPath("$.taxonomy.occupations").value(3039))
                .andExpect(jsonPath("$.taxonomy.occupationSkillRelations").value(greaterThanOrEqualTo(120_000)))
                .andExpect(jsonPath("$.taxonomy.iscoGroups").value(619))
                .andExpect(jsonPath("$.attribution").value(containsString("ESCO classification")));
    }

    @Test
    void aDutchSearchForLasserFindsTheWelderAndSaysTheLabelIsDutch() throws Exception {
        mvc.perform(get("/api/v1/occupations").param("q", "lasser"))
                .andExpect(jsonPath("$.results[0].id").value(WELDER))
                .andExpect(jsonPath("$.results[0].label").value("lasser"))
                .andExpect(jsonPath("$.results[0].language").value("nl"))
                .andExpect(jsonPath("$.results[0].uri").value("http://data.europa.eu/esco/occupation/" + WELDER));
        mvc.perform(get("/api/v1/occupations").param("q", "lasser").param("lang", "en"))
                .andExpect(jsonPath("$.results[0].label").value("welder"))
                .andExpect(jsonPath("$.results[0].language").value("en"));
    }

    @Test
    void skillSuggestionsSayTheirLanguageTypeAndAlternativeLabels() throws Exception {
        mvc.perform(get("/api/v1/skills").param("q", "haskel"))
                .andExpect(jsonPath("$.results[0].id").value(HASKELL))
                .andExpect(jsonPath("$.results[0].language").value("en"))
                .andExpect(jsonPath("$.results[0].type").value("knowledge"))
                .andExpect(jsonPath("$.results[0].altLabels").value(hasItem("Haskell techniques")));
    }

    @Test
    void pagesThroughLongListsOfSuggestions() throws Exception {
        String second = JsonPath.read(
                mvc.perform(get("/api/v1/occupations")
                                .param("q", "verpleegkundige")
                                .param("limit", "2"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.results[1].id");
        mvc.perform(get("/api/v1/occupations")
                        .param("q", "verpleegkundige")
                        .param("limit", "1")
                        .param("offset", "1"))
                .andExpect(jsonPath("$.results.length()").value(1))
                .andExpect(jsonPath("$.results[0].id").value(second))
                .andExpect(jsonPath("$.offset").value(1));
    }

    @Test
    void filtersSkillsByType() throws Exception {
        mvc.perform(get("/api/v1/skills")
                        .param("q", "Dutch")
                        .param("type", "language")
                        .param("lang", "en"))
                .andExpect(jsonPath("$.results[*].types[*]").value(hasItem("language")))
                .andExpect(jsonPath("$.results[0].label").value(containsString("Dutch")));
        // ESCO v1.0's Dutch label of the same language skills
        mvc.perform(get("/api/v1/skills").param("q", "Nederlands").param("type", "language"))
                .andExpect(jsonPath("$.results[0].label").value(containsString("Nederlands")))
                .andExpect(jsonPath("$.results[0].language").value("nl"));
    }

    @Test
    void anOccupationComesWithItsIscoGroupAndSkills() throws Exception {
        mvc.perform(get("/api/v1/occupations/{id}", WELDER).param("lang", "nl"))
                .andExpect(jsonPath("$.occupation.label").value("lasser"))
                .andExpect(jsonPath("$.iscoPath[3].code").value("7212"))
                .andExpect(jsonPath("$.essentialSkills[*].label").value(hasItem("perform tungsten inert gas welding")))
                .andExpect(jsonPath("$.optionalSkills").isNotEmpty());
    }

    @Autowired
    Taxonomy taxonomy;

    @Test
    void acceptsTheFullEscoUriWhereverAnIdIsExpected() {
        Assertions.assertThat(taxonomy.resolveSkills(
                        List.of("http://data.europa.eu/esco/skill/" + HASKELL, HASKELL, "onbekend")))
                .containsEntry("http://data.europa.eu/esco/skill/" + HASKELL, HASKELL)
                .containsEntry(HASKELL, HASKELL)
                .doesNotContainKey("onbekend");
        Assertions.assertThat(taxonomy.occupationRef("http://data.europa.eu/esco/occupation/" + WELDER, "nl"))
                .hasValueSatisfying(o -> Assertions.assertThat(o.label()).isEqualTo("lasser"));
    }

    @Test
    void aSkillComesWithItsHierarchyAndTheOccupationsThatNeedIt() throws Exception {
        mvc.perform(get("/api/v1/skills/{id}", HASKELL))
                .andExpect(jsonPath("$.skill.label").value("Haskell"))
                .andExpect(jsonPath("$.broader[*].label").value(hasItem("computerprogrammering")));
        mvc.perform(get("/api/v1/skills/{id}", HASKELL).param("lang", "en"))
                .andExpect(jsonPath("$.broader[*].label").value(hasItem("computer programming")))
                .andExpect(jsonPath("$.collections").value(hasItem("digital")))
                .andExpect(jsonPath("$.occupations").isNotEmpty());
    }

    @Test
    void aSkillKnownOnlyByLabelHasAClearlyMarkedStableLocalId() throws Exception {
        String id = EscoPackageReader.localSkillId("manufacture of small metal parts");
        Assertions.assertThat(id).startsWith("local-");
        mvc.perform(get("/api/v1/skills/{id}", id))
                .andExpect(jsonPath("$.skill.local").value(true))
                .andExpect(jsonPath("$.skill.uri").doesNotExist())
                .andExpect(jsonPath("$.occupations[*].occupation.id").value(hasItem(WELDER)));
    }

    @Test
    void badRequestsGetProblems() throws Exception {
        mvc.perform(get("/api/v1/skills/{id}", "bestaat-niet"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/skills").param("q", "lassen").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/skills").param("q", "lassen").param("limit", "1000"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/occupations"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void theBrowsersShowEscoDataWithTheAttribution() throws Exception {
        mvc.perform(get("/beroepen").param("q", "lasser"))
                .andExpect(content().string(containsString("/beroepen/" + WELDER)))
                .andExpect(content().string(containsString("ESCO-classificatie van de Europese Commissie")));
        mvc.perform(get("/beroepen/{id}", WELDER))
                .andExpect(content().string(containsString("perform tungsten inert gas welding")))
                .andExpect(content().string(containsString("7212")));
        mvc.perform(get("/vaardigheden/{id}", HASKELL))
                .andExpect(content().string(containsString("computerprogrammering")));
        mvc.perform(get("/beroepen/{id}", "bestaat-niet")).andExpect(status().isNotFound());
    }

    @Test
    void theSkillPickerSuggestsWhileTypingAndKeepsWhatWasChosen() throws Exception {
        mvc.perform(get("/vaardigheden/suggesties")
                        .param("field", "skills")
                        .param("skillsQuery", "forklift")
                        .param("skills", HASKELL))
                .andExpect(content().string(containsString("operate forklift")))
                .andExpect(content().string(containsString("value=\"" + HASKELL + "\" checked")));
    }

    @Test
    void findsTheOccupationsThatNeedChosenSkillsWithoutJavaScript() throws Exception {
        String operateForklift = JsonPath.read(
                mvc.perform(get("/api/v1/skills").param("q", "operate forklift"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.results[0].id");
        mvc.perform(get("/beroepen/bij-vaardigheden").param("skills", operateForklift))
                .andExpect(content().string(containsString("heftruckchauffeur")));
        mvc.perform(get("/beroepen/bij-vaardigheden").param("skillsQuery", "forklift"))
                .andExpect(content().string(startsWith("<!DOCTYPE html>")))
                .andExpect(content().string(containsString("operate forklift")));
    }

    static final String ADVISE_OTHERS = "045f71e6-0699-4169-8a54-9c6b96f3174d";
    static final String INSTALL_HEAT_PUMP = "00735755-adc6-4ea0-b034-b8caff339c9f";

    @Test
    void labelsComeInTheLanguageOfLangOrAcceptLanguageAndSaySo() throws Exception {
        mvc.perform(get("/api/v1/skills/{id}", ADVISE_OTHERS).header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5"))
                .andExpect(header().string("Content-Language", "nl"))
                .andExpect(jsonPath("$.skill.label").value("advies aan anderen geven"))
                .andExpect(jsonPath("$.skill.language").value("nl"));
        mvc.perform(get("/api/v1/skills/{id}", ADVISE_OTHERS).header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.skill.label").value("advise others"))
                .andExpect(jsonPath("$.skill.language").value("en"));
        mvc.perform(get("/api/v1/skills/{id}", ADVISE_OTHERS)
                        .header("Accept-Language", "en")
                        .param("lang", "nl"))
                .andExpect(jsonPath("$.skill.label").value("advies aan anderen geven"));
        mvc.perform(get("/api/v1/skills").param("q", "advies aan anderen").header("Accept-Language", "fr, de;q=0.5"))
                .andExpect(header().string("Content-Language", "nl"))
                .andExpect(jsonPath("$.results[0].id").value(ADVISE_OTHERS));
    }

    @Test
    void aSkillWithoutDutchLabelIsEnglishMarkedAndNamesItsDutchSkillGroupWithItsOfficialUri() throws Exception {
        mvc.perform(get("/api/v1/skills/{id}", INSTALL_HEAT_PUMP))
                .andExpect(jsonPath("$.skill.label").value("install heat pump"))
                .andExpect(jsonPath("$.skill.language").value("en"))
                .andExpect(jsonPath("$.skill.group")
                        .value("installeren van verwarmings-, ventilatie- en airconditioningsapparatuur"))
                .andExpect(jsonPath("$.skill.uri").value("http://data.europa.eu/esco/skill/" + INSTALL_HEAT_PUMP))
                .andExpect(jsonPath("$.skill.local").value(false))
                .andExpect(jsonPath("$.description").isNotEmpty());
        mvc.perform(get("/vaardigheden").param("q", "warmtepompen"))
                .andExpect(content()
                        .string(containsString("<a class=\"skill-label__name\" href=\"/vaardigheden/"
                                + INSTALL_HEAT_PUMP + "\" lang=\"en\">install heat pump</a>")))
                .andExpect(content().string(containsString("(Engels)")))
                .andExpect(content()
                        .string(containsString(
                                "installeren van verwarmings-, ventilatie- en airconditioningsapparatuur")));
    }

    @Test
    void theAdministratorSeesHowManySkillsLackADutchLabel() throws Exception {
        mvc.perform(get("/api/v1/taxonomy/languages/nl").with(httpBasic("beheerder", Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coverage.skillsWithLabel").value(greaterThanOrEqualTo(400)))
                .andExpect(jsonPath("$.coverage.skillsBySource['v1.0']").value(greaterThanOrEqualTo(400)))
                .andExpect(jsonPath("$.coverage.skillGroupsWithLabel").value(greaterThanOrEqualTo(640)))
                .andExpect(jsonPath("$.coverage.iscoGroupsWithLabel").value(619))
                .andExpect(jsonPath("$.importCommand").value(containsString("import-esco")));
        mvc.perform(get("/api/v1/taxonomy/languages/nl").with(httpBasic("inwoner", Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/beheer/taxonomie").session(Demo.session(mvc, "beheerder")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zonder Nederlandse benaming")))
                .andExpect(content().string(containsString("./werkpad import-esco")));
    }
}
