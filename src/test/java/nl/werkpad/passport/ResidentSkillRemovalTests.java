package nl.werkpad.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestResident;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A resident removes one skill on their passport page; the others and everything else in the passport stay. */
@WerkpadTest
class ResidentSkillRemovalTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Passports passports;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void removingOneSkillKeepsTheOtherSkillsAndTheRestOfThePassport() throws Exception {
        TestResident r = TestResident.create(accounts, passports, "Sanne Verwijdert", "GM0361");
        List<String> skills = taxonomy.occupation(WELDER, "en").orElseThrow().essentialSkills().stream()
                .limit(2)
                .map(SkillRef::id)
                .toList();
        PassportInput before = passports.read(r.person(), r.user(), "test").toInput();
        passports.replace(
                r.person(),
                before.withSkills(skills.stream()
                        .map(id -> new PassportInput.SkillEntry(id, SkillSource.WORK_EXPERIENCE, null))
                        .toList()),
                r.user());

        mvc.perform(post("/paspoort/vaardigheden/verwijderen")
                        .param("skill", skills.getFirst())
                        .with(csrf())
                        .session(r.account().session(mvc)))
                .andExpect(redirectedUrl("/paspoort"));

        Passport after = passports.read(r.person(), r.user(), "test");
        assertThat(after.skills()).extracting(s -> s.skill().id()).containsExactly(skills.get(1));
        assertThat(after.name()).isEqualTo("Sanne Verwijdert");
        assertThat(after.municipality().code()).isEqualTo("GM0361");
        assertThat(after.travelKm()).isEqualTo(30);
    }
}
