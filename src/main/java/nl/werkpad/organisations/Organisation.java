package nl.werkpad.organisations;

import java.util.List;
import java.util.UUID;

/**
 * An organisation with its sites.
 *
 * @param kvkNumber   the 8-digit Chamber of Commerce number (null for bodies without one)
 * @param schoolLevel for schools: VMBO, MBO, HBO or WO
 * @param sbiSection  the SBI 2008 section letter (A–U) of its main activity
 */
public record Organisation(
        UUID id,
        String kvkNumber,
        String name,
        OrganisationKind kind,
        String schoolLevel,
        String sbiSection,
        String website,
        List<Site> sites) {

    /** A place where the organisation works. */
    public record Site(UUID id, String name, String municipality) {}
}
