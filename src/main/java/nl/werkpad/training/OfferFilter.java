package nl.werkpad.training;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which offers to list; null fields do not filter. Without a status only PUBLISHED offers are listed,
 * except that members of {@code provider} see all of its offers.
 *
 * @param skill an ESCO skill id or URI the offer teaches
 * @param q     words to find in the title and description (PostgreSQL full text, Dutch stemming); null for all
 */
public record OfferFilter(
        String municipality,
        String region,
        String skill,
        TrainingMode mode,
        UUID provider,
        OfferStatus status,
        int limit,
        int offset,
        @Nullable String q,
        Sort sort) {

    public OfferFilter(
            String municipality,
            String region,
            String skill,
            TrainingMode mode,
            UUID provider,
            OfferStatus status,
            int limit,
            int offset) {
        this(municipality, region, skill, mode, provider, status, limit, offset, null, Sort.NEWEST);
    }

    /** Last changed first, the cheapest first, or the next start first. */
    public enum Sort {
        NEWEST,
        CHEAPEST,
        STARTING
    }
}
