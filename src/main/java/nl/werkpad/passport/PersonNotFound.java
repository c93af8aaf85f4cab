package nl.werkpad.passport;

import nl.werkpad.shared.NotFound;

/** No person with this id whose passport the caller may see; the same answer whether or not it exists. */
public final class PersonNotFound extends NotFound {

    private PersonNotFound(Object id) {
        super("Persoon", String.valueOf(id));
    }

    public static PersonNotFound byId(Object id) {
        return new PersonNotFound(id);
    }
}
