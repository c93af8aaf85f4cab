package nl.werkpad.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.werkpad.matching.RegionalTension;
import nl.werkpad.matching.Route;
import nl.werkpad.taxonomy.OccupationRef;
import org.junit.jupiter.api.Test;

class RouteReserveTests {

    private static Route route(String name, double rank, RegionalTension.Shortage shortage, boolean green) {
        return new Route(new OccupationRef(name, null, name, "nl"), 50, 1, rank, List.of(), null, shortage, green);
    }

    @Test
    void twoPlacesGoToTheEnergyTransitionWhenThereIsARouteToIt() {
        var byRank = List.of(
                route("welder A", 0.9, null, false),
                route("welder B", 0.8, RegionalTension.Shortage.VERY_TIGHT, false),
                route("brazier", 0.7, null, false),
                route("solar installer", 0.3, null, true),
                route("heat pumps", 0.2, RegionalTension.Shortage.TIGHT, true),
                route("wind", 0.1, null, true));
        var chosen = RouteFinder.reserve(byRank, 3);
        assertThat(chosen)
                .extracting(r -> r.occupation().id())
                .containsExactly("welder A", "solar installer", "heat pumps");
        // with room for all, the order is the rank
        assertThat(RouteFinder.reserve(byRank, 6))
                .extracting(r -> r.occupation().id())
                .containsExactly("welder A", "welder B", "brazier", "solar installer", "heat pumps", "wind");
        // nothing wanted: nothing is replaced
        assertThat(RouteFinder.reserve(byRank.subList(0, 3), 2))
                .extracting(r -> r.occupation().id())
                .containsExactly("welder A", "welder B");
    }
}
