package nl.werkpad.vacancies.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** The upload pages and the administrator's feed pages, as a person uses them. */
@WerkpadTest
class JobPostingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(username)
                        .password(TestAccounts.PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    }

    @Test
    void anEmployerUploadsAFileAndReadsTheReportPerPosting() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var employer = organisations.employer("Paginawerf " + run, "GM0361");
        byte[] file = JobPostingImportTests.resource("itemlist.jsonld", run, "12345678")
                .getBytes(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(mvc.perform(multipart("/werkgever/vacatures/importeren")
                        .file(new MockMultipartFile("bestand", "vacatures.jsonld", "application/ld+json", file))
                        .session(login(employer.username()))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("[role=status]").text()).contains("4 vacatures gelezen: 2 nieuw");
        var rows = page.select("table tbody tr");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).text()).contains("Geweigerd", "geen titel");
        assertThat(rows.get(2).text()).contains("geen Nederlandse gemeente");
        assertThat(rows.get(0).select("a").attr("href")).startsWith("/vacatures/");
    }

    @Test
    void anUploadWithoutAFileSaysSoNextToTheField() throws Exception {
        var employer = organisations.employer("Paginawerf leeg", "GM0361");
        Document page = Jsoup.parse(mvc.perform(multipart("/werkgever/vacatures/importeren")
                        .file(new MockMultipartFile("bestand", "leeg.json", "application/json", new byte[0]))
                        .session(login(employer.username()))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#bestand-error").text()).isEqualTo("Kies een bestand.");
        assertThat(page.select("#bestand").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void anAdministratorRegistersAFeedAndSeesItsStatus() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var admin = accounts.with(Role.BEHEERDER, "Beheerder bronnen");
        var session = login(admin.username());
        Document refused = Jsoup.parse(mvc.perform(post("/beheer/vacaturebronnen")
                        .param("name", "Kapot")
                        .param("url", "ftp://x")
                        .session(session)
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#url-error").text()).contains("https://");
        try (FeedServer server = new FeedServer().serve("v1.jsonld", run)) {
            String location = mvc.perform(post("/beheer/vacaturebronnen")
                            .param("name", "Paginabank " + run)
                            .param("url", server.url())
                            .session(session)
                            .with(SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            Document status = Jsoup.parse(mvc.perform(get(location).session(session))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(status.select("h1").text()).isEqualTo("Paginabank " + run);
            assertThat(status.select("table tbody tr").first().text()).contains("Ingelezen", "gelezen 3, nieuw 3");
            server.serve("not-json.html", run);
            mvc.perform(post(location + "/ophalen").session(session).with(SecurityMockMvcRequestPostProcessors.csrf()))
                    .andExpect(status().is3xxRedirection());
            Document after = Jsoup.parse(mvc.perform(get(location).session(session))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(after.select("table tbody tr").first().text())
                    .contains("Geweigerd", "HTML-pagina in plaats van JSON");
            Document list =
                    Jsoup.parse(mvc.perform(get("/beheer/vacaturebronnen").session(session))
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            assertThat(list.text()).contains("Paginabank " + run);
        }
    }
}
