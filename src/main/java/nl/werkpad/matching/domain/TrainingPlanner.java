package nl.werkpad.matching.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Which offers together teach the missing skills at the lowest cost (or in the shortest time): a
 * weighted set cover. Greedy by cost per newly covered skill (the classic ln(n)-approximation), then
 * every chosen offer that the others make redundant is dropped, most expensive first. A course is taken once (the
 * same course at another provider or start is not a second step), and the plan stays within the person's budget.
 */
public final class TrainingPlanner {

    private TrainingPlanner() {
    }

    /**
     * An offer as the planner sees it: what it costs (cents or hours, what the plan minimises), which of the missing
     * skills it teaches, which course it is (offers with the same course are one choice) and what it takes from the
     * budget.
     */
    public record Option<T>(T offer, double cost, int[] skills, String course, long spend) {
        public Option(T offer, double cost, int[] skills) {
            this(offer, cost, skills, null, 0);
        }
    }

    /** No budget: every offer may be chosen. */
    public static final long NO_LIMIT = Long.MAX_VALUE;

    public record Plan<T>(List<Option<T>> chosen, int[] uncovered) {
    }

    public static <T> Plan<T> plan(int[] missing, List<Option<T>> options) {
        return plan(missing, options, NO_LIMIT);
    }

    /** The plan whose chosen offers spend at most {@code budget} together (skills it cannot afford stay uncovered). */
    public static <T> Plan<T> plan(int[] missing, List<Option<T>> options, long budget) {
        BitSet toCover = new BitSet();
        for (int s : missing) {
            toCover.set(index(missing, s));
        }
        List<BitSet> teaches = new ArrayList<>();
        for (Option<T> o : options) {
            BitSet b = new BitSet();
            for (int s : o.skills()) {
                int i = index(missing, s);
                if (i >= 0) {
                    b.set(i);
                }
            }
            teaches.add(b);
        }
        List<Integer> chosen = new ArrayList<>();
        java.util.Set<String> courses = new java.util.HashSet<>();
        long spent = 0;
        BitSet left = (BitSet) toCover.clone();
        while (!left.isEmpty()) {
            int best = -1;
            double bestRatio = Double.MAX_VALUE;
            for (int o = 0; o < options.size(); o++) {
                Option<T> option = options.get(o);
                if (option.course() != null && courses.contains(option.course()) || option.spend() > budget - spent) {
                    continue;
                }
                BitSet gain = (BitSet) teaches.get(o).clone();
                gain.and(left);
                int n = gain.cardinality();
                if (n > 0) {
                    // ties on cost per skill go to the offer that covers more
                    double ratio = (options.get(o).cost() + 1e-6) / n - n * 1e-9;
                    if (ratio < bestRatio) {
                        bestRatio = ratio;
                        best = o;
                    }
                }
            }
            if (best < 0) {
                break; // nothing teaches what is left
            }
            chosen.add(best);
            spent += options.get(best).spend();
            if (options.get(best).course() != null) {
                courses.add(options.get(best).course());
            }
            left.andNot(teaches.get(best));
        }
        chosen.sort(Comparator.comparingDouble((Integer o) -> options.get(o).cost()).reversed());
        for (int i = 0; i < chosen.size(); ) {
            BitSet others = new BitSet();
            for (int j = 0; j < chosen.size(); j++) {
                if (j != i) {
                    others.or(teaches.get(chosen.get(j)));
                }
            }
            BitSet needed = (BitSet) teaches.get(chosen.get(i)).clone();
            needed.and(toCover);
            needed.andNot(left);
            needed.andNot(others);
            if (needed.isEmpty()) {
                chosen.remove(i);
            } else {
                i++;
            }
        }
        return new Plan<>(chosen.stream().map(options::get).toList(), left.stream().map(i -> missing[i]).toArray());
    }

    private static int index(int[] missing, int skill) {
        for (int i = 0; i < missing.length; i++) {
            if (missing[i] == skill) {
                return i;
            }
        }
        return -1;
    }
}
