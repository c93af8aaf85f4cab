package nl.werkpad.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How close one occupation is to another, for routes from work to work: someone with all of the first
 * occupation's skills scored against the second occupation's profile, with the same scorer as a person
 * against a vacancy (so partial credit and transversal skills count the same way).
 */
public final class OccupationRoutes {

    /** An occupation by its skills, as ordinals of one space. */
    public record Profile(String id, int[] essential, int[] optional) {
        public int[] all() {
            return IntStream.concat(Arrays.stream(essential), Arrays.stream(optional))
                    .distinct()
                    .toArray();
        }
    }

    public record Route(Profile to, double closeness) {}

    private final SkillSpace space;
    private final List<Profile> profiles;

    public OccupationRoutes(SkillSpace space, List<Profile> profiles) {
        this.space = space;
        this.profiles = List.copyOf(profiles);
    }

    /** The closest other occupations for someone with these skills, best first. */
    public List<Route> closest(SkillQuery from, String excludeId, int limit) {
        List<Route> routes = new ArrayList<>();
        for (Profile p : profiles) {
            if (!p.id().equals(excludeId)) {
                double c = MatchScorer.score(from, p.essential(), p.optional());
                if (c > 0) {
                    routes.add(new Route(p, c));
                }
            }
        }
        routes.sort(Comparator.comparingDouble(Route::closeness).reversed());
        return routes.subList(0, Math.min(limit, routes.size()));
    }

    /** The closest occupations to one occupation (someone who has all its skills). */
    public List<Route> closest(Profile from, int limit) {
        return closest(new SkillQuery(space, from.all(), true), from.id(), limit);
    }

    public List<Profile> profiles() {
        return profiles;
    }
}
