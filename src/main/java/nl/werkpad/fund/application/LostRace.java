package nl.werkpad.fund.application;

import nl.werkpad.fund.FundRefused;

/**
 * A write found less money or room under a cap than the rules had read a moment earlier: another request got
 * there first. The move is tried again with fresh facts; after the last try the refusal is what the caller gets.
 */
class LostRace extends RuntimeException {

    private final FundRefused refusal;

    LostRace(FundRefused refusal) {
        super(refusal.getMessage(), null, false, false);
        this.refusal = refusal;
    }

    FundRefused refusal() {
        return refusal;
    }
}
