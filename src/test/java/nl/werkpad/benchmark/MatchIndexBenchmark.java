package nl.werkpad.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.werkpad.matching.domain.ProfileQuery;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.domain.SkillSpace;
import nl.werkpad.matching.index.MatchIndex;
import nl.werkpad.support.OwnDatabase;
import nl.werkpad.taxonomy.Taxonomy;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The matching index alone, in memory, at the sizes of {@code MatchingBenchmark} ({@code -Dbench.persons},
 * {@code -Dbench.vacancies}), with a market shaped like {@code generate-market}'s (vacancies with 85–100% of an
 * occupation's essential skills, residents with 30–90% plus optional and noise skills, travel radius 10–50 km,
 * 60% findable by employers) over 342 places. Reports the CPU time per query of the searching thread next to the
 * wall time: on a shared machine the wall time mostly measures the other processes. Also checks on 30 queries each
 * way that the fast path returns what scoring everything returns; then a re-match of 20,000 passports on all cores
 * ({@link Rematch}) and the soak of {@code -Dbench.soak} passport updates (default 1,000,000; 0 skips it).
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class MatchIndexBenchmark {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.in(registry);
    }

    @Autowired
    Taxonomy taxonomy;

    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    record Occ(String id, List<String> essential, List<String> optional) {}

    static <T> List<T> part(List<T> list, double min, double max, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        int n = (int) Math.round(copy.size() * (min + random.nextDouble() * (max - min)));
        return copy.subList(0, Math.min(copy.size(), n));
    }

    @Test
    void run() throws Exception {
        List<Occ> occs = new ArrayList<>();
        List<SkillSpace.OccupationSkills> os = new ArrayList<>();
        List<SkillSpace.Link> links = new ArrayList<>();
        for (Taxonomy.OccupationProfile p : taxonomy.occupationProfiles()) {
            os.add(new SkillSpace.OccupationSkills(p.id(), p.essential(), p.optional()));
            if (p.essential().size() >= 3) {
                occs.add(new Occ(p.id(), p.essential(), p.optional()));
            }
        }
        taxonomy.skillLinks().forEach(l -> links.add(new SkillSpace.Link(l.from(), l.to(), l.kind())));
        SkillSpace space = SkillSpace.build(os, links);
        int persons = Integer.getInteger("bench.persons", 200_000);
        int vacancies = Integer.getInteger("bench.vacancies", 40_000);
        Random random = new Random(3);
        double[][] places = new double[342][];
        for (int i = 0; i < places.length; i++) {
            places[i] = new double[] {51.3 + random.nextDouble() * 2.1, 3.8 + random.nextDouble() * 3.0};
        }
        MatchIndex index = new MatchIndex();
        index.useSpace(space);
        List<MatchIndex.VacancyEntry> vs = new ArrayList<>();
        for (int i = 0; i < vacancies; i++) {
            Occ o = occs.get(random.nextInt(occs.size()));
            int[] ess = space.ordinals(part(o.essential(), 0.85, 1.0, random));
            int[] opt = Arrays.stream(space.ordinals(part(o.optional(), 0.3, 0.6, random)))
                    .filter(s -> Arrays.stream(ess).noneMatch(e -> e == s))
                    .toArray();
            double[] at = places[random.nextInt(places.length)];
            MatchIndex.VacancyEntry v = new MatchIndex.VacancyEntry(
                    UUID.randomUUID(), UUID.randomUUID(), "t", o.id(), "GM", at[0], at[1], "JOB", "x", ess, opt);
            index.put(v);
            vs.add(v);
        }
        List<MatchIndex.PersonEntry> ps = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            Occ o = occs.get(random.nextInt(occs.size()));
            List<String> skills = new ArrayList<>(part(o.essential(), 0.3, 0.9, random));
            skills.addAll(part(o.optional(), 0.1, 0.4, random));
            for (int n = random.nextInt(5); n > 0; n--) {
                Occ other = occs.get(random.nextInt(occs.size()));
                skills.add(
                        other.essential().get(random.nextInt(other.essential().size())));
            }
            int[] sk = space.ordinals(skills);
            float[] w = ProfileQuery.weights(space, sk);
            float total = ProfileQuery.total(w);
            double[] at = places[random.nextInt(places.length)];
            MatchIndex.PersonEntry p = new MatchIndex.PersonEntry(
                    UUID.randomUUID(),
                    "GM",
                    at[0],
                    at[1],
                    new int[] {10, 15, 20, 25, 30, 40, 50}[random.nextInt(7)],
                    sk,
                    w,
                    total,
                    Set.of(o.id()),
                    random.nextInt(100) < 60,
                    Set.of());
            index.put(p);
            ps.add(p);
        }
        System.gc();
        Runtime r = Runtime.getRuntime();
        System.out.println("MatchIndexBenchmark heap after GC MiB " + (r.totalMemory() - r.freeMemory()) / 1048576);
        List<MatchIndex.PersonEntry> qp = IntStream.range(0, 300)
                .mapToObj(i -> ps.get(random.nextInt(ps.size())))
                .toList();
        List<MatchIndex.VacancyEntry> qv = IntStream.range(0, 300)
                .mapToObj(i -> vs.get(random.nextInt(vs.size())))
                .toList();
        for (int round = 0; round < 3; round++) {
            double[] a = new double[300];
            double[] b = new double[300];
            for (int i = 0; i < 300; i++) {
                MatchIndex.PersonEntry p = qp.get(i);
                long t = CPU.getCurrentThreadCpuTime();
                index.vacancies(
                        new SkillQuery(space, p.skills(), true),
                        new MatchIndex.Area(p.lat(), p.lon(), p.travelKm()),
                        List.of(),
                        20,
                        p.occupations());
                a[i] = (CPU.getCurrentThreadCpuTime() - t) / 1e6;
                MatchIndex.VacancyEntry v = qv.get(i);
                t = CPU.getCurrentThreadCpuTime();
                ProfileQuery pq0 = new ProfileQuery(space, v.essential(), v.optional());
                index.persons(pq0, v, "employers", 20);
                b[i] = (CPU.getCurrentThreadCpuTime() - t) / 1e6;
            }
            Arrays.sort(a);
            Arrays.sort(b);
            System.out.printf(
                    "MatchIndexBenchmark %,d passports, %,d vacancies, round %d, CPU ms per query: resident → vacancies p50 %.3f "
                            + "p99 %.3f mean %.3f | vacancy → candidates p50 %.3f p99 %.3f mean %.3f (load %s)%n",
                    persons,
                    vacancies,
                    round,
                    a[150],
                    a[296],
                    Arrays.stream(a).average().orElse(0),
                    b[150],
                    b[296],
                    Arrays.stream(b).average().orElse(0),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        int same = 0;
        for (int i = 0; i < 30; i++) {
            MatchIndex.PersonEntry p = qp.get(i);
            SkillQuery q = new SkillQuery(space, p.skills(), true);
            MatchIndex.Area area = new MatchIndex.Area(p.lat(), p.lon(), p.travelKm());
            var f = index.vacancies(q, area, List.of(), 20, p.occupations());
            var e = index.vacanciesExhaustive(q, area, List.of(), 20, p.occupations());
            same += f.equals(e) ? 1 : 0;
            MatchIndex.VacancyEntry v = qv.get(i);
            ProfileQuery pq = new ProfileQuery(space, v.essential(), v.optional());
            same += index.persons(pq, v, "employers", 20).equals(index.personsExhaustive(pq, v, "employers", 20))
                    ? 1
                    : 0;
        }
        System.out.println("MatchIndexBenchmark: fast path = scoring everything in " + same + " of 60 queries");
        Assertions.assertThat(same).isEqualTo(60);

        List<MatchIndex.PersonEntry> sample = IntStream.range(0, Math.min(20_000, ps.size()))
                .mapToObj(i -> ps.get(random.nextInt(ps.size())))
                .toList();
        Rematch.of(index, space, sample.subList(0, Math.min(2_000, sample.size()))); // warm-up
        System.out.println(
                "MatchIndexBenchmark " + Rematch.of(index, space, sample).line() + " (load "
                        + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ")");
        int soak = Integer.getInteger("bench.soak", 1_000_000);
        if (soak > 0) {
            Soak.run(index, space, sample, soak).forEach(line -> System.out.println("MatchIndexBenchmark " + line));
        }
    }
}
