package nl.werkpad.monitor.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The privacy rule for every figure derived from residents: a count below {@value #MINIMUM} is not shown
 * ("&lt; 10"). Because tables also show (or let one compute) their total, a single hidden cell could be
 * recovered by subtracting the others from the total; so when exactly one cell of a table is hidden, the
 * smallest other non-zero cell is hidden as well (secondary suppression). Zero is shown: nobody can be
 * identified by a count of no one.
 */
public final class Suppression {

    public static final int MINIMUM = 10;

    private Suppression() {}

    /** For each count, whether it must be hidden. */
    public static boolean[] hidden(List<Long> counts) {
        boolean[] hide = new boolean[counts.size()];
        int hiddenCount = 0;
        for (int i = 0; i < counts.size(); i++) {
            long c = counts.get(i);
            if (c > 0 && c < MINIMUM) {
                hide[i] = true;
                hiddenCount++;
            }
        }
        if (hiddenCount == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hide[i] && counts.get(i) > 0 && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hide[smallest] = true;
            }
        }
        return hide;
    }

    /** Whether a total itself must be hidden (the same primary rule). */
    public static boolean hiddenTotal(long total) {
        return total > 0 && total < MINIMUM;
    }

    public static List<Integer> indexes(boolean[] hidden) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i]) {
                result.add(i);
            }
        }
        return result;
    }
}
