package nl.werkpad.fund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each rule type on its own, with the facts that pass it and the facts that fail it. */
class FundingRuleTests {

    static Applicant resident(Integer age, String status, Set<String> groups) {
        return new Applicant(age, "GM0432", "AM15", "PV27", status, groups, null);
    }

    static final Applicant ADULT = resident(40, "JOB_SEEKER", Set.of());
    static final OfferFacts COURSE = new OfferFacts(100_000, true, Set.of("digital"), "7212");

    static SourceTerms terms(long personUsed, long providerUsed) {
        return new SourceTerms(
                UUID.randomUUID(),
                "s",
                1,
                SourceMode.PER_VOUCHER,
                List.of(),
                1_000_000,
                personUsed,
                providerUsed,
                true);
    }

    @Test
    void residenceMatchesAnyOfMunicipalityRegionOrProvince() {
        assertThat(new FundingRule.Residence(List.of("GM0432"), null, null)
                        .check(ADULT, COURSE)
                        .passed())
                .isTrue();
        assertThat(new FundingRule.Residence(null, List.of("AM15"), null)
                        .check(ADULT, COURSE)
                        .passed())
                .isTrue();
        assertThat(new FundingRule.Residence(null, null, List.of("PV27"))
                        .check(ADULT, COURSE)
                        .passed())
                .isTrue();
        assertThat(new FundingRule.Residence(List.of("GM0363"), List.of("AM18"), List.of("PV26"))
                        .check(ADULT, COURSE)
                        .passed())
                .isFalse();
        assertThat(new FundingRule.Residence(null, null, null).invalidBecause()).isPresent();
    }

    @Test
    void ageHasInclusiveBoundsAndFailsWithoutABirthDate() {
        assertThat(new FundingRule.Age(18, 40).check(ADULT, COURSE).passed()).isTrue();
        assertThat(new FundingRule.Age(41, null).check(ADULT, COURSE).passed()).isFalse();
        assertThat(new FundingRule.Age(null, 39).check(ADULT, COURSE).passed()).isFalse();
        assertThat(new FundingRule.Age(18, null)
                        .check(resident(null, "JOB_SEEKER", Set.of()), COURSE)
                        .passed())
                .isFalse();
        assertThat(new FundingRule.Age(30, 20).invalidBecause()).isPresent();
    }

    @Test
    void statusAndTargetGroupMustBeAmongTheListed() {
        assertThat(new FundingRule.Status(Set.of("JOB_SEEKER", "EMPLOYED_AT_RISK"))
                        .check(ADULT, COURSE)
                        .passed())
                .isTrue();
        assertThat(new FundingRule.Status(Set.of("EMPLOYED"))
                        .check(ADULT, COURSE)
                        .passed())
                .isFalse();
        var starter = resident(19, "JOB_SEEKER", Set.of("no-starting-qualification"));
        assertThat(new FundingRule.TargetGroup(Set.of("no-starting-qualification"))
                        .check(starter, COURSE)
                        .passed())
                .isTrue();
        assertThat(new FundingRule.TargetGroup(Set.of("no-starting-qualification"))
                        .check(ADULT, COURSE)
                        .passed())
                .isFalse();
    }

    @Test
    void employerSectorOnlyPassesForAnEmployerOfThatSector() {
        var viaEmployer = new Applicant(40, "GM0432", "AM15", "PV27", "EMPLOYED", Set.of(), "C");
        assertThat(new FundingRule.EmployerSector(Set.of("C", "F"))
                        .check(viaEmployer, COURSE)
                        .passed())
                .isTrue();
        assertThat(new FundingRule.EmployerSector(Set.of("Q"))
                        .check(viaEmployer, COURSE)
                        .passed())
                .isFalse();
        assertThat(new FundingRule.EmployerSector(Set.of("C"))
                        .check(ADULT, COURSE)
                        .passed())
                .isFalse();
    }

    @Test
    void offerConditionsLookAtRegisterShortageAndCollections() {
        var unregistered = new OfferFacts(100_000, false, Set.of(), null);
        assertThat(new FundingRule.OnRegister().check(ADULT, COURSE).passed()).isTrue();
        assertThat(new FundingRule.OnRegister().check(ADULT, unregistered).passed())
                .isFalse();
        assertThat(new FundingRule.ShortageOccupation(List.of("72", "31"))
                        .check(ADULT, COURSE)
                        .passed())
                .isTrue();
        assertThat(new FundingRule.ShortageOccupation(List.of("25"))
                        .check(ADULT, COURSE)
                        .passed())
                .isFalse();
        assertThat(new FundingRule.ShortageOccupation(List.of("72"))
                        .check(ADULT, unregistered)
                        .passed())
                .as("no target")
                .isFalse();
        assertThat(new FundingRule.SkillCollection("digital")
                        .check(ADULT, COURSE)
                        .passed())
                .isTrue();
        assertThat(new FundingRule.SkillCollection("green").check(ADULT, COURSE).passed())
                .isFalse();
    }

    @Test
    void limitsCapTheShareThePersonYearAndTheProviderYear() {
        assertThat(new FundingRule.MaxShare(50).maximum(COURSE, terms(0, 0))).isEqualTo(50_000);
        assertThat(new FundingRule.MaxShare(0).invalidBecause()).isPresent();
        assertThat(new FundingRule.MaxPerVoucher(30_000).maximum(COURSE, terms(0, 0)))
                .isEqualTo(30_000);
        assertThat(new FundingRule.MaxPerPersonYear(150_000).maximum(COURSE, terms(120_000, 0)))
                .isEqualTo(30_000);
        assertThat(new FundingRule.MaxPerPersonYear(150_000).maximum(COURSE, terms(200_000, 0)))
                .isZero();
        assertThat(new FundingRule.MaxPerProviderYear(1_000_000).maximum(COURSE, terms(0, 990_000)))
                .isEqualTo(10_000);
    }

    @Test
    void theOwnContributionIsTheHigherOfAmountAndShareButNeverMoreThanTheCost() {
        assertThat(new FundingRule.OwnContribution(5_000, 10).floor(100_000)).isEqualTo(10_000);
        assertThat(new FundingRule.OwnContribution(25_000, 10).floor(100_000)).isEqualTo(25_000);
        assertThat(new FundingRule.OwnContribution(25_000, 0).floor(10_000)).isEqualTo(10_000);
    }
}
