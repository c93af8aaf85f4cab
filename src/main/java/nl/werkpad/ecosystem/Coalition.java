package nl.werkpad.ecosystem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.PurposeCase;
import nl.werkpad.shared.RuleCheck;

/** A development coalition with its purpose case, the checks of its financing, and its history. */
public record Coalition(
        UUID id,
        String name,
        String actionRef,
        String driver,
        CoalitionPhase phase,
        String problem,
        String intendedResult,
        String decision,
        String stopReason,
        List<PurposeCase.Partner> partners,
        List<String> commitments,
        List<RuleCheck> financing,
        List<Step> history,
        Instant updatedAt) {

    public record Step(CoalitionPhase phase, String reason, Instant at) {}

    public long totalCents() {
        return partners.stream()
                .mapToLong(PurposeCase.Partner::contributionCents)
                .sum();
    }
}
