package nl.werkpad.fund.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.werkpad.shared.RuleCheck;

/**
 * Splits a training's cost among the funding sources and the resident.
 *
 * <ol>
 *   <li>A source takes part only when it is open on the date and every condition passes.</li>
 *   <li>The resident's own contribution is the highest floor among the sources that take part.</li>
 *   <li>In priority order (lowest number first) each source pays what is still open, capped by its limits
 *       (share of the cost, per voucher, per person per year, per provider per year) and by its available money.</li>
 *   <li>What no source pays, the resident pays.</li>
 * </ol>
 */
public final class SplitPolicy {

    private SplitPolicy() {}

    public static Split split(Applicant who, OfferFacts what, List<SourceTerms> sources) {
        List<SourceTerms> ordered = sources.stream()
                .sorted(Comparator.comparingInt(SourceTerms::priority).thenComparing(SourceTerms::name))
                .toList();
        List<List<RuleCheck>> conditions =
                ordered.stream().map(s -> conditions(who, what, s)).toList();
        long floor = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (allPass(conditions.get(i))) {
                floor = Math.max(floor, ownFloor(ordered.get(i), what.costCents()));
            }
        }
        long open = what.costCents() - floor;
        List<Split.Part> parts = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            SourceTerms source = ordered.get(i);
            List<RuleCheck> checks = new ArrayList<>(conditions.get(i));
            if (!allPass(checks)) {
                String failed = checks.stream()
                        .filter(c -> !c.passed())
                        .findFirst()
                        .orElseThrow()
                        .rule();
                parts.add(new Split.Part(
                        source.id(), source.name(), source.mode(), false, 0, List.copyOf(checks), failed));
                continue;
            }
            long amount = open;
            String limitBy = "cost";
            for (FundingRule rule : source.rules()) {
                if (rule instanceof FundingRule.Limit limit) {
                    long maximum = limit.maximum(what, source);
                    checks.add(limit.explain(maximum));
                    if (maximum < amount) {
                        amount = maximum;
                        limitBy = rule.name();
                    }
                } else if (rule instanceof FundingRule.OwnContribution own && own.floor(what.costCents()) > 0) {
                    checks.add(RuleCheck.of(
                            own.name(),
                            true,
                            "you pay at least " + FundingRule.Money.english(own.floor(what.costCents())),
                            FundingRule.Money.euros(own.floor(what.costCents()))));
                }
            }
            checks.add(RuleCheck.of(
                    "budget",
                    source.available() > 0,
                    FundingRule.Money.english(source.available()) + " available",
                    FundingRule.Money.euros(source.available())));
            if (source.available() < amount) {
                amount = source.available();
                limitBy = "budget";
            }
            amount = Math.max(0, amount);
            open -= amount;
            parts.add(new Split.Part(
                    source.id(), source.name(), source.mode(), true, amount, List.copyOf(checks), limitBy));
        }
        long funded = parts.stream().mapToLong(Split.Part::amount).sum();
        Optional<RuleCheck> refusal = funded > 0 ? Optional.empty() : refusal(parts);
        return new Split(what.costCents(), List.copyOf(parts), what.costCents() - funded, refusal);
    }

    private static List<RuleCheck> conditions(Applicant who, OfferFacts what, SourceTerms source) {
        List<RuleCheck> checks = new ArrayList<>();
        checks.add(
                RuleCheck.of("validity", source.open(), source.open() ? "open on this date" : "closed on this date"));
        for (FundingRule rule : source.rules()) {
            if (rule instanceof FundingRule.Condition condition) {
                checks.add(condition.check(who, what));
            }
        }
        return checks;
    }

    private static long ownFloor(SourceTerms source, long cost) {
        return source.rules().stream()
                .filter(r -> r instanceof FundingRule.OwnContribution)
                .mapToLong(r -> ((FundingRule.OwnContribution) r).floor(cost))
                .max()
                .orElse(0);
    }

    private static boolean allPass(List<RuleCheck> checks) {
        return checks.stream().allMatch(RuleCheck::passed);
    }

    /**
     * Nobody pays: name the rule that stopped the most relevant source — one whose conditions all passed (stopped
     * by a limit or its budget), then one that failed a condition within the person's area, then one for another
     * area, then a closed one.
     */
    private static Optional<RuleCheck> refusal(List<Split.Part> parts) {
        Comparator<Split.Part> promise = Comparator.comparingInt(p -> p.eligible()
                ? 0
                : switch (p.limitBy()) {
                    case "validity" -> 3;
                    case "residence" -> 2;
                    default -> 1;
                });
        return parts.stream()
                .min(promise)
                .map(first -> first.checks().stream()
                        .filter(c -> c.rule().equals(first.limitBy()))
                        .findFirst()
                        .orElse(RuleCheck.of(first.limitBy(), false, "nothing left to pay under " + first.limitBy())))
                .or(() -> Optional.of(RuleCheck.of("no-source", false, "no funding source is registered")));
    }
}
