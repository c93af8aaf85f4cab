package nl.werkpad.trajectories.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleBiFunction;

/**
 * Proposes pairs of a surplus (offer) and a shortage (request) of different employers: the share of the request's
 * essential skills the offered people have, within a distance, best first.
 */
public final class ExchangePairs {

    public record Side(UUID id, UUID employer, String municipality, Set<String> skills) {}

    public record Pair(UUID offer, UUID request, double overlap, double distanceKm) {}

    private ExchangePairs() {}

    public static List<Pair> propose(
            List<Side> offers,
            List<Side> requests,
            ToDoubleBiFunction<String, String> distanceKm,
            double maxKm,
            double minOverlap) {
        return offers.stream()
                .flatMap(o -> requests.stream()
                        .filter(r -> !r.employer().equals(o.employer()))
                        .map(r -> {
                            long shared = r.skills().stream()
                                    .filter(o.skills()::contains)
                                    .count();
                            double overlap = r.skills().isEmpty()
                                    ? 0
                                    : (double) shared / r.skills().size();
                            return new Pair(
                                    o.id(),
                                    r.id(),
                                    overlap,
                                    distanceKm.applyAsDouble(o.municipality(), r.municipality()));
                        }))
                .filter(p -> p.overlap() >= minOverlap && p.distanceKm() <= maxKm)
                .sorted(Comparator.comparingDouble(Pair::overlap).reversed().thenComparingDouble(Pair::distanceKm))
                .toList();
    }
}
