package nl.werkpad.organisations.domain;

import java.util.ArrayList;
import java.util.List;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.shared.Decision;

/** What a new organisation must be: a KvK number of 8 digits when given, a name, a sensible kind and site. */
public final class OrganisationRules {

    private OrganisationRules() {}

    public static Decision kvkNumber(String kvk) {
        if (kvk == null || kvk.isBlank()) {
            return Decision.allowed();
        }
        return kvk.matches("[0-9]{8}")
                ? Decision.allowed()
                : Decision.rejected("organisation.kvk-invalid", "A KvK number has exactly 8 digits");
    }

    /** Every rule, so that a form can show all problems at once; empty when the organisation may be registered. */
    public static List<Decision.Rejected> check(NewOrganisation o) {
        List<Decision.Rejected> problems = new ArrayList<>();
        if (kvkNumber(o.kvkNumber()) instanceof Decision.Rejected rejected) {
            problems.add(rejected);
        }
        if (o.name() == null || o.name().isBlank() || o.name().length() > 200) {
            problems.add(
                    new Decision.Rejected("organisation.name-required", "A name of 1 to 200 characters is required"));
        }
        if (o.kind() == null) {
            problems.add(new Decision.Rejected("organisation.kind-required", "The kind of organisation is required"));
        }
        if (o.schoolLevel() != null && o.kind() != OrganisationKind.SCHOOL) {
            problems.add(new Decision.Rejected("organisation.level-for-schools", "Only schools have a school level"));
        }
        if (o.schoolLevel() != null && !o.schoolLevel().matches("VMBO|MBO|HBO|WO")) {
            problems.add(new Decision.Rejected("organisation.level-invalid", "School level is VMBO, MBO, HBO or WO"));
        }
        if (o.sbiSection() != null && !o.sbiSection().matches("[A-U]")) {
            problems.add(new Decision.Rejected("organisation.sbi-invalid", "An SBI section is one letter A to U"));
        }
        if (o.sites() == null || o.sites().isEmpty()) {
            problems.add(new Decision.Rejected(
                    "organisation.site-required", "At least one site (municipality) is required"));
        }
        return problems;
    }
}
