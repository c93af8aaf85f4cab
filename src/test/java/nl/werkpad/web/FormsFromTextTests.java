package nl.werkpad.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The employer's and the provider's forms start from a text: the vacancy form from a pasted vacancy text (its
 * occupation and skills, each with the words it came from, the form filled in), the offer form from its
 * description (the skills it teaches proposed). Neither saves anything until the form is submitted.
 */
@WerkpadTest
class FormsFromTextTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aPastedVacancyTextFillsTheVacancyForm() throws Exception {
        mvc.perform(post("/werkgever/vacatures/uit-tekst")
                        .session(Demo.session(mvc, "werkgever"))
                        .with(csrf())
                        .param("pastedTitle", "Lasser")
                        .param(
                                "pastedText",
                                "Voor onze werkplaats zoeken wij een lasser. Je beheerst MIG/MAG-lassen "
                                        + "en kunt technische tekeningen lezen. Een heftruckcertificaat is een pre."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"uit-tekst\"")))
                .andExpect(content().string(containsString("perform metal active gas welding")))
                .andExpect(content().string(containsString("MAG-lassen")))
                .andExpect(content().string(containsString("value=\"Lasser\"")));
    }

    @Test
    void anEmptyPastedTextIsRefusedNextToTheField() throws Exception {
        mvc.perform(post("/werkgever/vacatures/uit-tekst")
                        .session(Demo.session(mvc, "werkgever"))
                        .with(csrf())
                        .param("pastedTitle", "")
                        .param("pastedText", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pastedText-error\"")));
    }

    @Test
    void anOfferDescriptionProposesTheSkillsItTeaches() throws Exception {
        mvc.perform(post("/opleider/opleidingen")
                        .session(Demo.session(mvc, "opleider"))
                        .with(csrf())
                        .param("_picker", "skillsFromDescription")
                        .param("title", "Heftruckcursus")
                        .param("description", "In deze cursus leer je veilig heftruck rijden en laden en lossen."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"uit-omschrijving\"")))
                .andExpect(content().string(containsString("operate forklift")));
    }
}
