package nl.werkpad.vacancies.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.PublishedState;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyChanged;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyNotFound;
import nl.werkpad.vacancies.VacancyProfile;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.domain.VacancyRules;
import nl.werkpad.vacancies.persistence.VacancyStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vacancies as an application service: the transaction, who may write for an organisation and who may see a draft
 * ({@link VacancyStatus#visibleTo}), the checked profile ({@link VacancyProfiles}), {@link VacancyRules}' transitions
 * and the {@link VacancyChanged} event. SQL is in {@link VacancyStore}.
 */
@Service
@Transactional
class VacancyService implements Vacancies {

    private final VacancyStore store;
    private final VacancyProfiles profiles;
    private final Organisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VacancyService(
            VacancyStore store,
            VacancyProfiles profiles,
            Organisations organisations,
            Regions regions,
            Taxonomy taxonomy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.profiles = profiles;
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public void profiles(Collection<UUID> ids, Consumer<VacancyProfile> each) {
        store.profiles(ids, each);
    }

    @Override
    public Vacancy create(VacancyInput input, SignedInUser actor) {
        return byId(insert(input, actor).id(), Optional.of(actor)).orElseThrow();
    }

    /** Creates the vacancy without reading it back with its labels ({@link ImportedVacancies}). */
    public ImportedVacancies.Created insert(VacancyInput input, SignedInUser actor) {
        VacancyStore.Profile profile = profiles.check(input, actor, LocalDate.now(clock));
        UUID id = UUID.randomUUID();
        store.insert(id, profile, actor.accountId());
        events.publishEvent(new VacancyChanged(id, profile.status()));
        return new ImportedVacancies.Created(
                id,
                profile.organisation(),
                profile.municipality(),
                input.title().strip(),
                input.description());
    }

    @Override
    public Vacancy update(UUID id, VacancyInput input, SignedInUser actor) {
        Vacancy current = requireWritable(id, actor);
        VacancyInput sameStatus = new VacancyInput(
                current.organisation().id(),
                input.title(),
                input.description(),
                input.occupation(),
                input.municipality(),
                input.kind(),
                input.hoursPerWeek(),
                input.contractType(),
                input.sector(),
                input.salaryMinCents(),
                input.salaryMaxCents(),
                input.closingDate(),
                input.positions(),
                input.requiredCertificate(),
                current.status() == VacancyStatus.OPEN ? VacancyStatus.OPEN : VacancyStatus.DRAFT,
                input.essentialSkills(),
                input.optionalSkills());
        VacancyStore.Profile profile = profiles.check(sameStatus, actor, LocalDate.now(clock));
        store.update(id, profile, actor.accountId());
        events.publishEvent(new VacancyChanged(id, current.status()));
        return byId(id, Optional.of(actor)).orElseThrow();
    }

    @Override
    public Vacancy changeStatus(UUID id, VacancyStatus status, SignedInUser actor) {
        Vacancy current = requireWritable(id, actor);
        VacancyRules.transition(current.status(), status).orThrow();
        store.setStatus(id, status);
        events.publishEvent(new VacancyChanged(id, status));
        return byId(id, Optional.of(actor)).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Vacancy> byId(UUID id, Optional<SignedInUser> viewer) {
        return store.byId(id).filter(v -> v.status()
                .visibleTo(organisations.mayWriteFor(v.organisation().id(), viewer)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Vacancy> search(VacancyFilter f, Optional<SignedInUser> viewer) {
        return find(f, viewer, false).items();
    }

    @Override
    @Transactional(readOnly = true)
    public Found find(VacancyFilter f, Optional<SignedInUser> viewer) {
        return find(f, viewer, true);
    }

    private Found find(VacancyFilter f, Optional<SignedInUser> viewer, boolean count) {
        boolean member = f.organisation() != null && organisations.mayWriteFor(f.organisation(), viewer);
        PublishedState.Listed<VacancyStatus> listed = PublishedState.listed(f.status(), member, VacancyStatus.OPEN);
        if (listed.nothing()) {
            return new Found(List.of(), 0);
        }
        return store.find(
                new VacancyStore.Query(
                        listed.onlyName(),
                        f.municipality(),
                        f.region() == null ? null : regions.municipalityCodesOf(f.region()),
                        f.occupation() == null
                                ? null
                                : taxonomy.occupationRef(f.occupation(), "en")
                                        .map(o -> o.id())
                                        .orElse(f.occupation()),
                        f.organisation(),
                        f.kind() == null ? null : f.kind().name(),
                        f.q() == null || f.q().isBlank() ? null : f.q().strip(),
                        f.limit(),
                        f.offset(),
                        nearestFirst(f),
                        f.sort()),
                count);
    }

    /**
     * The municipalities ordered by distance from {@code near} (about 340), so SQL can sort by position in that list; the
     * distance is the regions' own ({@link Regions#distanceKm}).
     */
    private String[] nearestFirst(VacancyFilter f) {
        if (f.sort() != VacancyFilter.Sort.CLOSEST
                || f.near() == null
                || regions.municipality(f.near()).map(m -> m.point()).isEmpty()) {
            return null;
        }
        return regions.municipalities().stream()
                .filter(m -> m.point() != null)
                .sorted(Comparator.comparingDouble(m -> regions.distanceKm(f.near(), m.code())))
                .map(m -> m.code())
                .toArray(String[]::new);
    }

    @Override
    public int publishAll(List<BulkVacancy> all) {
        return store.copyOpen(all);
    }

    @Override
    public int expireOverdue(LocalDate today) {
        List<UUID> expired = store.expireOverdue(today);
        expired.forEach(id -> events.publishEvent(new VacancyChanged(id, VacancyStatus.EXPIRED)));
        return expired.size();
    }

    private Vacancy requireWritable(UUID id, SignedInUser actor) {
        Vacancy vacancy = byId(id, Optional.of(actor)).orElseThrow(() -> VacancyNotFound.byId(id));
        if (!organisations.mayWriteFor(vacancy.organisation().id(), Optional.of(actor))) {
            throw new AccessDeniedException("Only the organisation's own people change its vacancies");
        }
        return vacancy;
    }
}
