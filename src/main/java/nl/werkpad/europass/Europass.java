package nl.werkpad.europass;

import java.util.UUID;
import nl.werkpad.access.SignedInUser;

/**
 * The passport as a Europass CV (docs/formats.md). A Europass CV coming in is a {@link nl.werkpad.passport.StructuredCvReader}:
 * uploaded where any CV is, it ends in the passport's own proposal and confirmation step.
 */
public interface Europass {

    /**
     * The person's passport as Europass XML; only for someone who may read it (the resident, their advisor with consent).
     */
    String export(UUID personId, SignedInUser viewer);
}
