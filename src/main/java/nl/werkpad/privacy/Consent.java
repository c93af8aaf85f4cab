package nl.werkpad.privacy;

import java.time.Instant;
import java.util.UUID;

/** A consent that holds now. {@code grantee} is the advisor's account for {@link Purpose#ADVISOR}, else null. */
public record Consent(UUID subjectId, Purpose purpose, UUID grantee, Instant since) {}
