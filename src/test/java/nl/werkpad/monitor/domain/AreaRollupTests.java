package nl.werkpad.monitor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.werkpad.regions.GeoPoint;
import nl.werkpad.regions.LabourMarketRegion;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Province;
import org.junit.jupiter.api.Test;

/** The one rule for which areas a figure counts in, used by the counters, their rebuild in SQL and the flows. */
class AreaRollupTests {

    private static final Province NOORD_HOLLAND = new Province("PV27", "Noord-Holland");
    private static final Province UTRECHT = new Province("PV26", "Utrecht");

    @Test
    void aMunicipalityCountsInItsRegionItsProvinceAndTheCountry() {
        var alkmaar = new Municipality(
                "GM0361",
                "Alkmaar",
                NOORD_HOLLAND,
                new Municipality.Region("AM15", "Noord-Holland Noord"),
                new GeoPoint(52.6, 4.7));
        assertThat(AreaRollup.ofMunicipality(Optional.of(alkmaar))).containsExactly("AM15", "PV27", "NL");
        assertThat(AreaRollup.ofMunicipality(Optional.empty())).containsExactly("NL");
    }

    @Test
    void aRegionCountsInAProvinceOnlyWhenItLiesWhollyInIt() {
        var inOne = new LabourMarketRegion("AM15", "Noord-Holland Noord", List.of(NOORD_HOLLAND), List.of());
        var acrossBorder = new LabourMarketRegion("AM99", "Grensregio", List.of(NOORD_HOLLAND, UTRECHT), List.of());
        assertThat(AreaRollup.ofRegion("AM15", Optional.of(inOne))).containsExactly("AM15", "PV27", "NL");
        assertThat(AreaRollup.ofRegion("AM99", Optional.of(acrossBorder))).containsExactly("AM99", "NL");
        assertThat(AreaRollup.ofRegion("AM77", Optional.empty())).containsExactly("AM77", "NL");
        assertThat(AreaRollup.ofRegion(null, Optional.empty())).containsExactly("NL");
    }
}
