package nl.werkpad.training;

import nl.werkpad.shared.PublishedState;

/** A draft is the provider's own; a published offer is found by everyone; a withdrawn one no longer. */
public enum OfferStatus implements PublishedState {
    DRAFT,
    PUBLISHED,
    WITHDRAWN;

    /**
     * Whether anyone may read an offer in this state: only a published one, unless one writes for its provider,
     * whether it is asked for by id or in a search. The one place of this rule (the SQL does not repeat it).
     */
    @Override
    public boolean visibleTo(boolean writesForOrganisation) {
        return this == PUBLISHED || writesForOrganisation;
    }
}
