package nl.werkpad.organisations;

import nl.werkpad.shared.NotFound;

/** No organisation has this id. */
public final class OrganisationNotFound extends NotFound {

    private OrganisationNotFound(Object id) {
        super("Organisatie", String.valueOf(id));
    }

    public static OrganisationNotFound byId(Object id) {
        return new OrganisationNotFound(id);
    }
}
