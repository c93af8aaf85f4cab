package nl.werkpad.privacy;

import java.util.UUID;

/** A consent was given or withdrawn; read models that show people to others follow these. */
public record ConsentChanged(UUID subjectId, Purpose purpose, UUID grantee, boolean given) {}
