package nl.werkpad.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the offers of a training plan: as many vacancies as possible become good matches ("unlocks") within the
 * budget and time the person sets, and the target's own missing skills are covered as far as that allows.
 *
 * <p>Why greedy: choosing offers under a budget to maximise what they unlock is a budgeted maximum-coverage problem
 * (NP-hard). The classic answer is greedy by marginal gain per euro (or per week when the person wants it fast),
 * compared with the best single affordable offer — that pair is within a constant factor of the optimum — followed by
 * dropping every offer the others made redundant. An exact search over subsets would be affordable for a handful of
 * offers but not for the 30-60 a region's catalogue offers for one gap, and routes make a plan per occupation.
 *
 * <p>The gain of an offer is the vacancies it unlocks on top of the offers already chosen, plus half an unlock for
 * covering all of the target's still-missing skills (each skill in proportion to its weight). An unlock often needs
 * several offers together; the coverage part keeps the search moving towards the target until they add up. Skills that
 * many occupations ask for (transversal ones such as "use different communication channels") weigh nothing in the
 * coverage part: an offer is never chosen for them alone, only when it unlocks a vacancy. A course is taken once (the
 * same course elsewhere or at another start is not a second step).
 */
public final class TrainingPlanner {

    private TrainingPlanner() {}

    /** Covering every target skill is worth this share of one unlocked vacancy. */
    static final double COVERAGE_VALUE = 0.5;

    /**
     * An offer as the planner sees it.
     *
     * @param course offers with the same course (normalised title) are one choice; null when unique
     */
    public record Option<T>(T offer, long costCents, int weeks, int[] skills, String course) {
        public Option(T offer, long costCents, int[] skills) {
            this(offer, costCents, 0, skills, null);
        }
    }

    /** What the person allows: at most this much in total (cents) and this many weeks in total (courses one after another). */
    public record Limits(long budgetCents, int maxWeeks) {
        public static final Limits NONE = new Limits(Long.MAX_VALUE, Integer.MAX_VALUE);
    }

    public enum By {
        COST,
        TIME
    }

    /**
     * The target's missing skills and what covering each is worth (0 for transversal skills).
     */
    public record Goal(int[] missing, float[] weights) {}

    /** The chosen offers in the order they were chosen, what stays uncovered, and the vacancies unlocked (by position). */
    public record Plan<T>(List<Option<T>> chosen, int[] uncovered, BitSet unlocked) {}

    /** Without vacancies to unlock: covers the goal at the lowest cost. */
    public static <T> Plan<T> plan(Goal goal, List<Option<T>> options, Limits limits, By by) {
        return plan(goal, options, limits, by, null);
    }

    public static <T> Plan<T> plan(Goal goal, List<Option<T>> options, Limits limits, By by, UnlockCounter counter) {
        double totalWeight = 0;
        for (float w : goal.weights()) {
            totalWeight += w;
        }
        Search<T> search = new Search<>(goal, options, counter, totalWeight);
        List<Integer> greedy = search.greedy(limits, by);
        int single = search.bestSingle(limits);
        List<Integer> chosen =
                single >= 0 && search.better(List.of(single), greedy) ? new ArrayList<>(List.of(single)) : greedy;
        search.dropRedundant(chosen);
        float[] credits = search.credits(chosen);
        BitSet unlocked = counter == null ? new BitSet() : counter.which(credits);
        Set<Integer> taught = search.taught(chosen);
        int[] uncovered =
                Arrays.stream(goal.missing()).filter(s -> !taught.contains(s)).toArray();
        return new Plan<>(chosen.stream().map(options::get).toList(), uncovered, unlocked);
    }

    private static final class Search<T> {
        private final Goal goal;
        private final List<Option<T>> options;
        private final UnlockCounter counter;
        private final double totalWeight;

        Search(Goal goal, List<Option<T>> options, UnlockCounter counter, double totalWeight) {
            this.goal = goal;
            this.options = options;
            this.counter = counter;
            this.totalWeight = totalWeight;
        }

