package nl.werkpad.taxonomy;

import nl.werkpad.shared.NotFound;

/** No occupation has this id or ESCO URI. */
public final class OccupationNotFound extends NotFound {

    private OccupationNotFound(String id) {
        super("Beroep", id);
    }

    public static OccupationNotFound byId(String id) {
        return new OccupationNotFound(id);
    }
}
