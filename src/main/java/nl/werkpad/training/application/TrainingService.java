package nl.werkpad.training.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Decision;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.PublishedState;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.training.OfferChanged;
import nl.werkpad.training.OfferFilter;
import nl.werkpad.training.OfferNotFound;
import nl.werkpad.training.OfferProfile;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingOffer;
import nl.werkpad.training.TrainingOfferInput;
import nl.werkpad.training.TrainingOffers;
import nl.werkpad.training.domain.OfferRules;
import nl.werkpad.training.persistence.OfferStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training offers as an application service: the transaction, who may write for a provider and who may see a draft
 * ({@link OfferStatus#visibleTo}), the field limits and {@link OfferRules}, and the {@link OfferChanged} event. SQL is
 * in {@link OfferStore}.
 */
@Service
@Transactional
class TrainingService implements TrainingOffers {

    private final OfferStore store;
    private final Organisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingService(
            OfferStore store,
            Organisations organisations,
            Regions regions,
            Taxonomy taxonomy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.events = events;
        this.clock = clock;
    }

    private OfferStore.Fields check(TrainingOfferInput in, SignedInUser actor) {
        InputCheck.of()
                .line("title", in.title(), Limits.TITLE)
                .text("description", in.description(), Limits.DESCRIPTION)
                .line("municipality", in.municipality(), Limits.CODE)
                .cents("costCents", in.costCents())
                .atMost("durationHours", in.durationHours(), 100_000)
                .atMost("durationWeeks", in.durationWeeks(), 520)
                .noNulls("skills", in.skills())
                .each("starts", in.starts(), (c, at, start) -> c.atMost(at + "seats", start.seats(), 100_000))
                .orThrow();
        List<Decision.Rejected> problems = OfferRules.check(in);
        if (!problems.isEmpty()) {
            throw RuleViolation.of(
                    problems.getFirst().rule(), problems.getFirst().reason());
        }
        UUID provider = organisations.writingFor(in.provider(), actor);
        String municipality = in.municipality() == null || in.municipality().isBlank()
                ? null
                : regions.municipality(in.municipality())
                        .map(m -> m.code())
                        .orElseThrow(() -> RuleViolation.of(
                                "offer.municipality-unknown", "Unknown municipality " + in.municipality()));
        Map<String, String> resolved = taxonomy.resolveSkills(in.skills());
        List<String> unknown =
                in.skills().stream().filter(s -> !resolved.containsKey(s)).toList();
        if (!unknown.isEmpty()) {
            throw RuleViolation.of("offer.skill-unknown", "Unknown ESCO skill(s): " + String.join(", ", unknown));
        }
        return new OfferStore.Fields(
                in,
                provider,
                municipality,
                in.skills().stream().map(resolved::get).distinct().toList());
    }

    @Override
    @Transactional(readOnly = true)
    public void profiles(Collection<UUID> ids, Consumer<OfferProfile> each) {
        store.profiles(ids, each);
    }

    @Override
    public TrainingOffer create(TrainingOfferInput input, SignedInUser actor) {
        OfferStore.Fields c = check(input, actor);
        UUID id = UUID.randomUUID();
        OfferStatus status = input.status() == null ? OfferStatus.DRAFT : input.status();
        store.insert(id, c, status, actor.accountId());
        events.publishEvent(new OfferChanged(id, status));
        return byId(id, Optional.of(actor)).orElseThrow();
    }

    @Override
    public TrainingOffer update(UUID id, TrainingOfferInput input, SignedInUser actor) {
        TrainingOffer current = requireWritable(id, actor);
        OfferStore.Fields c = check(
                new TrainingOfferInput(
                        current.provider().id(),
                        input.title(),
                        input.description(),
                        input.level(),
                        input.mode(),
                        input.municipality(),
                        input.durationHours(),
                        input.durationWeeks(),
                        input.costCents(),
                        input.onRegister(),
                        current.status(),
                        input.skills(),
                        input.starts()),
                actor);
        store.update(id, c, actor.accountId());
        events.publishEvent(new OfferChanged(id, current.status()));
        return byId(id, Optional.of(actor)).orElseThrow();
    }

    @Override
    public TrainingOffer changeStatus(UUID id, OfferStatus status, SignedInUser actor) {
        TrainingOffer current = requireWritable(id, actor);
        OfferRules.transition(current.status(), status).orThrow();
        store.setStatus(id, status);
        events.publishEvent(new OfferChanged(id, status));
        return byId(id, Optional.of(actor)).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TrainingOffer> byId(UUID id, Optional<SignedInUser> viewer) {
        return store.byId(id).filter(o -> o.status()
                .visibleTo(organisations.mayWriteFor(o.provider().id(), viewer)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingOffer> search(OfferFilter f, Optional<SignedInUser> viewer) {
        return find(f, viewer, false).items();
    }

    @Override
    @Transactional(readOnly = true)
    public Found find(OfferFilter f, Optional<SignedInUser> viewer) {
        return find(f, viewer, true);
    }

    private Found find(OfferFilter f, Optional<SignedInUser> viewer, boolean count) {
        boolean member = f.provider() != null && organisations.mayWriteFor(f.provider(), viewer);
        PublishedState.Listed<OfferStatus> listed = PublishedState.listed(f.status(), member, OfferStatus.PUBLISHED);
        if (listed.nothing()) {
            return new Found(List.of(), 0);
        }
        return store.find(
                new OfferStore.Query(
                        listed.onlyName(),
                        f.municipality(),
                        f.region() == null ? null : regions.municipalityCodesOf(f.region()),
                        f.skill() == null
                                ? null
                                : taxonomy.resolveSkills(List.of(f.skill())).getOrDefault(f.skill(), f.skill()),
                        f.mode() == null ? null : f.mode().name(),
                        f.provider(),
                        f.q() == null || f.q().isBlank() ? null : f.q().strip(),
                        f.limit(),
                        f.offset(),
                        LocalDate.now(clock),
                        f.sort()),
                count);
    }

    @Override
    public int publishAll(List<BulkOffer> all) {
        return store.copyPublished(all);
    }

    private TrainingOffer requireWritable(UUID id, SignedInUser actor) {
        TrainingOffer offer = byId(id, Optional.of(actor)).orElseThrow(() -> OfferNotFound.byId(id));
        if (!organisations.mayWriteFor(offer.provider().id(), Optional.of(actor))) {
            throw new AccessDeniedException("Only the provider's own people change its offers");
        }
        return offer;
    }
}
