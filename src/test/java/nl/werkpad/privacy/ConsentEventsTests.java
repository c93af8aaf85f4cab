package nl.werkpad.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The privacy module on its own (with the shared kernel for its database): giving and withdrawing a consent announces
 * it, so the read models that show people to others (matching's candidates, the monitor's counts) can follow.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
// the readiness group names the matching index, which is not part of this module's context
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class ConsentEventsTests {

    @Autowired
    Consents consents;

    @Test
    void givingAConsentAnnouncesItForThatPersonPurposeAndGrantee(Scenario scenario) {
        UUID person = UUID.randomUUID();
        UUID advisor = UUID.randomUUID();
        scenario.stimulate(() -> consents.give(person, Purpose.ADVISOR, advisor, person))
                .andWaitForEventOfType(ConsentChanged.class)
                .matching(event -> event.subjectId().equals(person))
                .toArriveAndVerify(event -> {
                    assertThat(event).isEqualTo(new ConsentChanged(person, Purpose.ADVISOR, advisor, true));
                    assertThat(consents.has(person, Purpose.ADVISOR, advisor)).isTrue();
                });
    }

    @Test
    void withdrawingEveryConsentAnnouncesEachOne(Scenario scenario) {
        UUID person = UUID.randomUUID();
        UUID advisor = UUID.randomUUID();
        consents.give(person, Purpose.ADVISOR, advisor, person);
        consents.give(person, Purpose.ANONYMOUS_STATISTICS, null, person);
        scenario.stimulate(() -> consents.withdrawAll(person, person))
                .andWaitForEventOfType(ConsentChanged.class)
                .matching(event -> event.subjectId().equals(person)
                        && event.purpose() == Purpose.ANONYMOUS_STATISTICS
                        && !event.given())
                .toArriveAndVerify(event -> {
                    assertThat(consents.current(person)).isEmpty();
                    assertThat(consents.has(person, Purpose.ADVISOR, advisor)).isFalse();
                });
    }
}
