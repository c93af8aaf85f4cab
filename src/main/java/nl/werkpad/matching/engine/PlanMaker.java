package nl.werkpad.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.VoucherRequest;
import nl.werkpad.matching.Match;
import nl.werkpad.matching.Matching;
import nl.werkpad.matching.TrainingPlan;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.PlanFunding;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.domain.SkillSpace;
import nl.werkpad.matching.domain.TrainingPlanner;
import nl.werkpad.matching.domain.UnlockCounter;
import nl.werkpad.matching.index.MatchIndex;
import nl.werkpad.regions.GeoPoint;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * Makes training plans on the engine's index: which offers within reach teach the target's missing skills, which
 * vacancies within reach could become good matches, the choice ({@link TrainingPlanner}) and who pays what for the
 * plan as a whole ({@link PlanFunding} over the fund's own quotes).
 */
@Component
class PlanMaker {

    /** A vacancy is a good match when the person brings at least this share (%) of its essential skills. */
    static final int GOOD_MATCH = MatchingService.GOOD_MATCH;
    /** A skill at least this many occupations ask for is transversal: it never earns a step on its own. */
    static final int TRANSVERSAL_OCCUPATIONS = 150;

    private static final int MAX_UNLOCKED_LISTED = 20;

    private final MatchingEngine engine;
    private final Regions regions;
    private final Fund fund;
    private final SkillLabels labels;

    PlanMaker(MatchingEngine engine, Taxonomy taxonomy, Regions regions, Fund fund) {
        this.engine = engine;
        this.regions = regions;
        this.fund = fund;
        this.labels = new SkillLabels(engine, taxonomy);
    }

    /** Who the plan is for: skills, where they live and how far they go. */
    record Seeker(SkillQuery query, GeoPoint at, double radiusKm) {}

    /** What the person set: the criterion, the most it may cost (cents) and take (weeks); nulls for no limit. */
    record Wish(Matching.Optimise optimise, Long budgetCents, Integer maxWeeks) {
        static Wish cheapest() {
            return new Wish(Matching.Optimise.COST, null, null);
        }
    }

    /** Whom to ask the fund for, when the plan should say who pays. */
    record Payer(UUID person, SignedInUser viewer, String targetOccupation) {}

    static void check(Long budgetCents, Integer maxWeeks) {
        if (budgetCents != null && budgetCents < 0) {
            throw InvalidInput.of("budgetCents", "matching.budget-negative", "the budget is zero or more", 0);
        }
        if (maxWeeks != null && (maxWeeks < 1 || maxWeeks > 520)) {
            throw InvalidInput.of(
                    "maxWeeks", "matching.weeks-out-of-range", "between 1 and 520 weeks (ten years)", 520);
        }
    }

    TrainingPlan plan(
            Seeker s, String title, int[] essential, int[] optional, Wish wish, Payer payer, String language) {
        SkillSpace space = engine.space();
        MatchScorer.Explanation why = MatchScorer.explain(s.query(), essential, optional);
        float transversal = space.weightOfShare(TRANSVERSAL_OCCUPATIONS);
        // the most telling first, so a page lists the specific skills before the transversal ones
        int[] missing = why.missingEssential().stream()
                .mapToInt(Integer::intValue)
                .filter(x -> x >= 0)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer x) -> space.weight(x))
                        .reversed())
                .mapToInt(Integer::intValue)
                .toArray();
        float[] weights = new float[missing.length];
        for (int i = 0; i < missing.length; i++) {
            weights[i] = space.weight(missing[i]) < transversal ? 0f : space.weight(missing[i]);
        }
        MatchIndex.Area area = new MatchIndex.Area(s.at().latitude(), s.at().longitude(), s.radiusKm());
        Matching.Optimise by = wish.optimise() == null ? Matching.Optimise.COST : wish.optimise();
        List<TrainingPlanner.Option<MatchIndex.OfferEntry>> options =
                cheapestPerCourse(engine.index().offersTeaching(missing, area), by).stream()
                        .map(o -> new TrainingPlanner.Option<>(
                                o, o.costCents(), Math.max(0, o.durationWeeks()), o.skills(), course(o)))
                        .toList();

        // the vacancies within reach that everything on offer could make good matches, and the ones they need now
        double threshold = GOOD_MATCH / 100.0;
        SkillQuery everything = s.query()
                .with(options.stream()
                        .flatMapToInt(o -> Arrays.stream(o.skills()))
                        .distinct()
                        .toArray());
        List<MatchIndex.VacancyEntry> near = new ArrayList<>();
        engine.index().countVacancies(everything, area, 1, (v, km) -> {
            near.add(v);
            return 0;
        });
        int goodNow = (int) near.stream()
                .filter(v -> s.query().essentialShare(v.essential()) >= threshold - 1e-9)
                .count();
        List<MatchIndex.VacancyEntry> unlockable = near.stream()
                .filter(v -> s.query().essentialShare(v.essential()) < threshold - 1e-9
                        && everything.essentialShare(v.essential()) >= threshold - 1e-9)
                .toList();
        UnlockCounter counter = new UnlockCounter(
                s.query(),
                unlockable.stream().map(MatchIndex.VacancyEntry::essential).toList(),
                threshold,
                options.stream().map(TrainingPlanner.Option::skills).toList());
        TrainingPlanner.Limits limits = new TrainingPlanner.Limits(
                wish.budgetCents() == null ? Long.MAX_VALUE : wish.budgetCents(),
                wish.maxWeeks() == null ? Integer.MAX_VALUE : wish.maxWeeks());
        TrainingPlanner.Plan<MatchIndex.OfferEntry> plan = TrainingPlanner.plan(
                new TrainingPlanner.Goal(missing, weights),
                options,
                limits,
                by == Matching.Optimise.TIME ? TrainingPlanner.By.TIME : TrainingPlanner.By.COST,
                counter);

        Set<Integer> missingSet = new HashSet<>();
        Arrays.stream(missing).forEach(missingSet::add);
        List<PlanFunding.StepSplit> funding = payer == null ? null : funding(plan, payer);
        List<TrainingPlan.Step> steps = new ArrayList<>();
        for (int i = 0; i < plan.chosen().size(); i++) {
            MatchIndex.OfferEntry o = plan.chosen().get(i).offer();
            int[] covers =
                    Arrays.stream(o.skills()).filter(missingSet::contains).toArray();
            Set<Integer> coversSet = new HashSet<>();
            Arrays.stream(covers).forEach(coversSet::add);
            int neededBy = (int) near.stream()
                    .filter(v -> Arrays.stream(v.essential()).anyMatch(coversSet::contains))
                    .count();
            steps.add(new TrainingPlan.Step(
                    o.id(),
                    o.title(),
                    o.provider(),
                    o.mode(),
                    o.municipality() == null ? null : place(o.municipality()),
                    labels.refs(covers, language),
                    o.costCents(),
                    o.durationHours(),
                    o.durationWeeks(),
                    o.nextStart(),
                    o.onRegister(),
                    neededBy,
                    funding == null ? null : funding(funding.get(i))));
        }
        List<TrainingPlan.Unlocked> unlocked = plan.unlocked().stream()
                .limit(MAX_UNLOCKED_LISTED)
                .mapToObj(unlockable::get)
                .map(v -> new TrainingPlan.Unlocked(v.id(), v.title(), place(v.municipality())))
                .toList();
        int[] general = Arrays.stream(missing)
                .filter(m -> space.weight(m) < transversal)
                .toArray();
        Long own = funding == null
                ? null
                : funding.stream().mapToLong(PlanFunding.StepSplit::own).sum();
        return new TrainingPlan(
                title,
                labels.refs(missing, language),
                labels.refs(general, language),
                steps,
                labels.refs(plan.uncovered(), language),
                steps.stream().mapToLong(TrainingPlan.Step::costCents).sum(),
                steps.stream().mapToInt(TrainingPlan.Step::durationHours).sum(),
                steps.stream().mapToInt(TrainingPlan.Step::durationWeeks).sum(),
                by,
                goodNow,
                goodNow + plan.unlocked().cardinality(),
                GOOD_MATCH,
                wish.budgetCents(),
                wish.maxWeeks(),
                unlocked,
                own);
    }

    /** The same course (normalised title) at several providers or starts is one choice: the cheapest (or quickest). */
    private static List<MatchIndex.OfferEntry> cheapestPerCourse(
            List<MatchIndex.OfferEntry> offers, Matching.Optimise by) {
        Comparator<MatchIndex.OfferEntry> order = by == Matching.Optimise.TIME
                ? Comparator.comparingInt(MatchIndex.OfferEntry::durationWeeks)
                        .thenComparingLong(MatchIndex.OfferEntry::costCents)
                : Comparator.comparingLong(MatchIndex.OfferEntry::costCents)
                        .thenComparingInt(MatchIndex.OfferEntry::durationWeeks);
        Map<String, MatchIndex.OfferEntry> best = new HashMap<>();
        for (MatchIndex.OfferEntry o : offers) {
            best.merge(
                    course(o) + "|"
                            + Arrays.toString(Arrays.stream(o.skills()).sorted().toArray()),
                    o,
                    (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        return best.values().stream()
                .sorted(order.thenComparing(o -> o.id().toString()))
                .toList();
    }

    private static String course(MatchIndex.OfferEntry o) {
        return o.title().strip().toLowerCase(Locale.ROOT);
    }

    /** The fund's quote for every step, replayed in plan order so later steps find what earlier ones used. */
    private List<PlanFunding.StepSplit> funding(TrainingPlanner.Plan<MatchIndex.OfferEntry> plan, Payer payer) {
        List<PlanFunding.Quoted> quoted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (TrainingPlanner.Option<MatchIndex.OfferEntry> option : plan.chosen()) {
            MatchIndex.OfferEntry o = option.offer();
            try {
                var quote = fund.quote(
                        new VoucherRequest(payer.person(), o.id(), payer.targetOccupation(), null, null),
                        payer.viewer());
                quoted.add(new PlanFunding.Quoted(o.provider(), quote.split()));
                refused.add(null);
            } catch (RuleViolation e) {
                quoted.add(null);
                refused.add(e.rule());
            } catch (NotFound e) {
                quoted.add(null);
                refused.add("unavailable");
            }
        }
        List<PlanFunding.StepSplit> together =
                PlanFunding.together(quoted.stream().filter(Objects::nonNull).toList());
        List<PlanFunding.StepSplit> result = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < quoted.size(); i++) {
            result.add(
                    quoted.get(i) != null
                            ? together.get(next++)
                            : new PlanFunding.StepSplit(
                                    List.of(), plan.chosen().get(i).costCents(), refused.get(i)));
        }
        return result;
    }

    private static TrainingPlan.Funding funding(PlanFunding.StepSplit split) {
        return new TrainingPlan.Funding(
                split.shares().stream()
                        .filter(p -> p.amount() > 0 || p.reducedByPlan())
                        .map(p ->
                                new TrainingPlan.Part(p.source(), p.name(), p.amount(), p.limitBy(), p.reducedByPlan()))
                        .toList(),
                split.own(),
                split.refusal());
    }

    private Match.Place place(String code) {
        return new Match.Place(
                code, regions.municipality(code).map(m -> m.name()).orElse(code));
    }
}
