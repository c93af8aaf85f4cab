package nl.werkpad.europass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.werkpad.europass.domain.EuropassXml;
import nl.werkpad.europass.domain.EuropassXmlTests;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestResident;
import nl.werkpad.support.WerkpadTest;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.util.LinkedMultiValueMap;

/** A resident turns a Europass CV (XML or PDF) into passport entries they tick, and downloads the passport as Europass. */
@WerkpadTest
class EuropassPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Passports passports;

    private TestResident resident() {
        return TestResident.create(accounts, passports, "Fatma Europass", "GM0361");
    }

    /** Uploads where any CV is uploaded: the passport's own "from a CV" step. */
    private Document upload(TestResident r, byte[] file, String name) throws Exception {
        return Jsoup.parse(mvc.perform(multipart("/paspoort/uit-cv")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", file))
                        .session(r.account().session(mvc))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aEuropassPdfBecomesProposalsTheResidentConfirmsInTheSameStepAsAPastedCv() throws Exception {
        TestResident r = resident();
        byte[] pdf = EuropassXmlTests.europassPdf(EuropassXmlTests.resource("cv.xml"));
        Document page = upload(r, pdf, "europass.pdf");
        Element confirm = page.selectFirst("form[action$=/uit-tekst/bevestigen]");
        assertThat(confirm).as("the shared confirmation form").isNotNull();
        List<Element> work = confirm.select("input[name=work]");
        assertThat(work).hasSize(2);
        assertThat(confirm.select("input[name=employer_0]").val()).isEqualTo("Scheepswerf Noord & Zn");
        assertThat(confirm.select("input[name=fromYear_0]").val()).isEqualTo("2019");
        assertThat(page.text()).contains("Xyzzy Qwrtp"); // read but not mapped: shown, not proposed
        List<Element> levels = confirm.select("input[name^=level_]");
        assertThat(levels).as("languages with their level").isNotEmpty();
        assertThat(confirm.select("input[name=education]")).hasSize(1);
        assertThat(page.select("form[action$=/europass/overnemen]")).isEmpty();

        // the resident ticks everything the page proposes
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (Element input : confirm.select("input")) {
            form.add(input.attr("name"), input.val());
        }
        mvc.perform(post("/paspoort/uit-tekst/bevestigen")
                        .params(form)
                        .session(r.account().session(mvc))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/paspoort#vaardigheden"));
        Passport after = passports.read(r.person(), r.user(), "test");
        assertThat(after.workHistory())
                .extracting(w -> w.employer())
                .contains("Scheepswerf Noord & Zn", "Bouwbedrijf Hoorn");
        assertThat(after.workHistory()).anySatisfy(w -> {
            assertThat(w.fromYear()).isEqualTo(2019);
            assertThat(w.toYear()).isNull();
        });
        assertThat(after.education())
                .extracting(PassportInput.EducationEntry::title)
                .containsExactly("MBO Metaal en techniek, niveau 3");
        String language = levels.getFirst().attr("name").substring("level_".length());
        assertThat(after.toInput().skills())
                .filteredOn(s -> s.skill().equals(language))
                .singleElement()
                .satisfies(s -> assertThat(s.level())
                        .isEqualTo(Integer.valueOf(levels.getFirst().val())));
        assertThat(after.toInput().skills())
                .hasSize(confirm.select("input[type=checkbox][name$=kills]").size());

        String xml = mvc.perform(
                        get("/paspoort/europass.xml").session(r.account().session(mvc)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        EuropassCv back = EuropassXml.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(back.work()).extracting(EuropassCv.Work::employer).contains("Scheepswerf Noord & Zn");
        assertThat(back.education())
                .extracting(EuropassCv.Education::title)
                .containsExactly("MBO Metaal en techniek, niveau 3");
    }

    @Test
    void anXmlWithAnExternalEntityIsRefusedNextToTheField() throws Exception {
        TestResident r = resident();
        Document page = upload(r, EuropassXmlTests.resource("xxe.xml"), "cv.xml");
        assertThat(page.select("#file-error").text()).contains("DOCTYPE");
        assertThat(page.select("input[name=work]")).isEmpty();
        assertThat(passports.read(r.person(), r.user(), "test").workHistory()).isEmpty();
    }

    @Test
    void theEuropassPageSendsTheFileToTheSharedStep() throws Exception {
        TestResident r = resident();
        Document page = Jsoup.parse(
                mvc.perform(get("/paspoort/europass").session(r.account().session(mvc)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("form[action=/paspoort/uit-cv] input[type=file][name=file]"))
                .hasSize(1);
    }

    @Test
    void theApiReadsAEuropassXmlIntoProposalsAndConfirmsItsEducation() throws Exception {
        TestResident r = resident();
        var basic = SecurityMockMvcRequestPostProcessors.httpBasic(r.account().username(), TestAccounts.PASSWORD);
        mvc.perform(multipart("/api/v1/persons/" + r.person() + "/passport/proposals/document")
                        .file(new MockMultipartFile(
                                "file", "cv.xml", "application/xml", EuropassXmlTests.resource("cv.xml")))
                        .with(basic))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.jsonPath("$.work.length()").value(2))
                .andExpect(MockMvcResultMatchers.jsonPath("$.education[0].title")
                        .value("MBO Metaal en techniek, niveau 3"))
                .andExpect(MockMvcResultMatchers.jsonPath("$.unmatched").value(Matchers.hasItem("Xyzzy Qwrtp")));
        mvc.perform(post("/api/v1/persons/" + r.person() + "/passport/confirmations")
                        .with(basic)
                        .contentType("application/json")
                        .content("""
                                {"skills": [], "workHistory": [],
                                 "education": [{"kind": "DIPLOMA", "title": "MBO Metaal en techniek, niveau 3",
                                                "institution": "ROC Kop van Noord-Holland", "year": 2012}]}
                                """))
                .andExpect(status().isOk());
        assertThat(passports.read(r.person(), r.user(), "test").education())
                .extracting(PassportInput.EducationEntry::title)
                .containsExactly("MBO Metaal en techniek, niveau 3");
    }
}