        List<Integer> greedy(Limits limits, By by) {
            List<Integer> chosen = new ArrayList<>();
            Set<String> courses = new HashSet<>();
            long spent = 0;
            int weeks = 0;
            while (true) {
                double value = value(chosen);
                int best = -1;
                double bestRatio = 0;
                for (int o = 0; o < options.size(); o++) {
                    Option<T> option = options.get(o);
                    if (chosen.contains(o)
                            || option.course() != null && courses.contains(option.course())
                            || option.costCents() > limits.budgetCents() - spent
                            || option.weeks() > limits.maxWeeks() - weeks) {
                        continue;
                    }
                    List<Integer> with = new ArrayList<>(chosen);
                    with.add(o);
                    double gain = value(with) - value;
                    if (gain <= 1e-9) {
                        continue;
                    }
                    // per euro (or per week), plus one so a free offer is not infinitely good; ties to the cheaper one
                    double price = by == By.TIME
                            ? option.weeks() + 1 + option.costCents() / 1e9
                            : option.costCents() / 100.0 + 1 + option.weeks() / 1e6;
                    double ratio = gain / price;
                    if (ratio > bestRatio) {
                        bestRatio = ratio;
                        best = o;
                    }
                }
                if (best < 0) {
                    return chosen;
                }
                chosen.add(best);
                spent += options.get(best).costCents();
                weeks += options.get(best).weeks();
                if (options.get(best).course() != null) {
                    courses.add(options.get(best).course());
                }
            }
        }

        /** The single affordable offer with the most value (the other half of the greedy guarantee). */
        int bestSingle(Limits limits) {
            int best = -1;
            for (int o = 0; o < options.size(); o++) {
                Option<T> option = options.get(o);
                if (option.costCents() <= limits.budgetCents()
                        && option.weeks() <= limits.maxWeeks()
                        && value(List.of(o)) > 1e-9
                        && (best < 0 || better(List.of(o), List.of(best)))) {
                    best = o;
                }
            }
            return best;
        }

        /** More value, or the same value for less money. */
        boolean better(List<Integer> a, List<Integer> b) {
            double va = value(a);
            double vb = value(b);
            if (Math.abs(va - vb) > 1e-9) {
                return va > vb;
            }
            return cost(a) < cost(b);
        }

        /** Drops, dearest first, every chosen offer whose removal loses no unlock and no coverage. */
        void dropRedundant(List<Integer> chosen) {
            List<Integer> byCost = new ArrayList<>(chosen);
            byCost.sort(Comparator.comparingLong((Integer o) -> options.get(o).costCents())
                    .reversed());
            for (Integer o : byCost) {
                List<Integer> without = new ArrayList<>(chosen);
                without.remove(o);
                if (value(without) >= value(chosen) - 1e-9) {
                    chosen.remove(o);
                }
            }
        }

        double value(List<Integer> chosen) {
            int unlocks = counter == null ? 0 : counter.unlocked(credits(chosen));
            if (totalWeight <= 0) {
                return unlocks;
            }
            Set<Integer> taught = taught(chosen);
            double covered = 0;
            for (int i = 0; i < goal.missing().length; i++) {
                if (taught.contains(goal.missing()[i])) {
                    covered += goal.weights()[i];
                }
            }
            return unlocks + COVERAGE_VALUE * covered / totalWeight;
        }

        float[] credits(List<Integer> chosen) {
            if (counter == null) {
                return new float[0];
            }
            float[] credits = counter.start();
            for (int o : chosen) {
                credits = counter.add(credits, o);
            }
            return credits;
        }

        Set<Integer> taught(List<Integer> chosen) {
            Set<Integer> taught = new HashSet<>();
            for (int o : chosen) {
                for (int s : options.get(o).skills()) {
                    taught.add(s);
                }
            }
            return taught;
        }

        long cost(List<Integer> chosen) {
            return chosen.stream().mapToLong(o -> options.get(o).costCents()).sum();
        }
    }
}
