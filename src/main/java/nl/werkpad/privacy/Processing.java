package nl.werkpad.privacy;

import java.util.UUID;

/**
 * One processing of personal data, to be logged.
 *
 * @param actorId    the account that did it
 * @param actorLabel how the person sees the actor ("adviseur J. de Vries, Werkcentrum Alkmaar"); no
 *                   personal data of the subject
 * @param subjectId  whose data it was
 * @param action     read, change, export or erase
 * @param data       which data, e.g. "paspoort: vaardigheden"
 * @param purpose    why, e.g. "begeleiding traject" or "kandidaat voor vacature"
 */
public record Processing(UUID actorId, String actorLabel, UUID subjectId, Action action, String data, String purpose) {

    public enum Action {
        READ,
        CHANGE,
        EXPORT,
        ERASE
    }
}
