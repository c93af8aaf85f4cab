package nl.werkpad.training;

/** A draft is the provider's own; a published offer is found by everyone; a withdrawn one no longer. */
public enum OfferStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN;

    /**
     * Whether anyone may read an offer in this state: only a published one, unless one writes for its provider,
     * whether it is asked for by id or in a search. The one place of this rule (the SQL does not repeat it).
     */
    public boolean visibleTo(boolean writesForProvider) {
        return this == PUBLISHED || writesForProvider;
    }
}
