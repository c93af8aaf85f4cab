package nl.werkpad.passport;

import java.util.UUID;

/** A passport was created, changed or erased; read models such as the matching index follow these. */
public record PassportChanged(UUID personId) {}
