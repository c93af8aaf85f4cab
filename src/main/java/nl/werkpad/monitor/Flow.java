package nl.werkpad.monitor;

/**
 * A flow over a period in an area: trajectories started, completed, placed (into shortage occupations, with a sector
 * change), time to placement; vouchers issued, redeemed and released with their money, per source.
 *
 * @param key     the trajectory kind or the funding source
 * @param count   null when suppressed (fewer than 10 residents)
 * @param total   euro cents for vouchers, days for time to placement; null when suppressed
 */
public record Flow(String measure, String key, String label, Long count, Long total) {

    public boolean suppressed() {
        return count == null;
    }
}
