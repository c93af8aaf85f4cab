package nl.werkpad.training;

import java.util.UUID;

/**
 * Which offers to list; null fields do not filter. Without a status only PUBLISHED offers are listed,
 * except that members of {@code provider} see all of its offers.
 *
 * @param skill an ESCO skill id or URI the offer teaches
 */
public record OfferFilter(String municipality, String region, String skill, TrainingMode mode, UUID provider,
                          OfferStatus status, int limit, int offset) {
}
