package nl.werkpad.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.werkpad.matching.domain.ProfileQuery;
import nl.werkpad.matching.domain.SkillSpace;
import nl.werkpad.matching.index.MatchIndex;

/** The soak step of the matching benchmarks (issue 21 item 2): replaced index entries must release their memory. */
final class Soak {

    private Soak() {}

    /**
     * {@code updates} updates of passports in the index (one skill swapped for another, the entry replaced), with the
     * heap after a full GC every tenth of the way: replaced entries must release their memory.
     */
    static List<String> run(MatchIndex index, SkillSpace space, List<MatchIndex.PersonEntry> sample, int updates) {
        List<String> lines = new ArrayList<>();
        lines.add("Soak: %,d passport updates in the index (a skill swapped, the entry replaced); heap after GC:"
                .formatted(updates));
        lines.add("");
        lines.add("| updates | heap after GC MiB | slots (persons) |");
        lines.add("|---|---|---|");
        Random random = new Random(17);
        int step = Math.max(1, updates / 10);
        long start = System.nanoTime();
        for (int u = 0; u <= updates; u++) {
            if (u % step == 0) {
                System.gc();
                lines.add("| %,d | %,d | %,d |"
                        .formatted(u, usedHeap() / (1024 * 1024), index.sizes().get("persons")));
            }
            if (u == updates) {
                break;
            }
            MatchIndex.PersonEntry p =
                    index.person(sample.get(random.nextInt(sample.size())).id()).orElseThrow();
            int[] skills = p.skills().clone();
            if (skills.length > 0) {
                skills[random.nextInt(skills.length)] = random.nextInt(space.size());
            }
            skills = Arrays.stream(skills).distinct().toArray();
            float[] weights = ProfileQuery.weights(space, skills);
            float total = ProfileQuery.total(weights);
            index.put(new MatchIndex.PersonEntry(
                    p.id(),
                    p.municipality(),
                    p.lat(),
                    p.lon(),
                    p.travelKm(),
                    skills,
                    weights,
                    total,
                    p.occupations(),
                    p.employers(),
                    p.advisors()));
        }
        lines.add("");
        lines.add("%,d updates in %.1f s.".formatted(updates, (System.nanoTime() - start) / 1e9));
        return lines;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
