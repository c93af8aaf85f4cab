package nl.werkpad.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/skill-extractions: what a text names, with the words that led to it; bad input refused by rule and field. */
@WerkpadTest
class SkillExtractionsApiTests {

    static final String DUTCH_CV = "Van 2008 tot 2023 werkte ik als lasser bij een scheepswerf in Den Helder. "
            + "Ik las MIG/MAG en TIG, lees technische tekeningen en heb een heftruckcertificaat.";
    static final String ENGLISH_CV = "I worked as a welder in a shipyard for fifteen years. I read technical drawings, "
            + "weld steel constructions and drive a forklift truck.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    private final JsonMapper json = JsonMapper.builder().build();

    private ResultActions extract(Object body, String address) throws Exception {
        return mvc.perform(post("/api/v1/skill-extractions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body))
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private static String address() {
        return "203.0.113." + (1 + (int) (Math.random() * 250));
    }

    /** Every piece of evidence points at exactly the words it quotes, so a page can mark them in the text. */
    private static void evidenceQuotesTheText(String response, String text) {
        List<Map<String, Object>> evidence = JsonPath.read(response, "$..evidence[*]");
        assertThat(evidence).isNotEmpty();
        evidence.forEach(e -> assertThat(text.substring((Integer) e.get("start"), (Integer) e.get("end")))
                .isEqualTo(e.get("text")));
        List<String> how = JsonPath.read(response, "$..evidence[*].how");
        assertThat(how).allMatch(h -> List.of(
                        "preferred-label",
                        "alternative-label",
                        "hidden-label",
                        "translated-label",
                        "occupation-skill",
                        "similar-meaning")
                .contains(h));
    }

    @Test
    void aDutchCvWithoutAnAccountNamesTheWelderAndSkillsWithTheirWords() throws Exception {
        String response = extract(Map.of("text", DUTCH_CV), address())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("nl"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        evidenceQuotesTheText(response, DUTCH_CV);
        List<String> occupationWords = JsonPath.read(response, "$.occupations[*].evidence[*].text");
        assertThat(occupationWords).anyMatch(w -> w.toLowerCase().contains("lasser"));
        List<String> skills = JsonPath.read(response, "$.skills[*].skill.label");
        assertThat(skills).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        List<Double> scores = JsonPath.read(response, "$.skills[*].score");
        assertThat(scores).allMatch(s -> s >= 0 && s <= 1);
    }

    @Test
    void anEnglishTextIsReadInEnglishAndTheLimitHolds() throws Exception {
        String response = extract(Map.of("text", ENGLISH_CV, "language", "en", "limit", 3), address())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        evidenceQuotesTheText(response, ENGLISH_CV);
        List<Object> skills = JsonPath.read(response, "$.skills");
        List<Object> occupations = JsonPath.read(response, "$.occupations");
        assertThat(skills).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(occupations).hasSizeLessThanOrEqualTo(3);
        List<String> skillLanguages = JsonPath.read(response, "$.skills[*].skill.language");
        assertThat(skillLanguages).contains("en");
    }

    private void refused(Object body, String rule, String field) throws Exception {
        extract(body, address())
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.rule").value(rule))
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void badInputIsAProblemNamingTheRuleAndTheField() throws Exception {
        refused(Map.of("text", "   \n  "), "input.required", "text");
        refused(Map.of("limit", 5), "input.required", "text");
        refused(Map.of("text", "lasser ".repeat(15_000)), "input.too-long", "text");
        refused(Map.of("text", "lasser\u0000bij Damen"), "input.control-character", "text");
        refused(
                Map.of("text", "\uFFFD\uFFFD\uFFFDPK\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"),
                TextInput.NOT_TEXT,
                "text");
        refused(Map.of("text", "%%%% 0x00ff 1234 5678 ==== //// **** ++++ ---- ####"), TextInput.NOT_TEXT, "text");
        refused(Map.of("text", DUTCH_CV, "language", "de"), TextInput.LANGUAGE, "language");
        refused(Map.of("text", DUTCH_CV, "limit", 0), "input.out-of-range", "limit");
        refused(Map.of("text", DUTCH_CV, "limit", 101), "input.out-of-range", "limit");
    }

    @Test
    void aBodyThatIsNotTheRightShapeIsA400() throws Exception {
        extract("{\"text\": \"lasser\", \"limit\": \"veel\"}", address())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        extract("{\"text\": \"lasser\", \"colour\": \"blue\"}", address()).andExpect(status().isBadRequest());
        extract("not json", address()).andExpect(status().isBadRequest());
    }

    @Test
    void withoutAnAccountAnAddressIsLimitedButASignedInUserIsNot() throws Exception {
        String address = address();
        Map<String, Object> body = Map.of("text", "lasser", "limit", 1);
        for (int i = 0; i < 30; i++) {
            extract(body, address).andExpect(status().isOk());
        }
        extract(body, address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        var employer = accounts.with(Role.WERKGEVER, "Werkgever Tekst");
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/skill-extractions")
                            .with(employer.basic())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(body))
                            .with(request -> {
                                request.setRemoteAddr(address);
                                return request;
                            }))
                    .andExpect(status().isOk());
        }
    }
}
