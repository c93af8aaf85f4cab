package nl.werkpad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A NUL or other control character, or more characters than a field's stated maximum, in any page form: the form
 * comes back with the message next to that field and what was typed, nothing is saved (one mechanism for every
 * form, {@code web.forms.FormTextGuard}).
 */
@WerkpadTest
class FormTextTests {

    private static final String CONTROL = "Bevat een teken dat in tekst niet kan staan";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Posts from {@code page} and opens the page the answer leads back to. */
    private Document refused(MockHttpSession session, String page, MockHttpServletRequestBuilder form)
            throws Exception {
        MvcResult posted = mvc.perform(form.session(session).with(csrf()).header("Referer", "http://localhost" + page))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(page))
                .andReturn();
        return Jsoup.parse(mvc.perform(get(page).session(session).flashAttrs(posted.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long rows(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    /** The message stands just before the field, the field points to it and is marked invalid. */
    private static Element field(Document page, String selector, String message) {
        Element field = page.selectFirst(selector);
        assertThat(field).as(selector).isNotNull();
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        Element error = page.getElementById(field.attr("aria-describedby").split(" ")[0]);
        assertThat(error).as("message of " + selector).isNotNull();
        assertThat(error.hasClass("field__error")).isTrue();
        assertThat(error.text()).contains(message);
        assertThat(field.elementSiblingIndex()).isGreaterThan(error.elementSiblingIndex());
        return field;
    }

    @Test
    void aNulInAVacancyTitleComesBackNextToTheTitle() throws Exception {
        String title = "Lasser " + UUID.randomUUID().toString().substring(0, 6);
        Document page = refused(
                Demo.session(mvc, "werkgever"),
                "/werkgever/vacatures/nieuw",
                post("/werkgever/vacatures")
                        .param("title", title + "\u0000")
                        .param("municipality", "GM0361")
                        .param("status", "OPEN"));
        assertThat(field(page, "input[name=title]", CONTROL).attr("value")).isEqualTo(title);
        assertThat(rows("select count(*) from vacancies.vacancy where title like ?", title + "%"))
                .as("nothing saved")
                .isZero();
    }

    @Test
    void aControlCharacterOrATooLongNameInTheCoalitionFormComesBackNextToEachField() throws Exception {
        String name = "Coalitie " + UUID.randomUUID().toString().substring(0, 6);
        Document page = refused(
                Demo.session(mvc, "beleid"),
                "/ecosysteem/coalities",
                post("/ecosysteem/coalities")
                        .param("name", name + "\u001b[31m")
                        .param("driver", "d".repeat(201))
                        .param("actionRef", ""));
        field(page, "input[name=name]", CONTROL);
        field(page, "input[name=driver]", "Te lang: ten hoogste 200 tekens.");
        assertThat(rows("select count(*) from ecosystem.coalition where name like ?", name + "%"))
                .as("nothing saved")
                .isZero();
    }

    @Test
    void aNulInAnEventOutcomeTextareaKeepsWhatWasTyped() throws Exception {
        String title = "Bijeenkomst " + UUID.randomUUID().toString().substring(0, 6);
        Document page = refused(
                Demo.session(mvc, "beleid"),
                "/ecosysteem/evenementen",
                post("/ecosysteem/evenementen")
                        .param("kind", "ADVISORY_MEETING")
                        .param("title", title)
                        .param("heldOn", "2026-03-01")
                        .param("outcome", "Goed\u0000 gesprek\nmet afspraken"));
        assertThat(field(page, "textarea[name=outcome]", CONTROL).text()).contains("Goed gesprek");
        assertThat(page.selectFirst("input[name=title]").attr("value"))
                .as("the other fields keep what was typed")
                .isEqualTo(title);
        assertThat(rows("select count(*) from ecosystem.event where title = ?", title))
                .as("nothing saved")
                .isZero();
    }

    @Test
    void withoutAPageToGoBackToTheAnswerIs422AndNothingIsSaved() throws Exception {
        mvc.perform(post("/ecosysteem/coalities")
                        .session(Demo.session(mvc, "beleid"))
                        .with(csrf())
                        .param("name", "Zonder\u0000terug"))
                .andExpect(status().isUnprocessableContent());
    }
}
