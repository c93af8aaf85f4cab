package nl.werkpad.vacancies;

import java.util.UUID;

/**
 * Which vacancies to list; null fields do not filter. Without a status only OPEN vacancies are listed,
 * except for {@code organisation}, whose members see all of its vacancies.
 *
 * @param region a labour-market region code (AMxx)
 */
public record VacancyFilter(String municipality, String region, String occupation, VacancyStatus status,
                            UUID organisation, VacancyKind kind, int limit, int offset) {
}
