package nl.werkpad.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.domain.SkillSpace;
import nl.werkpad.matching.index.MatchIndex;

/**
 * A full re-match (issue 5's goal: every passport's top 20, ≥ 1,000 passports/s on 2 cores), on all cores: per
 * passport what {@code GET /api/v1/persons/{id}/matches} computes — the person's skills prepared, the top 20 open
 * vacancies within their travel radius with their work history counted, and per hit the explanation and the fit —
 * without the page's labels and without reading the passport from PostgreSQL (a re-match streams the passports it
 * already holds in the index). Measured as wall clock and as CPU time of the working threads: on a shared machine
 * the CPU time tells what 2 free cores would do.
 */
record Rematch(int passports, long hits, double wallSeconds, double cpuSeconds, int cores) {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    static Rematch of(MatchIndex index, SkillSpace space, List<MatchIndex.PersonEntry> persons) {
        AtomicLong hits = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        persons.parallelStream().forEach(p -> {
            long t = CPU.getCurrentThreadCpuTime();
            hits.addAndGet(matches(index, space, p));
            cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - t);
        });
        return new Rematch(
                persons.size(),
                hits.get(),
                (System.nanoTime() - start) / 1e9,
                cpuNanos.get() / 1e9,
                Runtime.getRuntime().availableProcessors());
    }

    /** One passport's matches as the API computes them; returns how many. */
    static int matches(MatchIndex index, SkillSpace space, MatchIndex.PersonEntry p) {
        SkillQuery q = new SkillQuery(space, p.skills(), true);
        List<MatchIndex.Hit<MatchIndex.VacancyEntry>> found =
                index.vacancies(q, new MatchIndex.Area(p.lat(), p.lon(), p.travelKm()), List.of(), 20, p.occupations());
        double check = 0;
        for (MatchIndex.Hit<MatchIndex.VacancyEntry> h : found) {
            MatchIndex.VacancyEntry v = h.entry();
            check += MatchScorer.explain(q, v.essential(), v.optional()).coverage();
            check += q.essentialShare(v.essential());
        }
        return check >= 0 ? found.size() : 0;
    }

    /** Passports per second of CPU time per core: what {@link #cores} cores do when nothing else runs. */
    double perSecondOnFreeCores() {
        return passports / (cpuSeconds / cores);
    }

    String line() {
        return ("Re-match of %,d passports (top 20 each, %,d hits, with explanations) on %d cores: %.1f s wall clock = %,.0f "
                        + "passports/s; %.1f CPU s = %.3f ms CPU per passport = %,.0f passports/s on %d free cores.")
                .formatted(
                        passports,
                        hits,
                        cores,
                        wallSeconds,
                        passports / wallSeconds,
                        cpuSeconds,
                        cpuSeconds * 1000 / passports,
                        perSecondOnFreeCores(),
                        cores);
    }
}
