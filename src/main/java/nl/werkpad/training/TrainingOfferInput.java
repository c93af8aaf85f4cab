package nl.werkpad.training;

import java.util.List;
import java.util.UUID;

/**
 * A training offer as a provider writes it.
 *
 * @param provider the providing organisation; may be left out by someone who acts for exactly one
 * @param skills   the ESCO skills it teaches (URIs or ids), at least one
 */
public record TrainingOfferInput(
        UUID provider,
        String title,
        String description,
        TrainingLevel level,
        TrainingMode mode,
        String municipality,
        Integer durationHours,
        Integer durationWeeks,
        Long costCents,
        Boolean onRegister,
        OfferStatus status,
        List<String> skills,
        List<OfferStart> starts) {}
