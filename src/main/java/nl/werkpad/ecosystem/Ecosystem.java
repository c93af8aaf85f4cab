package nl.werkpad.ecosystem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.GrantCheck;
import nl.werkpad.ecosystem.domain.PurposeCase;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleCheck;

/**
 * The registry of campuses, development coalitions, the action agenda and events. Reading is public;
 * policy makers (BELEID) and administrators write.
 */
public interface Ecosystem {

    List<Campus> campuses(String labourMarketRegion, String text);

    Optional<Campus> campus(UUID id);

    /** The campuses the organisation is a partner of, by register number: one query, for counting per move. */
    List<UUID> campusesWithPartner(UUID organisationId);

    /** Marks whether the campus runs a (digital) service point; counts for the agenda's target II-3a. */
    Campus setServicePoint(UUID campusId, boolean servicePoint, SignedInUser actor);

    Campus addPartner(UUID campusId, UUID organisationId, Campus.Helix helix, SignedInUser actor);

    List<Coalition> coalitions();

    Optional<Coalition> coalition(UUID id);

    Coalition createCoalition(NewCoalition input, SignedInUser actor);

    /** Replaces the purpose case (problem, intended result, partners with their financing and commitment, decision). */
    Coalition writePurposeCase(UUID id, PurposeCaseInput input, SignedInUser actor);

    /**
     * Moves the coalition to the phase when every blocking rule passes.
     *
     * @throws CoalitionRefused naming the first blocking rule that failed, with all checks
     */
    Coalition move(UUID id, CoalitionPhase to, String reason, SignedInUser actor);

    List<RuleCheck> grantCheck(GrantCheck.Facts facts);

    /** Every target of the action agenda with its latest progress (by hand or measured) and status. */
    List<Target> targets(LocalDate today);

    Target recordProgress(String targetId, double value, LocalDate asOf, String source, SignedInUser actor);

    List<Event> events();

    Event addEvent(NewEvent input, SignedInUser actor);

    /** All-or-nothing imports of the bundled table formats; errors name the line. */
    int importCampuses(String file, Reader csv);

    int importTargets(String file, Reader csv);

    /** CSV of one part of the registry: campuses, coalitions, targets or events. */
    String exportCsv(String what, LocalDate today);

    record NewCoalition(
            @Size(max = Limits.NAME) String name,
            @Size(max = Limits.SHORT) String actionRef,
            @Size(max = Limits.NAME) String driver) {}

    record PurposeCaseInput(
            @Size(max = Limits.DESCRIPTION) String problem,
            @Size(max = Limits.DESCRIPTION) String intendedResult,
            List<@Valid PartnerInput> partners,
            @Size(max = Limits.NOTE) String decision) {}

    record PartnerInput(
            @Size(max = Limits.NAME) String name,
            PurposeCase.Helix helix,
            Long contributionCents,
            @Size(max = Limits.NOTE) String commitment) {}

    record NewEvent(
            Event.Kind kind,
            @Size(max = Limits.TITLE) String title,
            LocalDate heldOn,
            UUID campus,
            @Size(max = Limits.CODE) String municipality,
            Integer participants,
            Integer pupils,
            @Size(max = Limits.NOTE) String outcome) {}
}
