package nl.werkpad.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every form reads amounts through the one money parser and shows them back as they were meant. */
@WerkpadTest
class MoneyFormTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aDutchOrEnglishSalaryComesBackInDutchWithItsCents() throws Exception {
        var employer = Demo.session(mvc, "werkgever");
        // the missing title sends the form back, so it shows what it read from the amounts
        mvc.perform(post("/werkgever/vacatures")
                        .session(employer)
                        .with(csrf())
                        .param("title", "")
                        .param("municipality", "GM0361")
                        .param("status", "OPEN")
                        .param("salaryMin", "2.750,50")
                        .param("salaryMax", "3100.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2.750,50\"")))
                .andExpect(content().string(containsString("value=\"3.100,50\"")))
                .andExpect(content().string(not(containsString("id=\"salary-error\""))));
    }

    @Test
    void anOfferCostTypedInDutchIsReadWithItsCents() throws Exception {
        var provider = Demo.session(mvc, "opleider");
        mvc.perform(post("/opleider/opleidingen")
                        .session(provider)
                        .with(csrf())
                        .param("_picker", "skills")
                        .param("title", "Cursus")
                        .param("cost", "€ 1.495,95"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1.495,95\"")));
    }
}
