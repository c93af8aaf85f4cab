package nl.werkpad.trajectories.domain;

import java.time.LocalDate;

/**
 * The clear next step of a case: the earliest agreed action still open (overdue first), otherwise what the phase
 * asks for. The key is a message key; the text and date come with it when it is an agreed action.
 */
public record NextAction(String key, String text, LocalDate due, boolean overdue) {

    public static NextAction of(Phase phase, String openActionText, LocalDate openActionDue, LocalDate today) {
        if (openActionText != null) {
            return new NextAction("caseload.next.action", openActionText, openActionDue, openActionDue.isBefore(today));
        }
        return new NextAction("caseload.next." + (phase == null ? "START" : phase.name()), null, null, false);
    }
}
