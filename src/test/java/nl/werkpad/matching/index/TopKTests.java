package nl.werkpad.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.werkpad.matching.domain.ProfileQuery;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.domain.SkillSpace;
import org.junit.jupiter.api.Test;

/**
 * The fast top-k (bounds, early stop) against scoring everything, on random markets: the same entries in the same
 * order with the same scores, in both directions, before and after many entries are replaced or removed; and
 * replaced entries give their slot back.
 */
class TopKTests {

    private static final int SKILLS = 600;
    private static final int OCCUPATIONS = 150;

    private final Random random = new Random(21);
    private final List<SkillSpace.OccupationSkills> occupations = new ArrayList<>();
    private SkillSpace space = space();
    private final List<double[]> places = IntStream.range(0, 25)
            .mapToObj(i -> new double[] {51 + random.nextDouble() * 2, 4 + random.nextDouble() * 3})
            .toList();

    private SkillSpace space() {
        List<SkillSpace.OccupationSkills> list = new ArrayList<>();
        for (int o = 0; o < OCCUPATIONS; o++) {
            Set<String> essential = new HashSet<>();
            Set<String> optional = new HashSet<>();
            essential.add("s" + random.nextInt(5)); // a few transversal skills
            int size = 3 + random.nextInt(15);
            int base = random.nextInt(SKILLS - 40);
            while (essential.size() < size) {
                essential.add("s" + (base + random.nextInt(40)));
            }
            while (optional.size() < random.nextInt(10)) {
                String s = "s" + random.nextInt(SKILLS);
                if (!essential.contains(s)) {
                    optional.add(s);
                }
            }
            list.add(new SkillSpace.OccupationSkills("o" + o, List.copyOf(essential), List.copyOf(optional)));
        }
        occupations.addAll(list);
        List<SkillSpace.Link> links = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            links.add(new SkillSpace.Link(
                    "s" + random.nextInt(SKILLS), "s" + random.nextInt(SKILLS), i % 2 == 0 ? "broader" : "optional"));
        }
        return SkillSpace.build(list, links);
    }

    private int[] someSkills(int count) {
        return IntStream.generate(() -> space.ordinal("s" + random.nextInt(SKILLS)))
                .filter(s -> s >= 0)
                .distinct()
                .limit(count)
                .toArray();
    }

    /** Mostly skills of one occupation (as real profiles are), some of any. */
    private int[] profile(int o, int count) {
        List<String> own = new ArrayList<>(occupations.get(o).essential());
        own.addAll(occupations.get(o).optional());
        Collections.shuffle(own, random);
        IntStream mine = own.stream().limit(Math.max(1, count * 3 / 4)).mapToInt(space::ordinal);
        return IntStream.concat(mine, IntStream.of(someSkills(count / 4 + 1)))
                .distinct()
                .toArray();
    }

    private MatchIndex.VacancyEntry vacancy(UUID id) {
        int o = random.nextInt(OCCUPATIONS);
        int[] essential =
                random.nextInt(5) == 0 ? someSkills(2 + random.nextInt(20)) : profile(o, 2 + random.nextInt(20));
        int[] optional = IntStream.of(someSkills(random.nextInt(12)))
                .filter(s -> IntStream.of(essential).noneMatch(e -> e == s))
                .toArray();
        double[] at = places.get(random.nextInt(places.size()));
        return new MatchIndex.VacancyEntry(
                id,
                UUID.randomUUID(),
                "v",
                "o" + o,
                "GM" + o,
                at[0],
                at[1],
                random.nextBoolean() ? "JOB" : "INTERNSHIP",
                "x",
                essential,
                optional);
    }

    private MatchIndex.PersonEntry person(UUID id) {
        int[] skills = random.nextInt(5) == 0
                ? someSkills(1 + random.nextInt(25))
                : profile(random.nextInt(OCCUPATIONS), 1 + random.nextInt(25));
        double[] at = places.get(random.nextInt(places.size()));
        float[] weights = ProfileQuery.weights(space, skills);
        float total = ProfileQuery.total(weights);
        return new MatchIndex.PersonEntry(
                id,
                "GM",
                at[0],
                at[1],
                10 + random.nextInt(200),
                skills,
                weights,
                total,
                random.nextInt(3) == 0 ? Set.of("o" + random.nextInt(OCCUPATIONS)) : Set.of(),
                random.nextInt(5) > 0,
                Set.of());
    }

    @Test
    void fastTopKEqualsScoringEverythingBeforeAndAfterUpdates() {
        MatchIndex index = new MatchIndex();
        index.useSpace(space);
        List<UUID> vacancyIds =
                IntStream.range(0, 3000).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> personIds =
                IntStream.range(0, 5000).mapToObj(i -> UUID.randomUUID()).toList();
        vacancyIds.forEach(id -> index.put(vacancy(id)));
        personIds.forEach(id -> index.put(person(id)));
        compare(index, vacancyIds, personIds);
        for (int i = 0; i < 6000; i++) {
            if (random.nextInt(10) == 0) {
                index.removePerson(personIds.get(random.nextInt(personIds.size())));
                index.removeVacancy(vacancyIds.get(random.nextInt(vacancyIds.size())));
            } else {
                index.put(person(personIds.get(random.nextInt(personIds.size()))));
                index.put(vacancy(vacancyIds.get(random.nextInt(vacancyIds.size()))));
            }
        }
        compare(index, vacancyIds, personIds);
    }

    private void compare(MatchIndex index, List<UUID> vacancyIds, List<UUID> personIds) {
        int compared = 0;
        for (int q = 0; q < 300; q++) {
            MatchIndex.PersonEntry p = index.person(personIds.get(random.nextInt(personIds.size())))
                    .orElse(null);
            if (p != null) {
                SkillQuery query = new SkillQuery(space, p.skills(), random.nextInt(4) > 0);
                MatchIndex.Area area = new MatchIndex.Area(p.lat(), p.lon(), 5 + random.nextInt(250));
                List<String> kinds = random.nextInt(4) == 0 ? List.of("JOB") : List.of();
                Set<String> worked = random.nextBoolean() ? Set.of("o" + random.nextInt(OCCUPATIONS)) : Set.of();
                int limit = 1 + random.nextInt(30);
                List<MatchIndex.Hit<MatchIndex.VacancyEntry>> fast = index.vacancies(query, area, kinds, limit, worked);
                assertSame(fast, index.vacanciesExhaustive(query, area, kinds, limit, worked));
                compared += fast.size();
            }
            MatchIndex.VacancyEntry v = index.vacancy(vacancyIds.get(random.nextInt(vacancyIds.size())))
                    .orElse(null);
            if (v != null) {
                ProfileQuery query = new ProfileQuery(space, v.essential(), v.optional());
                int limit = 1 + random.nextInt(30);
                List<MatchIndex.Hit<MatchIndex.PersonEntry>> fast = index.persons(query, v, "employers", limit);
                assertSame(fast, index.personsExhaustive(query, v, "employers", limit));
                compared += fast.size();
            }
        }
        assertThat(compared).as("hits compared").isGreaterThan(3000);
    }

    private static <E> void assertSame(List<MatchIndex.Hit<E>> fast, List<MatchIndex.Hit<E>> exact) {
        assertThat(fast).hasSameSizeAs(exact);
        for (int i = 0; i < fast.size(); i++) {
            assertThat(fast.get(i).entry()).isSameAs(exact.get(i).entry());
            assertThat(fast.get(i).score()).isEqualTo(exact.get(i).score());
            assertThat(fast.get(i).distanceKm()).isEqualTo(exact.get(i).distanceKm());
        }
    }

    /**
     * A space where partial credit is everywhere, as in ESCO: the skills of each occupation hang under a few broader
     * skills (so they are siblings of each other) and many pairs are related; the bounds on what close skills can
     * still add are then what decides what a search reads.
     */
    private SkillSpace closeSkillSpace() {
        occupations.clear();
        space();
        List<SkillSpace.Link> links = new ArrayList<>();
        for (SkillSpace.OccupationSkills o : occupations) {
            for (String skill : o.essential()) {
                links.add(new SkillSpace.Link(skill, "group" + random.nextInt(SKILLS / 8), "broader"));
            }
        }
        for (int i = 0; i < 1500; i++) {
            int from = random.nextInt(SKILLS - 40);
            links.add(new SkillSpace.Link("s" + from, "s" + (from + random.nextInt(40)), "related"));
        }
        return SkillSpace.build(occupations, links);
    }

    /** Many entries of few occupations at few places: θ is high, so the fast path stops early and skips close skills. */
    private MatchIndex crowdedMarket(List<UUID> vacancyIds, List<UUID> personIds) {
        space = closeSkillSpace();
        MatchIndex index = new MatchIndex();
        index.useSpace(space);
        vacancyIds.forEach(id -> index.put(vacancy(id)));
        personIds.forEach(id -> index.put(person(id)));
        return index;
    }

    @Test
    void fastTopKEqualsScoringEverythingWhenCloseSkillsAreEverywhere() {
        List<UUID> vacancyIds =
                IntStream.range(0, 2500).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> personIds =
                IntStream.range(0, 5000).mapToObj(i -> UUID.randomUUID()).toList();
        MatchIndex index = crowdedMarket(vacancyIds, personIds);
        compare(index, vacancyIds, personIds);
        for (int i = 0; i < 2000; i++) {
            index.put(person(personIds.get(random.nextInt(personIds.size()))));
            index.put(vacancy(vacancyIds.get(random.nextInt(vacancyIds.size()))));
        }
        compare(index, vacancyIds, personIds);
    }

    /**
     * Every bound a search may take of an entry — after any number of the query's skills are read, of an entry met
     * and of one not met yet — is at least the entry's exact score: the fast path can only leave out entries that
     * could not make the top k. Fails when a bound is made too tight (as the equality tests may not, by luck).
     */
    @Test
    void boundsAreNeverBelowTheExactScore() {
        List<UUID> vacancyIds =
                IntStream.range(0, 1500).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> personIds =
                IntStream.range(0, 3000).mapToObj(i -> UUID.randomUUID()).toList();
        MatchIndex index = crowdedMarket(vacancyIds, personIds);
        int checked = 0;
        int partial = 0;
        for (int q = 0; q < 60; q++) {
            MatchIndex.PersonEntry p = index.person(personIds.get(random.nextInt(personIds.size())))
                    .orElseThrow();
            SkillQuery query = new SkillQuery(space, p.skills(), random.nextInt(4) > 0);
            MatchIndex.Area area = new MatchIndex.Area(p.lat(), p.lon(), 50 + random.nextInt(200));
            Set<String> worked = random.nextBoolean() ? Set.of("o" + random.nextInt(OCCUPATIONS)) : Set.of();
            MatchIndex.VacancyEntry v = index.vacancy(vacancyIds.get(random.nextInt(vacancyIds.size())))
                    .orElseThrow();
            ProfileQuery profile = new ProfileQuery(space, v.essential(), v.optional());
            for (int e = 0; e < 60; e++) {
                UUID vacancy = vacancyIds.get(random.nextInt(vacancyIds.size()));
                var bounds = index.vacancyBounds(query, area, worked, vacancy);
                if (bounds.isPresent()) {
                    checked += assertAbove(bounds.get());
                    partial += hasPartialCredit(query, index.vacancy(vacancy).orElseThrow()) ? 1 : 0;
                }
                var personBounds = index.personBounds(profile, v, personIds.get(random.nextInt(personIds.size())));
                if (personBounds.isPresent()) {
                    checked += assertAbove(personBounds.get());
                }
            }
        }
        assertThat(checked).as("bounds checked").isGreaterThan(50_000);
        assertThat(partial).as("entries with partial credit").isGreaterThan(300);
    }

    private static int assertAbove(MatchIndex.BoundCheck check) {
        if (!(check.exact() > 0)) {
            return 0;
        }
        for (int j = 0; j < check.bounds().length; j++) {
            // the margin the search gives every bound against rounding
            assertThat(check.bounds()[j][0] * (1 + 1e-5) + 1e-9)
                    .as("bound after reading %d skills", j)
                    .isGreaterThanOrEqualTo(check.exact());
            if (!Double.isNaN(check.bounds()[j][1])) {
                assertThat(check.bounds()[j][1] * (1 + 1e-5) + 1e-9)
                        .as("bound of an entry not met after reading %d skills", j)
                        .isGreaterThanOrEqualTo(check.exact());
            }
        }
        return check.bounds().length;
    }

    private static boolean hasPartialCredit(SkillQuery query, MatchIndex.VacancyEntry v) {
        return IntStream.concat(IntStream.of(v.essential()), IntStream.of(v.optional()))
                .anyMatch(r -> query.credit(r) > 0 && query.credit(r) < 1);
    }

    @Test
    void replacedEntriesGiveTheirSlotBack() {
        MatchIndex index = new MatchIndex();
        index.useSpace(space);
        List<UUID> ids =
                IntStream.range(0, 500).mapToObj(i -> UUID.randomUUID()).toList();
        ids.forEach(id -> index.put(person(id)));
        int slots = index.personSlots();
        for (int round = 0; round < 20; round++) {
            ids.forEach(id -> index.put(person(id)));
        }
        ids.subList(0, 100).forEach(index::removePerson);
        ids.subList(0, 100).forEach(id -> index.put(person(id)));
        assertThat(index.personSlots()).isEqualTo(slots).isEqualTo(500);
        assertThat(index.sizes().get("persons")).isEqualTo(500);
    }
}
