package nl.werkpad.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.werkpad.access.Role;
import nl.werkpad.extraction.document.DocumentTextTests;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passport from text, on the page and through the API: proposals with the words they came from, nothing written
 * until the person ticks what is right; bad text or a bad file refused next to its field with nothing written.
 */
@WerkpadTest
class PassportFromTextTests {

    static final String CV = """
            Werkervaring
            2008-2023 lasser bij Damen Shipyards in Den Helder
            Ik las MIG/MAG, lees technische tekeningen en heb mijn heftruckcertificaat.""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PassportProposals proposals;

    @Autowired
    Passports passports;

    private String passportOf(TestAccounts.TestAccount resident) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/persons")
                                .with(resident.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"name": "%s", "municipality": "GM0400", "travelKm": 20, "status": "JOB_SEEKER", "skills": [], "workHistory": []}""".formatted(resident.displayName())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.personId");
    }

    private String passportJson(TestAccounts.TestAccount who, String person) throws Exception {
        return mvc.perform(get("/api/v1/persons/{id}/passport", person).with(who.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aResidentSeesProposalsWithTheirWordsAndOnlyWhatTheyTickLandsInThePassport() throws Exception {
        var resident = accounts.with(Role.INWONER, "Cv Plakker");
        String person = passportOf(resident);
        var residentSession = resident.session(mvc);
        String before = passportJson(resident, person);
        PassportProposal expected = proposals.fromText(CV, null);
        int index = IntStream.range(0, expected.work().size())
                .filter(i -> expected.work().get(i).words().stream()
                        .anyMatch(w -> w.text().toLowerCase().contains("lasser")))
                .findFirst()
                .orElseThrow();
        var work = expected.work().get(index);
        String page = mvc.perform(post("/paspoort/uit-tekst")
                        .session(residentSession)
                        .with(csrf())
                        .param("text", CV))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark class=\"evidence\">")))
                .andExpect(content().string(containsString(work.occupation().label())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"" + work.occupation().id() + "\"");
        assertThat(passportJson(resident, person)).isEqualTo(before);

        var stated = expected.statedSkills().isEmpty()
                ? expected.skills().getFirst()
                : expected.statedSkills().getFirst();
        mvc.perform(post("/paspoort/uit-tekst/bevestigen")
                        .session(residentSession)
                        .with(csrf())
                        .param("text", CV)
                        .param("work", String.valueOf(index))
                        .param("occupation_" + index, work.occupation().id())
                        .param("fromYear_" + index, "2008")
                        .param("toYear_" + index, "2023")
                        .param("employer_" + index, "Damen Shipyards")
                        .param("skills", stated.skill().id()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/paspoort*"));
        String after = passportJson(resident, person);
        List<String> skills = JsonPath.read(after, "$.skills[*].skill.id");
        assertThat(skills).containsExactly(stated.skill().id());
        assertThat((List<Integer>) JsonPath.read(after, "$.workHistory[*].fromYear"))
                .containsExactly(2008);
        assertThat((List<String>) JsonPath.read(after, "$.workHistory[*].employer"))
                .containsExactly("Damen Shipyards");
        assertThat((List<String>) JsonPath.read(after, "$.workHistory[*].occupation.id"))
                .containsExactly(work.occupation().id());
    }

    @Test
    void theYearsOfTheWorkLineComeWithTheOccupation() {
        PassportProposal proposal = proposals.fromText(CV, "nl");
        assertThat(proposal.work()).anySatisfy(w -> {
            assertThat(w.words()).anyMatch(words -> words.text().toLowerCase().contains("lasser"));
            assertThat(w.fromYear()).isEqualTo(2008);
            assertThat(w.toYear()).isEqualTo(2023);
            assertThat(w.employer()).isEqualTo("Damen Shipyards");
        });
    }

    @Test
    void badTextOrABadFileIsRefusedNextToItsFieldAndNothingIsWritten() throws Exception {
        var resident = accounts.with(Role.INWONER, "Cv Fout");
        String person = passportOf(resident);
        var residentSession = resident.session(mvc);
        String before = passportJson(resident, person);
        mvc.perform(post("/paspoort/uit-tekst")
                        .session(residentSession)
                        .with(csrf())
                        .param("text", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"text-error\"")))
                .andExpect(content().string(containsString("Vul dit in.")));
        mvc.perform(post("/paspoort/uit-tekst")
                        .session(residentSession)
                        .with(csrf())
                        .param("text", "x".repeat(100_001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"text-error\"")));
        mvc.perform(post("/paspoort/uit-tekst")
                        .session(residentSession)
                        .with(csrf())
                        .param("text", "\uFFFD\uFFFD\uFFFD\uFFFD 0x00 ####"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit lijkt geen tekst")));
        mvc.perform(multipart("/paspoort/uit-cv")
                        .file(new MockMultipartFile(
                                "file",
                                "cv.pdf",
                                "application/pdf",
                                DocumentTextTests.pdf(CV.lines().toList().get(1), "geheim")))
                        .session(residentSession)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("beveiligd met een wachtwoord")));
        byte[] binary = new byte[2048];
        new Random(3).nextBytes(binary);
        mvc.perform(multipart("/paspoort/uit-cv")
                        .file(new MockMultipartFile("file", "cv.docx", "application/octet-stream", binary))
                        .session(residentSession)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("geen DOCX-bestand")));
        mvc.perform(post("/paspoort/uit-tekst/bevestigen")
                        .session(residentSession)
                        .with(csrf())
                        .param("text", CV))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is niets aangevinkt")));
        mvc.perform(post("/paspoort/uit-tekst/bevestigen")
                        .session(residentSession)
                        .with(csrf())
                        .param("text", CV)
                        .param("work", "0")
                        .param("occupation_0", "7aedaa07-3884-4c5b-88f9-80997b2aa54b")
                        .param("fromYear_0", "1820"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field--error")));
        assertThat(passportJson(resident, person)).isEqualTo(before);
    }

    @Test
    void anUploadedWordCvGivesTheSameKindOfProposals() throws Exception {
        var resident = accounts.with(Role.INWONER, "Cv Uploader");
        passportOf(resident);
        var residentSession = resident.session(mvc);
        mvc.perform(multipart("/paspoort/uit-cv")
                        .file(new MockMultipartFile(
                                "file",
                                "mijn cv.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                DocumentTextTests.docx(CV)))
                        .session(residentSession)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark class=\"evidence\">")))
                .andExpect(content().string(not(containsString("id=\"file-error\""))));
    }

    @Test
    void anAdvisorDoesTheSameForAClientWhoSharedTheirPassportAndNobodyElse() throws Exception {
        var resident = accounts.with(Role.INWONER, "Cliënt Tekst");
        var advisor = accounts.with(Role.ADVISEUR, "Adviseur Tekst");
        var advisorSession = advisor.session(mvc);
        String person = passportOf(resident);
        var residentSession = resident.session(mvc);
        mvc.perform(get("/adviseur/personen/{id}/uit-tekst", person).session(advisorSession))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/persons/{id}/consents/ADVISOR", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grantee\": \"" + advisor.id() + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/adviseur/personen/{id}/uit-tekst", person)
                        .session(advisorSession)
                        .with(csrf())
                        .param("text", CV))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark class=\"evidence\">")));
        PassportProposal proposal = proposals.fromText(CV, null);
        String skill = proposal.skills().getFirst().skill().id();
        mvc.perform(post("/adviseur/personen/{id}/uit-tekst/bevestigen", person)
                        .session(advisorSession)
                        .with(csrf())
                        .param("text", CV)
                        .param("occupationSkills", skill))
                .andExpect(status().is3xxRedirection());
        List<String> skills = JsonPath.read(passportJson(resident, person), "$.skills[*].skill.id");
        assertThat(skills).containsExactly(skill);
    }

    @Test
    void theApiProposesWithoutWritingAndAddsWhatWasConfirmed() throws Exception {
        var resident = accounts.with(Role.INWONER, "Cv Api");
        String person = passportOf(resident);
        var residentSession = resident.session(mvc);
        String before = passportJson(resident, person);
        String proposal = mvc.perform(post("/api/v1/persons/{id}/passport/proposals", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": " + JsonMapper.builder().build().writeValueAsString(CV) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("nl"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(passportJson(resident, person)).isEqualTo(before);
        String occupation = JsonPath.read(proposal, "$.work[0].occupation.id");
        List<String> skillIds = JsonPath.read(proposal, "$.skills[*].skill.id");
        String skill = skillIds.getFirst();
        mvc.perform(post("/api/v1/persons/{id}/passport/confirmations", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"skills": [{"skill": "%s", "source": "WORK_EXPERIENCE"}],
                                 "workHistory": [{"occupation": "%s", "employer": "Damen Shipyards", "fromYear": 2008, "toYear": 2023}]}""".formatted(skill, occupation)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.skills[0].skill.id").value(skill))
                .andExpect(jsonPath("$.workHistory[0].fromYear").value(2008));
        mvc.perform(post("/api/v1/persons/{id}/passport/proposals", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("input.required"));
        var stranger = accounts.with(Role.INWONER, "Vreemde");
        mvc.perform(post("/api/v1/persons/{id}/passport/proposals", person)
                        .with(stranger.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"lasser\"}"))
                .andExpect(status().isNotFound());
    }
}
