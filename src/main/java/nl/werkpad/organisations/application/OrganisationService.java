package nl.werkpad.organisations.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.OrganisationNotFound;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.organisations.domain.OrganisationRules;
import nl.werkpad.organisations.persistence.OrganisationStore;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Decision;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations registry as an application service: the transaction, the field limits and
 * {@link OrganisationRules}, known municipalities, and who writes for an organisation. SQL is in
 * {@link OrganisationStore}.
 */
@Service
@Transactional
class OrganisationService implements Organisations {

    private final OrganisationStore store;
    private final Regions regions;

    OrganisationService(OrganisationStore store, Regions regions) {
        this.store = store;
        this.regions = regions;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> kvkNumbersInUse() {
        return store.kvkNumbersInUse();
    }

    @Override
    public Organisation register(NewOrganisation o, UUID createdBy) {
        InputCheck.of()
                .line("name", o.name(), Limits.NAME)
                .line("website", o.website(), Limits.SHORT)
                .line("kvkNumber", o.kvkNumber(), Limits.CODE)
                .each("sites", o.sites(), (c, at, site) -> c.line(at + "name", site.name(), Limits.NAME))
                .orThrow();
        List<Decision.Rejected> problems = new ArrayList<>(OrganisationRules.check(o));
        if (o.sites() != null) {
            o.sites().stream()
                    .filter(site -> regions.municipality(site.municipality()).isEmpty())
                    .findFirst()
                    .ifPresent(site -> problems.add(unknownMunicipality(site)));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(
                    problems.getFirst().rule(),
                    problems.stream().map(Decision.Rejected::reason).collect(Collectors.joining("; ")));
        }
        UUID id = UUID.randomUUID();
        String kvk = o.kvkNumber() == null || o.kvkNumber().isBlank() ? null : o.kvkNumber();
        try {
            store.insert(id, kvk, o);
        } catch (DuplicateKeyException e) {
            throw RuleViolation.of(
                    "organisation.kvk-taken", "An organisation with KvK number " + kvk + " is already registered");
        }
        o.sites().forEach(site -> insertSite(id, site));
        if (createdBy != null) {
            addMember(id, createdBy);
        }
        return byId(id).orElseThrow();
    }

    @Override
    public List<UUID> registerAll(List<NewOrganisation> all) {
        for (NewOrganisation o : all) {
            List<Decision.Rejected> problems = OrganisationRules.check(o);
            if (!problems.isEmpty()) {
                throw RuleViolation.of(
                        problems.getFirst().rule(),
                        o.name() + ": " + problems.getFirst().reason());
            }
        }
        List<UUID> ids = all.stream().map(o -> UUID.randomUUID()).toList();
        List<OrganisationStore.SiteRow> sites = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (NewOrganisation.NewSite site : all.get(i).sites()) {
                sites.add(new OrganisationStore.SiteRow(
                        ids.get(i),
                        site.name() == null
                                ? regions.requireMunicipality(site.municipality())
                                        .name()
                                : site.name(),
                        site.municipality()));
            }
        }
        store.copyAll(ids, all, sites);
        return ids;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> byId(UUID id) {
        return store.byId(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> byKvkNumber(String kvkNumber) {
        return store.byKvkNumber(kvkNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> search(String text, OrganisationKind kind, int limit, int offset) {
        return store.search(text, kind, limit, offset);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> of(UUID accountId) {
        return store.of(accountId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> idsOf(UUID accountId) {
        return store.idsOf(accountId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> nameOf(UUID id) {
        return store.nameOf(id);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(UUID accountId, UUID organisationId) {
        return store.isMember(accountId, organisationId);
    }

    @Override
    public void addMember(UUID organisationId, UUID accountId) {
        requireExists(organisationId);
        store.addMember(organisationId, accountId);
    }

    @Override
    public Organisation addSite(UUID organisationId, NewOrganisation.NewSite site) {
        requireExists(organisationId);
        if (regions.municipality(site.municipality()).isEmpty()) {
            unknownMunicipality(site).orThrow();
        }
        insertSite(organisationId, site);
        return byId(organisationId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public UUID writingFor(UUID given, SignedInUser actor) {
        if (given != null) {
            if (byId(given).isEmpty()) {
                throw RuleViolation.of("organisation.unknown", "Unknown organisation " + given);
            }
            if (!mayWriteFor(given, Optional.of(actor))) {
                throw new AccessDeniedException("Only people who act for the organisation write for it");
            }
            return given;
        }
        List<Organisation> own = of(actor.accountId());
        if (own.size() != 1) {
            throw RuleViolation.of(
                    "organisation.required",
                    own.isEmpty()
                            ? "You act for no organisation; register one first"
                            : "You act for several organisations; say which one");
        }
        return own.getFirst().id();
    }

    private static Decision.Rejected unknownMunicipality(NewOrganisation.NewSite site) {
        return new Decision.Rejected(
                "organisation.municipality-unknown", "Unknown municipality " + site.municipality());
    }

    private void requireExists(UUID organisationId) {
        if (byId(organisationId).isEmpty()) {
            throw OrganisationNotFound.byId(organisationId);
        }
    }

    private void insertSite(UUID organisationId, NewOrganisation.NewSite site) {
        InputCheck.of()
                .line("name", site.name(), Limits.NAME)
                .line("municipality", site.municipality(), Limits.SHORT)
                .orThrow();
        String name = site.name() == null || site.name().isBlank()
                ? regions.requireMunicipality(site.municipality()).name()
                : site.name().strip();
        store.insertSite(new OrganisationStore.SiteRow(
                organisationId, name, site.municipality().toUpperCase(Locale.ROOT)));
    }
}
