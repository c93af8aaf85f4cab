package nl.werkpad.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.access.SignedInUser;

/**
 * Training offers for every module. Only members of the providing organisation (and administrators)
 * write its offers or see its drafts. Labels come in the language of the current request.
 */
public interface TrainingOffers {

    /** @throws nl.werkpad.shared.RuleViolation naming the first broken rule, e.g. {@code offer.skills-required} */
    TrainingOffer create(TrainingOfferInput input, SignedInUser actor);

    TrainingOffer update(UUID id, TrainingOfferInput input, SignedInUser actor);

    TrainingOffer changeStatus(UUID id, OfferStatus status, SignedInUser actor);

    Optional<TrainingOffer> byId(UUID id, Optional<SignedInUser> viewer);

    List<TrainingOffer> search(OfferFilter filter, Optional<SignedInUser> viewer);

    /** One page of the search and how many offers match in all. */
    Found find(OfferFilter filter, Optional<SignedInUser> viewer);

    record Found(List<TrainingOffer> items, long total) {}

    /** Profiles for read models, streamed: the given offers in any status, or (ids null) every published one. */
    void profiles(Collection<UUID> ids, Consumer<OfferProfile> each);

    /** Many published offers at once, written with COPY for generated markets; ids must be valid. */
    int publishAll(List<BulkOffer> offers);

    record BulkOffer(
            UUID provider,
            String title,
            TrainingLevel level,
            TrainingMode mode,
            String municipality,
            int durationHours,
            int durationWeeks,
            long costCents,
            boolean onRegister,
            List<String> skills,
            List<OfferStart> starts) {}
}
