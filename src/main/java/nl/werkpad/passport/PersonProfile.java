package nl.werkpad.passport;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A passport as read models (the matching index, statistics) keep it: no name, ids only. Read models
 * must still ask {@link nl.werkpad.privacy.Consents} before they show anything of it to anyone.
 */
public record PersonProfile(
        UUID id,
        String municipality,
        Integer travelKm,
        LabourMarketStatus status,
        LocalDate wwStart,
        List<String> sectors,
        List<String> skills,
        List<String> occupations,
        boolean erased) {}
