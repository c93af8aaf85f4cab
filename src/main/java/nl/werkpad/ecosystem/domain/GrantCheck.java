package nl.werkpad.ecosystem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.werkpad.shared.RuleCheck;
import org.jspecify.annotations.Nullable;

/**
 * The province's rules for campus subsidies (Uitvoeringsagenda A&amp;O 2021-2023, H4 "richtsnoer" and
 * "voorwaarden", Bijlage 1 "rolopvatting"): the applicant gives the facts, each rule says whether it passes
 * and why. Pure policy over the facts.
 */
public final class GrantCheck {

    public enum Scale {
        LOCAL,
        REGIONAL,
        PROVINCIAL
    }

    /** The campus conditions of H4, at least one of which a project must meet. */
    public enum CampusCondition {
        VMBO_MBO_HBO_PATHWAYS,
        COMPANY_INNOVATION_WITH_VOCATIONAL_EDUCATION,
        COMBINED_PRACTORATE_LECTORATE,
        LABOUR_MARKET_REGION_INSTRUMENTS,
        MANY_COMPANIES_CONNECTED,
        TRIPLE_HELIX_FINANCING,
        COMPANY_TRAINING_WITH_MBO,
        VMBO_CONNECTION,
        PRIMARY_AND_SECONDARY_SCHOOLS
    }

    public record Facts(
            boolean business,
            boolean education,
            boolean government,
            @Nullable Scale scale,
            boolean regularFundingPossible,
            boolean statutoryTask,
            boolean duplicatesExisting,
            boolean manifestSigned,
            boolean purposeCase,
            @Nullable Set<CampusCondition> conditions) {}

    private GrantCheck() {}

    public static List<RuleCheck> check(Facts f) {
        List<RuleCheck> checks = new ArrayList<>();
        boolean triple = f.business() && f.education() && f.government();
        checks.add(
                RuleCheck.of(
                        "grant.triple-helix",
                        triple,
                        true,
                        triple
                                ? "Government, education and business work together"
                                : "The province supports initiatives of government, education and business together (rolopvatting 2)"));
        checks.add(RuleCheck.of(
                "grant.scale",
                f.scale() != null && f.scale() != Scale.LOCAL,
                true,
                f.scale() == Scale.LOCAL
                        ? "Purely local projects get no support (rolopvatting 4)"
                        : "The project has a regional or provincial scale"));
        checks.add(RuleCheck.of(
                "grant.no-regular-funding",
                !f.regularFundingPossible(),
                true,
                f.regularFundingPossible()
                        ? "No subsidy where regular or earlier structural funding is or was possible (rolopvatting 5)"
                        : "No regular funding is possible"));
        checks.add(RuleCheck.of(
                "grant.no-statutory-task",
                !f.statutoryTask(),
                true,
                f.statutoryTask()
                        ? "Statutory tasks of the state or municipalities are not for the province (rolopvatting 3)"
                        : "Not a statutory task of the state or municipalities"));
        checks.add(RuleCheck.of(
                "grant.no-duplicate",
                !f.duplicatesExisting(),
                true,
                f.duplicatesExisting()
                        ? "A campus starts no initiatives that already exist in the region"
                        : "Nothing like it exists in the region"));
        checks.add(RuleCheck.of(
                "grant.manifest",
                f.manifestSigned(),
                true,
                f.manifestSigned()
                        ? "All parties endorse the manifest W&O 2030 NH"
                        : "All parties must endorse the manifest W&O 2030 NH"));
        checks.add(RuleCheck.of(
                "grant.purpose-case",
                f.purposeCase(),
                true,
                f.purposeCase()
                        ? "There is a purpose case in a development coalition"
                        : "Work with a purpose case in a development coalition"));
        int met = f.conditions() == null ? 0 : f.conditions().size();
        checks.add(RuleCheck.of(
                "grant.campus-condition",
                met >= 1,
                true,
                met >= 1
                        ? "Meets %d of the campus conditions (at least one needed)".formatted(met)
                        : "Meet at least one of the campus conditions",
                met));
        return checks;
    }
}
