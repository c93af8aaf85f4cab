package nl.werkpad.matching.evaluation;

import java.util.Locale;

/** The evaluation's report as the Markdown of docs/matching-quality.md, with the goals checked plainly. */
final class MatchingQualityReport {

    private MatchingQualityReport() {}

    /** The report as the Markdown of docs/matching-quality.md. */
    static String markdown(MatchingEvaluation.Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Matching quality\n\n")
                .append("Written by `./werkpad evaluate-matching` (seed ")
                .append(report.seed())
                .append(", ")
                .append(report.millis() / 1000)
                .append(" s). One vacancy per ESCO occupation (")
                .append(report.vacancies())
                .append(" vacancies, each with its essential and optional skills); per cell ")
                .append(report.residentsPerCell())
                .append(" residents, one per sampled occupation (with at least 3 essential skills), ")
                .append(
                        "holding the kept share of that occupation's essential skills (at least one) plus noise skills drawn ")
                .append(
                        "at random from all skills that occupations ask for (never from the true occupation's own). The true vacancy's rank among all vacancies gives ")
                .append("recall@1, recall@10 and MRR; ties count against it. See docs/matching.md for the scorer.\n\n");
        for (boolean replaced : new boolean[] {false, true}) {
            md.append(
                    replaced
                            ? "## Partial credit: half of the kept skills replaced by close skills\n\nEach replaced skill is swapped for a random "
                                    + "sibling in the ESCO skill hierarchy, an ESCO related skill, or a skill that usually goes with it "
                                    + "(needed together by at least half of the occupations that need the rarer one), never one the occupation itself "
                                    + "asks for. \"Exact\" is the same scorer without partial credit.\n\n"
                            : "## Exact skills kept\n\n");
            md.append(
                            "| kept, noise | Werkpad r@1 / r@10 / MRR | exact-match r@1 / r@10 / MRR | Jaccard r@1 / r@10 / MRR | BM25 r@1 / r@10 / MRR | ambiguous |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (MatchingEvaluation.Cell c : report.cells()) {
                if (c.closeReplaced() == replaced) {
                    md.append(String.format(
                            Locale.ROOT,
                            "| %.0f%%, %d | %s | %s | %s | %s | %.1f%% |%n",
                            c.keep() * 100,
                            c.noise(),
                            q(c.byScorer().get(MatchingEvaluation.WERKPAD)),
                            q(c.byScorer().get(MatchingEvaluation.EXACT)),
                            q(c.byScorer().get(MatchingEvaluation.JACCARD)),
                            q(c.byScorer().get(MatchingEvaluation.BM25)),
                            c.ambiguous() * 100));
                }
            }
            md.append('\n');
        }
        md.append(goals(report));
        MatchingEvaluation.RouteCheck r = report.routes();
        md.append("## Routes against ISCO\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "For %d sampled occupations with an ISCO unit group, the %d closest other occupations (the route ranking without "
                                + "demand): %.0f%% share the ISCO sub-major group (2 digits) of the starting occupation, against %.1f%% for a random pick; "
                                + "%.0f%% share the minor group (3 digits), against %.1f%% at random.%n",
                        r.occupations(),
                        r.routesEach(),
                        r.sameSubMajor() * 100,
                        r.randomSubMajor() * 100,
                        r.sameMinor() * 100,
                        r.randomMinor() * 100));
        return md.toString();
    }

    /** The goals (issue 21 item 4) against the figures above, said plainly. */
    private static String goals(MatchingEvaluation.Report report) {
        MatchingEvaluation.Cell hard = cell(report, 0.2, 10, false);
        MatchingEvaluation.Quality w = hard.byScorer().get(MatchingEvaluation.WERKPAD);
        MatchingEvaluation.Quality x = hard.byScorer().get(MatchingEvaluation.EXACT);
        StringBuilder md = new StringBuilder("## Goals\n\n");
        md.append(String.format(
                Locale.ROOT,
                "- Hard end (20%% kept, 10 noise): recall@1 %.3f (goal 0.80, %s), MRR %.3f (goal 0.86, %s); the same scorer "
                        + "without partial credit %.3f / %.3f (%s); plain Jaccard %.3f / %.3f. In %.0f%% of these residents another "
                        + "occupation asks for every kept skill as essential too (column \"ambiguous\"): on skills alone they cannot "
                        + "be told apart, so no scorer can be sure to rank the true vacancy first for them.%n",
                w.recallAt1(),
                verdict(w.recallAt1(), 0.80),
                w.mrr(),
                verdict(w.mrr(), 0.86),
                x.recallAt1(),
                x.mrr(),
                w.recallAt1() >= x.recallAt1() && w.mrr() >= x.mrr()
                        ? "partial credit costs nothing here"
                        : "partial credit costs quality here",
                hard.byScorer().get(MatchingEvaluation.JACCARD).recallAt1(),
                hard.byScorer().get(MatchingEvaluation.JACCARD).mrr(),
                hard.ambiguous() * 100));
        md.append(
                "- Partial credit with half of the kept skills replaced by close ones, Werkpad minus the same scorer without "
                        + "partial credit (recall@1 / MRR):");
        for (MatchingEvaluation.Cell c : report.cells()) {
            if (c.closeReplaced()) {
                MatchingEvaluation.Quality cw = c.byScorer().get(MatchingEvaluation.WERKPAD);
                MatchingEvaluation.Quality cx = c.byScorer().get(MatchingEvaluation.EXACT);
                md.append(String.format(
                        Locale.ROOT,
                        " %.0f%%, %d: %+.3f / %+.3f;",
                        c.keep() * 100,
                        c.noise(),
                        cw.recallAt1() - cx.recallAt1(),
                        cw.mrr() - cx.mrr()));
            }
        }
        md.setLength(md.length() - 1);
        md.append(".\n\n");
        return md.toString();
    }

    private static String verdict(double value, double goal) {
        return value >= goal ? "met" : String.format(Locale.ROOT, "missed by %.3f", goal - value);
    }

    private static MatchingEvaluation.Cell cell(
            MatchingEvaluation.Report report, double keep, int noise, boolean replaced) {
        return report.cells().stream()
                .filter(c -> c.keep() == keep && c.noise() == noise && c.closeReplaced() == replaced)
                .findFirst()
                .orElseThrow();
    }

    private static String q(MatchingEvaluation.Quality q) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", q.recallAt1(), q.recallAt10(), q.mrr());
    }
}
