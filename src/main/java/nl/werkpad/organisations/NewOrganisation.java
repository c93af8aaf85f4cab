package nl.werkpad.organisations;

import java.util.List;

/** An organisation to register, with at least one site. */
public record NewOrganisation(
        String kvkNumber,
        String name,
        OrganisationKind kind,
        String schoolLevel,
        String sbiSection,
        String website,
        List<NewSite> sites) {

    public record NewSite(String name, String municipality) {}
}
