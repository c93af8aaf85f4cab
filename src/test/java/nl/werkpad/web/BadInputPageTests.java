package nl.werkpad.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** On a page a field rule's message stands next to the field, and the inputs carry the stated maximum. */
@WerkpadTest
class BadInputPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aTooLongTitleOrAnAbsurdPriceIsRefusedNextToTheField() throws Exception {
        var employer = Demo.session(mvc, "werkgever");
        mvc.perform(get("/werkgever/vacatures/nieuw").session(employer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("maxlength=\"200\"")))
                .andExpect(content().string(containsString("maxlength=\"10000\"")));
        // the browser says which page the form was on (Referer, same origin); the form comes back there
        var refused = mvc.perform(post("/werkgever/vacatures")
                        .session(employer)
                        .with(csrf())
                        .header("Referer", "http://localhost/werkgever/vacatures/nieuw")
                        .param("title", "L".repeat(201))
                        .param("municipality", "GM0361")
                        .param("status", "OPEN"))
                .andExpect(status().isSeeOther())
                .andReturn();
        mvc.perform(get("/werkgever/vacatures/nieuw").session(employer).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-text-error\"")))
                .andExpect(content().string(containsString("Te lang: ten hoogste 200 tekens.")));
        mvc.perform(post("/werkgever/vacatures")
                        .session(employer)
                        .with(csrf())
                        .param("title", "Lasser")
                        .param("municipality", "GM0361")
                        .param("status", "OPEN")
                        .param("salaryMin", "1000000000000000000000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"salary-error\"")))
                .andExpect(content().string(containsString("Een bedrag is ten hoogste € 100 miljoen.")));
    }
}
