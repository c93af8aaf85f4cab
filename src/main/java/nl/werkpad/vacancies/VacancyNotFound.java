package nl.werkpad.vacancies;

import nl.werkpad.shared.NotFound;

/** No vacancy with this id that the caller may see (a draft of another employer does not exist for them). */
public final class VacancyNotFound extends NotFound {

    private VacancyNotFound(Object id) {
        super("Vacature", String.valueOf(id));
    }

    public static VacancyNotFound byId(Object id) {
        return new VacancyNotFound(id);
    }
}
