package nl.werkpad.training;

import nl.werkpad.shared.NotFound;

/** No training offer with this id that the caller may see. */
public final class OfferNotFound extends NotFound {

    private OfferNotFound(Object id) {
        super("Opleiding", String.valueOf(id));
    }

    public static OfferNotFound byId(Object id) {
        return new OfferNotFound(id);
    }
}
