package nl.werkpad.vacancies;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which vacancies to list; null fields do not filter. Without a status only OPEN vacancies are listed,
 * except for {@code organisation}, whose members see all of its vacancies.
 *
 * @param region a labour-market region code (AMxx)
 * @param q      words to find in the title and description (PostgreSQL full text, Dutch stemming); null for all
 * @param sort   the order; {@link Sort#CLOSEST} needs {@code near}
 * @param near   a municipality (GMxxxx) to sort by distance from
 */
public record VacancyFilter(
        String municipality,
        String region,
        String occupation,
        VacancyStatus status,
        UUID organisation,
        VacancyKind kind,
        int limit,
        int offset,
        @Nullable String q,
        Sort sort,
        @Nullable String near) {

    public VacancyFilter(
            String municipality,
            String region,
            String occupation,
            VacancyStatus status,
            UUID organisation,
            VacancyKind kind,
            int limit,
            int offset) {
        this(municipality, region, occupation, status, organisation, kind, limit, offset, null, Sort.NEWEST, null);
    }

    /** How a list is ordered: last changed first, the nearest municipality first, or the closing date first. */
    public enum Sort {
        NEWEST,
        CLOSEST,
        CLOSING
    }
}
