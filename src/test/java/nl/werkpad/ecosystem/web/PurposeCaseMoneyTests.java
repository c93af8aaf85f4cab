package nl.werkpad.ecosystem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A purpose case keeps the partners' cents however often it is saved from its own page. */
@WerkpadTest
class PurposeCaseMoneyTests {

    private static final Pattern FIRST_CONTRIBUTION = Pattern.compile("name=\"partner0\\.euros\" value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void savingTenFiftyTwiceStillReadsTenFifty() throws Exception {
        MockHttpSession policy = Demo.session(mvc, "beleid");
        String page = "/ecosysteem/coalities/" + createCoalition(policy, "Coalitie centen " + System.nanoTime());

        savePartner(policy, page, "10,50");
        String first = contribution(policy, page);
        assertThat(first).isEqualTo("10,50");
        savePartner(policy, page, first);
        assertThat(contribution(policy, page)).isEqualTo("10,50");
        assertThat(html(policy, page)).contains("Financiering: € 10,50");
    }

    @Test
    void readsDutchAndEnglishAmountsAndShowsWholeEurosWithoutCents() throws Exception {
        MockHttpSession policy = Demo.session(mvc, "beleid");
        String page = "/ecosysteem/coalities/" + createCoalition(policy, "Coalitie bedragen " + System.nanoTime());
        savePartner(policy, page, "1.234,50");
        assertThat(contribution(policy, page)).isEqualTo("1.234,50");
        savePartner(policy, page, "1234.50");
        assertThat(contribution(policy, page)).isEqualTo("1.234,50");
        savePartner(policy, page, "€ 10");
        assertThat(contribution(policy, page)).isEqualTo("10");
        savePartner(policy, page, "10.50");
        assertThat(contribution(policy, page))
                .as("a point before two digits is a decimal point, not 1050 euros")
                .isEqualTo("10,50");
    }

    @Test
    void textThatIsNoAmountIsRefusedAndNothingIsSaved() throws Exception {
        MockHttpSession policy = Demo.session(mvc, "beleid");
        String page = "/ecosysteem/coalities/" + createCoalition(policy, "Coalitie fout " + System.nanoTime());
        savePartner(policy, page, "7,25");
        mvc.perform(post(page + "/purpose-case")
                        .session(policy)
                        .with(csrf())
                        .param("problem", "Te weinig technici")
                        .param("intendedResult", "Meer instroom")
                        .param("partner0.name", "ROC Kop van Noord-Holland")
                        .param("partner0.helix", "EDUCATION")
                        .param("partner0.euros", "tien euro"))
                .andExpect(status().is3xxRedirection());
        String html = html(policy, page);
        assertThat(html).contains("Een bijdrage is een bedrag in euro.");
        assertThat(contribution(policy, page)).isEqualTo("7,25");
        assertThat(html).contains("The partners finance €7.25 in all");
    }

    private String createCoalition(MockHttpSession session, String name) throws Exception {
        String location = mvc.perform(post("/ecosysteem/coalities")
                        .session(session)
                        .with(csrf())
                        .param("name", name)
                        .param("driver", "Tech@Connect"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/ecosysteem/coalities/");
        return location.substring("/ecosysteem/coalities/".length());
    }

    private void savePartner(MockHttpSession session, String page, String euros) throws Exception {
        mvc.perform(post(page + "/purpose-case")
                        .session(session)
                        .with(csrf())
                        .param("problem", "Te weinig technici")
                        .param("intendedResult", "Meer instroom")
                        .param("partner0.name", "ROC Kop van Noord-Holland")
                        .param("partner0.helix", "EDUCATION")
                        .param("partner0.euros", euros)
                        .param("partner0.commitment", "docenten"))
                .andExpect(status().is3xxRedirection());
        html(session, page); // shows (and so clears) the notice of this save
    }

    private String contribution(MockHttpSession session, String page) throws Exception {
        Matcher m = FIRST_CONTRIBUTION.matcher(html(session, page));
        assertThat(m.find()).as("the first partner's contribution field").isTrue();
        return m.group(1);
    }

    private String html(MockHttpSession session, String page) throws Exception {
        return mvc.perform(get(page).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
