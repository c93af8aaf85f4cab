package nl.werkpad.privacy;

import java.util.List;
import java.util.UUID;

/**
 * Consent per purpose, kept as a history that is only appended to. Every module asks here before it
 * shows a person's data to someone else.
 */
public interface Consents {

    void give(UUID subject, Purpose purpose, UUID grantee, UUID actor);

    void withdraw(UUID subject, Purpose purpose, UUID grantee, UUID actor);

    /** What holds now for one person. */
    List<Consent> current(UUID subject);

    boolean has(UUID subject, Purpose purpose, UUID grantee);

    /** The subjects that currently consent to a purpose (for ADVISOR: towards this grantee). */
    List<UUID> subjectsWith(Purpose purpose, UUID grantee);

    /** Every consent that holds now for a purpose (for read models rebuilt at start). */
    List<Consent> allCurrent(Purpose purpose);

    /** Many consents at once (generated markets), recorded as given by the subjects themselves. */
    void giveAll(List<Consent> consents, UUID actor);

    /** Withdraws everything the subject consented to (erasure). */
    void withdrawAll(UUID subject, UUID actor);
}
