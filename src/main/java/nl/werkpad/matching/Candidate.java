package nl.werkpad.matching;

import java.util.List;
import java.util.UUID;
import nl.werkpad.taxonomy.SkillRef;

/**
 * A resident found for a vacancy. {@code reference} is a random pseudonym for this vacancy only (it means nothing
 * elsewhere and cannot follow a person across vacancies); {@code personId}, the name and how to reach them appear
 * only once they accepted a contact request ({@code contact} ACCEPTED), or for an advisor they consented to.
 */
public record Candidate(
        String reference,
        UUID personId,
        int score,
        double distanceKm,
        Match.Place municipality,
        List<Match.Matched> matched,
        List<SkillRef> missingEssential,
        List<Match.PartialCredit> partial,
        ContactStatus contact,
        String sharedName,
        String sharedContact) {

    /** The essential skills missing that no close skill of the person counts for (the others are in {@code partial}). */
    public List<SkillRef> missingWithoutCredit() {
        return Match.withoutCredit(missingEssential, partial);
    }

    public enum ContactStatus {
        NONE,
        REQUESTED,
        ACCEPTED,
        DECLINED
    }
}
