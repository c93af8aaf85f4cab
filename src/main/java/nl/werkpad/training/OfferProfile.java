package nl.werkpad.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A training offer as read models (the matching index) keep it: ids only, no labels; {@code nextStart} null when none is planned. */
public record OfferProfile(
        UUID id,
        UUID provider,
        String title,
        TrainingLevel level,
        TrainingMode mode,
        String municipality,
        int durationHours,
        int durationWeeks,
        long costCents,
        boolean onRegister,
        OfferStatus status,
        List<String> skills,
        LocalDate nextStart) {}
