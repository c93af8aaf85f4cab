package nl.werkpad.matching.index;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * What one {@link TopK} search needs to know about its side (vacancies for a person, or persons for a vacancy): per
 * skill of the query what a posting adds, and the bounds of the score.
 *
 * <p>The score combines coverage (Σ f·w·c over the requirement profile's requirements, divided by the profile's Σ
 * f·w) and use (Σ w·u over the person's skills, divided by the person's Σ w). One of the two is divided by the
 * entry's own weight sum (its {@link InvertedTable#norm}), the other by the query's: {@link #entriesAreProfiles}
 * says which. What the unread skills can still add is bounded two ways, besides the plain sum of their gains:
 * <ul>
 *   <li>on the query's side, per <b>group</b> — a requirement of the vacancy (persons for a vacancy) or a skill of
 *       the person (vacancies for a person): each counts once, with its best credit, however many unread skills
 *       could give it that credit; the sum over givers is far looser (a requirement has up to a dozen close skills);
 *   <li>on the entry's side, by the entry's weight not yet read (its norm less the weight of the postings read)
 *       times the best credit among the unread skills: once the exact skills are read, the rest earns at most the
 *       partial credit of a close skill.
 * </ul>
 */
abstract class SearchSide<E> {

    final InvertedTable<E> table;
    /** Whether the entry's norm divides coverage (entries are vacancies) rather than use (entries are persons). */
    final boolean entriesAreProfiles;

    /** Distance to each place of the table. */
    double[] placeKm;
    /** The cells whose postings a search reads. */
    int[] cells;

    int[] skills = new int[0];
    /** Per skill of the query: what a posting with the bit set / without it adds to coverage's Σ f·w·c. */
    float[] flagged = new float[0];

    float[] plain = new float[0];
    /** Per skill of the query: what a posting adds to use's Σ w·u. */
    float[] use = new float[0];
    /** Per skill of the query: the weight a posting with the bit set / without it takes of the entry's norm. */
    float[] massFlagged = new float[0];

    float[] massPlain = new float[0];
    /** Per skill of the query: the largest credit it earns (1 for an exact skill, the share of a close one). */
    float[] credit = new float[0];
    /** Per skill of the query: the groups it adds to on the query's side, and how much at most to each. */
    int[][] groups = new int[0][];

    float[][] amounts = new float[0][];
    int groupCount;

    SearchSide(InvertedTable<E> table, boolean entriesAreProfiles) {
        this.table = table;
        this.entriesAreProfiles = entriesAreProfiles;
    }

    /** Sizes the per-skill arrays (called once, by the side's constructor, which then fills them). */
    final void skills(int[] skills, int groupCount) {
        int n = skills.length;
        this.skills = skills;
        this.groupCount = groupCount;
        flagged = new float[n];
        plain = new float[n];
        use = new float[n];
        massFlagged = new float[n];
        massPlain = new float[n];
        credit = new float[n];
        groups = new int[n][];
        amounts = new float[n][];
    }

    final float gain(int i) {
        return Math.max(flagged[i], plain[i]);
    }

    /** The query's own weight sum: the denominator of use (entries are profiles) or of coverage (entries are persons). */
    abstract double queryNorm();

    /** Whether the entry in this slot may be found at all (place, reach, consent, kind). */
    abstract boolean accept(int slot);

    /**
     * An upper bound of the context score of the entry, given upper bounds of its coverage and use (0..1). When even
     * the most favourable context cannot reach {@code theta} that bound will do: experience is only looked up (a
     * read of the entry itself, a cache miss) for the entries that could reach θ.
     */
    abstract double bound(int slot, double coverage, double use, double theta);

    /** An upper bound of the context score of an entry not reached yet, given bounds of its coverage and use. */
    abstract double boundUnseen(double coverage, double use);

    /** Any number that orders entries roughly as their score would (only picks which to score first). */
    abstract double estimate(int slot, double have, double use);

    /** The smallest skill score whose context score can reach θ (with the most favourable context). */
    abstract double skillFloor(double theta);

    /** The exact context score (0 or less: leave out). */
    abstract double exact(int slot);

    double km(int slot) {
        return placeKm[table.placeOf(slot)];
    }

    /** Keeps the cells with a place within {@code reach} (per cell) of the point. */
    void placesFrom(double lat, double lon, IntToDoubleFunction reach) {
        int n = table.placeCount();
        placeKm = new double[n];
        double[] cellKm = new double[table.cellCount()];
        Arrays.fill(cellKm, Double.POSITIVE_INFINITY);
        for (int p = 0; p < n; p++) {
            placeKm[p] = MatchIndex.km(lat, lon, table.placeLat(p), table.placeLon(p));
            int c = table.cellOfPlace(p);
            cellKm[c] = Math.min(cellKm[c], placeKm[p]);
        }
        int count = 0;
        int[] within = new int[cellKm.length];
        for (int c = 0; c < cellKm.length; c++) {
            if (cellKm[c] <= reach.applyAsDouble(c)) {
                within[count++] = c;
            }
        }
        cells = Arrays.copyOf(within, count);
    }
}
