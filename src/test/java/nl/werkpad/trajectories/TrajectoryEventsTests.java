package nl.werkpad.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.PassportChanged;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestResident;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.trajectories.domain.Phase;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The passport and trajectories modules announce their changes ({@link PassportChanged}, {@link TrajectoryChanged});
 * matching's change feed and the monitor's flows follow. Spring Modulith {@link Scenario}s on the whole application,
 * so the listeners of the other modules are there to be seen (the shared test context: no Werkpad of its own).
 */
@WerkpadTest
@EnableScenarios
class TrajectoryEventsTests {

    /** Leeuwarden: outside the demo region, so the flows counted here are this test's own. */
    static final String LEEUWARDEN = "GM0080";

    @Autowired
    Passports passports;

    @Autowired
    Trajectories trajectories;

    @Autowired
    Consents consents;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private static SignedInUser signedIn(TestAccounts.TestAccount account, Role role) {
        return TestResident.signedIn(account, role);
    }

    private static PassportInput passport(String name) {
        return TestResident.passport(name, LEEUWARDEN, 20, LabourMarketStatus.EMPLOYED);
    }

    @Test
    void aNewPassportIsAnnouncedAndMatchingsChangeFeedFollows(Scenario scenario) {
        var resident = accounts.with(Role.INWONER, "Paspoort Scenario");
        scenario.stimulate(() -> passports
                        .create(passport(resident.displayName()), signedIn(resident, Role.INWONER))
                        .personId())
                .andWaitForEventOfType(PassportChanged.class)
                .toArriveAndVerify((event, person) -> {
                    assertThat(event.personId()).isEqualTo(person);
                    assertThat(feedEntries("PERSON", person)).isEqualTo(1);
                });
    }

    @Test
    void aStartedTrajectoryIsAnnouncedAndCountedInTheRegionsFlows(Scenario scenario) {
        var advisorAccount = accounts.with(Role.ADVISEUR, "Adviseur Friesland");
        SignedInUser advisor = signedIn(advisorAccount, Role.ADVISEUR);
        var resident = accounts.with(Role.INWONER, "Traject Scenario");
        UUID person = passports
                .create(passport(resident.displayName()), signedIn(resident, Role.INWONER))
                .personId();
        consents.give(person, Purpose.ADVISOR, advisor.accountId(), resident.id());
        long before = started("SCHOOL_LEAVER");

        scenario.stimulate(() -> trajectories.start(person, TrajectoryKind.SCHOOL_LEAVER, null, advisor))
                .andWaitForEventOfType(TrajectoryChanged.class)
                .matching(event -> event.previous() == null)
                .toArriveAndVerify(event -> {
                    assertThat(event.kind()).isEqualTo(TrajectoryKind.SCHOOL_LEAVER);
                    assertThat(event.phase()).isEqualTo(Phase.ORIENTATION);
                    assertThat(started("SCHOOL_LEAVER"))
                            .as("started in the region's flows")
                            .isEqualTo(before + 1);
                });
    }

    /** Trajectories started in Leeuwarden's labour-market region, as the monitor's flows hold them (any week). */
    private long started(String kind) {
        return jdbc.sql("select coalesce(sum(count), 0) from monitor.flow"
                        + " where area = 'AM02' and measure = 'trajectory.started' and key = ?")
                .param(kind)
                .query(Long.class)
                .single();
    }

    private long feedEntries(String kind, UUID entity) {
        return jdbc.sql("select count(*) from matching.change_feed where kind = ? and entity_id = ?")
                .params(kind, entity)
                .query(Long.class)
                .single();
    }
}
