package nl.werkpad.vacancies.persistence;

import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.vacancies.VacancyInput;
import org.springframework.stereotype.Component;

/**
 * Creates vacancies for an import: the same checks, rows and event as {@code Vacancies.create}, without reading each
 * new vacancy back with its labels (an import creates thousands and needs only what it wrote).
 */
@Component
public class ImportedVacancies {

    /** What was written: the new vacancy's id, organisation, municipality code, title and description. */
    public record Created(UUID id, UUID organisation, String municipality, String title, String description) {}

    private final JdbcVacancies vacancies;

    ImportedVacancies(JdbcVacancies vacancies) {
        this.vacancies = vacancies;
    }

    public Created create(VacancyInput input, SignedInUser actor) {
        return vacancies.insert(input, actor);
    }
}
