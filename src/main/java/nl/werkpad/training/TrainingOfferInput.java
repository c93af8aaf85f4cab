package nl.werkpad.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.werkpad.shared.Limits;

/**
 * A training offer as a provider writes it.
 *
 * @param provider the providing organisation; may be left out by someone who acts for exactly one
 * @param skills   the ESCO skills it teaches (URIs or ids), at least one
 */
public record TrainingOfferInput(
        UUID provider,
        @Size(max = Limits.TITLE) String title,
        @Size(max = Limits.DESCRIPTION) String description,
        TrainingLevel level,
        TrainingMode mode,
        @Size(max = Limits.CODE) String municipality,
        Integer durationHours,
        Integer durationWeeks,
        Long costCents,
        Boolean onRegister,
        OfferStatus status,
        List<@Size(max = Limits.CODE) String> skills,
        List<@Valid OfferStart> starts) {}
