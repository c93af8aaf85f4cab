package nl.werkpad.ecosystem.application;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Coalition;
import nl.werkpad.ecosystem.CoalitionRefused;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.ecosystem.Event;
import nl.werkpad.ecosystem.Target;
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.GrantCheck;
import nl.werkpad.ecosystem.domain.PurposeCase;
import nl.werkpad.ecosystem.domain.RegistryRules;
import nl.werkpad.ecosystem.persistence.AgendaStore;
import nl.werkpad.ecosystem.persistence.CampusStore;
import nl.werkpad.ecosystem.persistence.CoalitionStore;
import nl.werkpad.ecosystem.persistence.CoalitionStore.CoalitionRow;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleCheck;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ecosystem registry as an application service: the transaction, who may write (policy makers and
 * administrators; everyone reads), the domain's rules ({@link RegistryRules}, {@link CoalitionPhase},
 * {@link PurposeCase}, {@link GrantCheck}) and the stores ({@link CampusStore}, {@link CoalitionStore}, {@link AgendaStore}) for the rows.
 */
@Service
@Transactional
class EcosystemService implements Ecosystem {

    private final CampusStore campuses;
    private final CoalitionStore coalitions;
    private final AgendaStore agenda;
    private final RegistryImports imports;
    private final Regions regions;
    private final Organisations organisations;
    private final Clock clock;

