package nl.werkpad.regions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.werkpad.regions.GeoPoint;
import org.junit.jupiter.api.Test;

class DistancesTests {

    @Test
    void isZeroForTheSamePoint() {
        GeoPoint utrecht = new GeoPoint(52.0907, 5.1214);
        assertThat(Distances.km(utrecht, utrecht)).isZero();
    }

    @Test
    void matchesAKnownDistance() {
        // Groningen to Maastricht: about 268 km as the crow flies
        assertThat(Distances.km(new GeoPoint(53.2194, 6.5665), new GeoPoint(50.8514, 5.6910)))
                .isCloseTo(268, within(3.0));
    }

    @Test
    void isSymmetric() {
        GeoPoint a = new GeoPoint(52.63, 4.75);
        GeoPoint b = new GeoPoint(52.37, 4.90);
        assertThat(Distances.km(a, b)).isEqualTo(Distances.km(b, a));
    }

    @Test
    void foldsNamesForSearching() {
        assertThat(SearchText.fold("Súdwest-Fryslân")).isEqualTo("sudwest fryslan");
    }
}
