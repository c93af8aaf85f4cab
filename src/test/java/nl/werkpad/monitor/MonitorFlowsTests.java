package nl.werkpad.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.Passports;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.regions.Regions;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestResident;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.domain.Phase;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Trajectory flows per region from the trajectories' events: suppressed below 10, and a rebuild gives the same. */
@WerkpadTest
class MonitorFlowsTests {

    static final String MAASTRICHT = "GM0935";

    @Autowired
    Monitor monitor;

    @Autowired
    Trajectories trajectories;

    @Autowired
    Passports passports;

    @Autowired
    Consents consents;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Regions regions;

    @Test
    void flowsCountTrajectoriesPerRegionHideSmallNumbersAndRebuildTheSame() {
        var advisorAccount = accounts.with(Role.ADVISEUR, "Adviseur Zuid-Limburg");
        SignedInUser advisor =
                new SignedInUser(advisorAccount.id(), advisorAccount.username(), "Adviseur", Set.of(Role.ADVISEUR));
        for (int i = 0; i < 13; i++) {
            var resident = accounts.with(Role.INWONER, "Inwoner Maastricht " + i);
            UUID person = TestResident.of(resident, passports, MAASTRICHT, 20).person();
            consents.give(person, Purpose.ADVISOR, advisor.accountId(), resident.id());
            var t = trajectories.start(
                    person, i < 11 ? TrajectoryKind.BENEFIT_TO_WORK : TrajectoryKind.SCHOOL_LEAVER, null, advisor);
            if (i < 12) {
                trajectories.move(t.id(), Phase.GUIDANCE, advisor);
            }
        }
        String area = regions.municipality(MAASTRICHT)
                .orElseThrow()
                .labourMarketRegion()
                .code();
        List<Flow> flows = monitor.flows(area, LocalDate.now().minusDays(7), LocalDate.now());
        assertThat(flows).anySatisfy(f -> {
            assertThat(f.measure()).isEqualTo("trajectory.started");
            assertThat(f.key()).isEqualTo("BENEFIT_TO_WORK");
            assertThat(f.count()).isGreaterThanOrEqualTo(11);
        });
        assertThat(flows).anySatisfy(f -> {
            assertThat(f.measure()).isEqualTo("trajectory.started");
            assertThat(f.key()).isEqualTo("SCHOOL_LEAVER");
            assertThat(f.suppressed()).as("2 school leavers: fewer than 10").isTrue();
        });

        List<Flow> regionBefore = monitor.flows(area, LocalDate.now().minusYears(1), LocalDate.now());
        List<Flow> countryBefore = monitor.flows("NL", LocalDate.now().minusYears(1), LocalDate.now());
        monitor.rebuild();
        assertThat(monitor.flows(area, LocalDate.now().minusYears(1), LocalDate.now()))
                .isEqualTo(regionBefore);
        assertThat(monitor.flows("NL", LocalDate.now().minusYears(1), LocalDate.now()))
                .isEqualTo(countryBefore);
    }
}
