package nl.werkpad.organisations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.shared.Decision;
import org.junit.jupiter.api.Test;

class OrganisationRulesTests {

    private static NewOrganisation school(String kvk, String level) {
        return new NewOrganisation(
                kvk,
                "Regio College",
                OrganisationKind.SCHOOL,
                level,
                "P",
                null,
                List.of(new NewOrganisation.NewSite(null, "GM0361")));
    }

    @Test
    void acceptsEightDigitsOrNoKvkNumber() {
        assertThat(OrganisationRules.kvkNumber("12345678").isAllowed()).isTrue();
        assertThat(OrganisationRules.kvkNumber(null).isAllowed()).isTrue();
    }

    @Test
    void rejectsOtherKvkNumbers() {
        for (String bad : List.of("1234567", "123456789", "1234567a", "12 345 678")) {
            assertThat(OrganisationRules.kvkNumber(bad)).isInstanceOf(Decision.Rejected.class);
        }
    }

    @Test
    void onlySchoolsHaveALevelAndOnlyTheFourLevels() {
        assertThat(OrganisationRules.check(school("12345678", "MBO"))).isEmpty();
        assertThat(OrganisationRules.check(school("12345678", "MAVO")))
                .extracting(Decision.Rejected::rule)
                .containsExactly("organisation.level-invalid");
        var employerWithLevel = new NewOrganisation(
                null,
                "Bedrijf",
                OrganisationKind.EMPLOYER,
                "HBO",
                null,
                null,
                List.of(new NewOrganisation.NewSite(null, "GM0361")));
        assertThat(OrganisationRules.check(employerWithLevel))
                .extracting(Decision.Rejected::rule)
                .containsExactly("organisation.level-for-schools");
    }

    @Test
    void needsASite() {
        var noSite = new NewOrganisation(null, "Bedrijf", OrganisationKind.EMPLOYER, null, null, null, List.of());
        assertThat(OrganisationRules.check(noSite))
                .extracting(Decision.Rejected::rule)
                .containsExactly("organisation.site-required");
    }
}
