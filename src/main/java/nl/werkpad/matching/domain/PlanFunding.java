package nl.werkpad.matching.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.fund.domain.Split;
import nl.werkpad.shared.RuleCheck;

/**
 * Who pays what for every step of a plan taken together. The fund quotes one voucher at a time against today's
 * account, as if it were the only one; a plan's later steps find the caps and the money the earlier steps already use.
 *
 * <p>So each step's quote is replayed in plan order with what earlier steps took subtracted: a quote names, per source,
 * every limit it applied with its amount (the fund's own {@link RuleCheck}s). Limits per voucher (a share of the cost,
 * a maximum per voucher) stay as quoted; what is used up across vouchers — the money available to the person (allowance
 * or budget), the maximum per person per year and the maximum per provider per year — shrinks by what earlier steps
 * took from the same source. What a source can no longer pay passes, in the fund's priority order, to the next source
 * that takes part, up to its own limits; the rest the person pays. The fund's rules themselves stay in the fund: this
 * replays only the amounts its quotes state.
 */
public final class PlanFunding {

    private PlanFunding() {}

    /** One step's quote: the provider (for the per-provider cap) and the fund's split for it alone. */
    public record Quoted(UUID provider, Split split) {}

    public record Share(UUID source, String name, long amount, String limitBy, boolean reducedByPlan) {}

    public record StepSplit(List<Share> shares, long own, String refusal) {}

    static final String PER_PERSON = "max-per-person-year";
    static final String PER_PROVIDER = "max-per-provider-year";
    static final String AVAILABLE = "budget";
    static final String OWN = "own-contribution";
    /** Why a step the fund would pay alone gets nothing in the plan: the earlier steps use what there is. */
    public static final String USED_BY_EARLIER_STEPS = "plan.used-by-earlier-steps";

    public static List<StepSplit> together(List<Quoted> steps) {
        Map<UUID, Long> usedBySource = new HashMap<>();
        Map<String, Long> usedAtProvider = new HashMap<>();
        List<StepSplit> result = new ArrayList<>();
        for (Quoted step : steps) {
            Split split = step.split();
            long floor = 0;
            for (Split.Part part : split.parts()) {
                if (part.eligible()) {
                    floor = Math.max(floor, amountOf(part.checks(), OWN, 0));
                }
            }
            long open = Math.max(0, split.cost() - floor);
            List<Share> shares = new ArrayList<>();
            for (Split.Part part : split.parts()) {
                if (!part.eligible()) {
                    shares.add(new Share(part.source(), part.name(), 0, part.limitBy(), false));
                    continue;
                }
                long used = usedBySource.getOrDefault(part.source(), 0L);
                String providerKey = part.source() + "@" + step.provider();
                long usedHere = usedAtProvider.getOrDefault(providerKey, 0L);
                long amount = open;
                String limitBy = "cost";
                boolean reduced = false;
                for (RuleCheck check : part.checks()) {
                    long max;
                    boolean shared = true;
                    switch (check.rule()) {
                        case PER_PERSON, AVAILABLE -> max = amountOf(check) - used;
                        case PER_PROVIDER -> max = amountOf(check) - usedHere;
                        default -> {
                            if (!check.rule().startsWith("max-")) {
                                continue;
                            }
                            max = amountOf(check);
                            shared = false;
                        }
                    }
                    max = Math.max(0, max);
                    if (max < amount) {
                        amount = max;
                        limitBy = check.rule();
                        reduced = shared && max < amountOf(check);
                    }
                }
                amount = Math.max(0, amount);
                open -= amount;
                usedBySource.merge(part.source(), amount, Long::sum);
                usedAtProvider.merge(providerKey, amount, Long::sum);
                shares.add(new Share(part.source(), part.name(), amount, limitBy, reduced));
            }
            long funded = shares.stream().mapToLong(Share::amount).sum();
            String refusal = funded > 0 || split.cost() == 0
                    ? null
                    : split.refusal().map(RuleCheck::rule).orElse(USED_BY_EARLIER_STEPS);
            result.add(new StepSplit(List.copyOf(shares), split.cost() - funded, refusal));
        }
        return result;
    }

    /** The amount a check names: its last argument, in euros. */
    private static long amountOf(RuleCheck check) {
        Object last = check.args().isEmpty() ? null : check.args().getLast();
        return last instanceof BigDecimal euros
                ? euros.movePointRight(2).longValue()
                : last instanceof Number n ? Math.round(n.doubleValue() * 100) : Long.MAX_VALUE;
    }

    private static long amountOf(List<RuleCheck> checks, String rule, long otherwise) {
        return checks.stream()
                .filter(c -> c.rule().equals(rule))
                .mapToLong(PlanFunding::amountOf)
                .max()
                .orElse(otherwise);
    }
}
