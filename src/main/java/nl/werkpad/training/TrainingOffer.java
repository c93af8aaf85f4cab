package nl.werkpad.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.taxonomy.SkillRef;
import org.jspecify.annotations.Nullable;

/** A training offer as everyone reads it. */
public record TrainingOffer(
        UUID id,
        Provider provider,
        String title,
        String description,
        TrainingLevel level,
        TrainingMode mode,
        Place municipality,
        int durationHours,
        int durationWeeks,
        long costCents,
        boolean onRegister,
        OfferStatus status,
        List<SkillRef> skills,
        List<OfferStart> starts,
        Instant updatedAt) {

    public record Provider(UUID id, String name) {}

    public record Place(String code, String name) {}

    /** The first start on or after the day, if any. */
    public @Nullable OfferStart nextStart(LocalDate from) {
        return starts.stream().filter(s -> !s.date().isBefore(from)).findFirst().orElse(null);
    }
}
