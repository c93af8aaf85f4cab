package nl.werkpad.ecosystem;

import java.time.LocalDate;
import java.util.UUID;

/** A technology table, advisory meeting, Promotion Event Technology or parent-child day, with its counts. */
public record Event(
        UUID id,
        Kind kind,
        String title,
        LocalDate heldOn,
        UUID campus,
        String campusName,
        String municipality,
        Integer participants,
        Integer pupils,
        String outcome) {

    public enum Kind {
        TECHNOLOGY_TABLE,
        ADVISORY_MEETING,
        PROMOTION_EVENT,
        PARENT_CHILD_DAY
    }
}