    EcosystemService(
            CampusStore campuses,
            CoalitionStore coalitions,
            AgendaStore agenda,
            RegistryImports imports,
            Regions regions,
            Organisations organisations,
            Clock clock) {
        this.campuses = campuses;
        this.coalitions = coalitions;
        this.agenda = agenda;
        this.imports = imports;
        this.regions = regions;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Policy makers and administrators keep the registry (the pages and API check it too, before a form is shown). */
    private static void keeper(SignedInUser actor) {
        if (!actor.has(Role.BELEID) && !actor.has(Role.BEHEERDER)) {
            throw new AccessDeniedException("Only policy makers and administrators keep the ecosystem registry");
        }
    }

    // ---- campuses

    @Override
    @Transactional(readOnly = true)
    public List<Campus> campuses(String labourMarketRegion, String text) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return campuses.campuses(Text.blankToNull(labourMarketRegion), like);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Campus> campus(UUID id) {
        return campuses.campus(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> campusesWithPartner(UUID organisationId) {
        return campuses.campusesWithPartner(organisationId);
    }

    @Override
    public Campus setServicePoint(UUID campusId, boolean servicePoint, SignedInUser actor) {
        keeper(actor);
        if (!campuses.setServicePoint(campusId, servicePoint)) {
            throw NotFound.of("campus", campusId);
        }
        return campuses.campus(campusId).orElseThrow();
    }

    @Override
    public Campus addPartner(UUID campusId, UUID organisationId, Campus.Helix helix, SignedInUser actor) {
        keeper(actor);
        campuses.campus(campusId).orElseThrow(() -> NotFound.of("campus", campusId));
        organisations
                .byId(organisationId)
                .orElseThrow(() ->
                        RuleViolation.of("campus.organisation-unknown", "Unknown organisation " + organisationId));
        if (helix == null) {
            throw RuleViolation.of(
                    "campus.helix-required", "Say whether the partner is business, education or government");
        }
        campuses.putPartner(campusId, organisationId, helix);
        return campuses.campus(campusId).orElseThrow();
    }

    @Override
    public int importCampuses(String file, Reader csv) {
        return imports.campuses(file, csv);
    }

    // ---- coalitions

    @Override
    @Transactional(readOnly = true)
    public List<Coalition> coalitions() {
        return coalitions.coalitions().stream().map(EcosystemService::coalition).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Coalition> coalition(UUID id) {
        return coalitions.coalition(id).map(EcosystemService::coalition);
    }

    /** The stored coalition with the checks of its financing, as the domain judges them now. */
    private static Coalition coalition(CoalitionRow c) {
        return new Coalition(
                c.id(),
                c.name(),
                c.actionRef(),
                c.driver(),
                c.phase(),
                c.problem(),
                c.intendedResult(),
                c.decision(),
                c.stopReason(),
                c.partners(),
                c.commitments(),
                PurposeCase.check(c.partners()),
                c.history(),
                c.updatedAt());
    }

    private Coalition existing(UUID id) {
        return coalition(id).orElseThrow(() -> NotFound.of("coalition", id));
    }

    @Override
    public Coalition createCoalition(NewCoalition input, SignedInUser actor) {
        keeper(actor);
        InputCheck.of()
                .line("name", input.name(), Limits.NAME)
                .line("actionRef", input.actionRef(), Limits.SHORT)
                .line("driver", input.driver(), Limits.NAME)
                .orThrow();
        RegistryRules.newCoalition(input.name(), input.driver()).orThrow();
        UUID id = UUID.randomUUID();
        coalitions.insertCoalition(
                id,
                input.name().strip(),
                Text.blankToNull(input.actionRef()),
                input.driver().strip(),
                actor.accountId());
        coalitions.history(id, CoalitionPhase.IDEA, null, actor.accountId());
        return existing(id);
    }

    @Override
    public Coalition writePurposeCase(UUID id, PurposeCaseInput input, SignedInUser actor) {
        keeper(actor);
        Coalition current = existing(id);
        RegistryRules.purposeCaseEditable(current.phase()).orThrow();
        InputCheck.of()
                .text("problem", input.problem(), Limits.DESCRIPTION)
                .text("intendedResult", input.intendedResult(), Limits.DESCRIPTION)
                .text("decision", input.decision(), Limits.NOTE)
                .each("partners", input.partners(), (c, at, p) -> c.line(at + "name", p.name(), Limits.NAME)
                        .cents(at + "contributionCents", p.contributionCents())
                        .text(at + "commitment", p.commitment(), Limits.NOTE))
                .orThrow();
        List<PartnerInput> partners = input.partners() == null ? List.of() : input.partners();
        partners.forEach(p -> RegistryRules.partner(p.name(), p.helix(), p.contributionCents())
                .orThrow());
        coalitions.putPurposeCase(
                id,
                Text.blankToNull(input.problem()),
                Text.blankToNull(input.intendedResult()),
                Text.blankToNull(input.decision()),
                partners.stream()
                        .map(p -> new CoalitionStore.PartnerRow(
                                p.name().strip(),
                                p.helix(),
                                p.contributionCents() == null ? 0 : p.contributionCents(),
                                Text.blankToNull(p.commitment())))
                        .toList());
        return existing(id);
    }

    @Override
    public Coalition move(UUID id, CoalitionPhase to, String reason, SignedInUser actor) {
        keeper(actor);
        Coalition c = existing(id);
        List<RuleCheck> checks = to.checkMove(
                new CoalitionPhase.State(c.phase(), c.problem(), c.intendedResult(), c.decision(), c.partners()),
                reason);
        Optional<RuleCheck> failed =
                checks.stream().filter(x -> x.blocking() && !x.passed()).findFirst();
        if (failed.isPresent()) {
            throw new CoalitionRefused(failed.get(), checks);
        }
        coalitions.movePhase(id, to, to == CoalitionPhase.STOPPED ? reason.strip() : c.stopReason());
        coalitions.history(id, to, Text.blankToNull(reason), actor.accountId());
        return existing(id);
    }

    @Override
    public List<RuleCheck> grantCheck(GrantCheck.Facts facts) {
        return GrantCheck.check(facts);
    }

    // ---- action agenda

    @Override
    @Transactional(readOnly = true)
    public List<Target> targets(LocalDate today) {
        return agenda.targets(today);
    }

    @Override
    public Target recordProgress(String targetId, double value, LocalDate asOf, String source, SignedInUser actor) {
        keeper(actor);
        InputCheck.of().line("source", source, Limits.SHORT).orThrow();
        if (!agenda.targetExists(targetId)) {
            throw NotFound.of("target", targetId);
        }
        RegistryRules.progress(value, asOf, source).orThrow();
        agenda.insertProgress(targetId, value, asOf, source.strip(), actor.accountId());
        return agenda.targets(LocalDate.now(clock)).stream()
                .filter(t -> t.id().equals(targetId))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public int importTargets(String file, Reader csv) {
        return imports.targets(file, csv);
    }

    // ---- events

    @Override
    @Transactional(readOnly = true)
    public List<Event> events() {
        return agenda.events();
    }

    @Override
    public Event addEvent(NewEvent input, SignedInUser actor) {
        keeper(actor);
        InputCheck.of()
                .line("title", input.title(), Limits.TITLE)
                .line("municipality", input.municipality(), Limits.CODE)
                .atMost("participants", input.participants(), 1_000_000)
                .atMost("pupils", input.pupils(), 1_000_000)
                .text("outcome", input.outcome(), Limits.NOTE)
                .orThrow();
        RegistryRules.event(input.kind() != null, input.title(), input.heldOn(), input.participants(), input.pupils())
                .orThrow();
        if (input.campus() != null && campuses.campus(input.campus()).isEmpty()) {
            throw RuleViolation.of("event.campus-unknown", "Unknown campus");
        }
        if (input.municipality() != null
                && !input.municipality().isBlank()
                && regions.municipality(input.municipality()).isEmpty()) {
            throw RuleViolation.of("event.municipality-unknown", "Unknown municipality " + input.municipality());
        }
        UUID id = UUID.randomUUID();
        agenda.insertEvent(
                id,
                input.kind(),
                input.title().strip(),
                input.heldOn(),
                input.campus(),
                Text.blankToNull(input.municipality()),
                input.participants(),
                input.pupils(),
                Text.blankToNull(input.outcome()),
                actor.accountId());
        return agenda.events().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    // ---- export

    @Override
    @Transactional(readOnly = true)
    public String exportCsv(String what, LocalDate today) {
        return EcosystemCsvExport.export(what, this, today);
    }
}
