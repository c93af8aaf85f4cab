package nl.werkpad.vacancies.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Decision;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.OccupationDetails;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.domain.VacancyRules;
import nl.werkpad.vacancies.persistence.VacancyStore;
import org.springframework.stereotype.Component;

/**
 * Turns what an employer wrote into a checked skill profile: the rules of {@link VacancyRules}, the
 * organisation the writer acts for, a known occupation and municipality, and the skills — the
 * occupation's own unless the writer gave a list (ESCO ids or URIs, all of which must exist).
 */
@Component
class VacancyProfiles {

    private final Organisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;

    VacancyProfiles(Organisations organisations, Regions regions, Taxonomy taxonomy) {
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomy = taxonomy;
    }

    VacancyStore.Profile check(VacancyInput in, SignedInUser actor, LocalDate today) {
        InputCheck.of()
                .line("title", in.title(), Limits.TITLE)
                .text("description", in.description(), Limits.DESCRIPTION)
                .line("occupation", in.occupation(), Limits.CODE)
                .line("municipality", in.municipality(), Limits.CODE)
                .line("sector", in.sector(), Limits.CODE)
                .cents("salaryMinCents", in.salaryMinCents())
                .cents("salaryMaxCents", in.salaryMaxCents())
                .atMost("positions", in.positions(), 10_000)
                .line("requiredCertificate", in.requiredCertificate(), Limits.SHORT)
                .noNulls("essentialSkills", in.essentialSkills())
                .noNulls("optionalSkills", in.optionalSkills())
                .orThrow();
        List<Decision.Rejected> problems = VacancyRules.check(in, today);
        if (!problems.isEmpty()) {
            throw RuleViolation.of(
                    problems.getFirst().rule(), problems.getFirst().reason());
        }
        UUID organisation = organisations.writingFor(in.organisation(), actor);
        OccupationDetails occupation = taxonomy.occupation(in.occupation(), "en")
                .orElseThrow(() ->
                        RuleViolation.of("vacancy.occupation-unknown", "Unknown ESCO occupation " + in.occupation()));
        String municipality = regions.municipality(in.municipality())
                .map(m -> m.code())
                .orElseThrow(() ->
                        RuleViolation.of("vacancy.municipality-unknown", "Unknown municipality " + in.municipality()));
        List<String> essential = skills(in.essentialSkills(), occupation.essentialSkills());
        List<String> optional = skills(in.optionalSkills(), occupation.optionalSkills());
        if (essential.isEmpty() && optional.isEmpty()) {
            throw RuleViolation.of("vacancy.skills-required", "A vacancy asks for at least one skill");
        }
        return new VacancyStore.Profile(
                in,
                organisation,
                occupation.occupation().id(),
                municipality,
                in.status() == null ? VacancyStatus.DRAFT : in.status(),
                essential,
                optional);
    }

    private List<String> skills(List<String> given, List<SkillRef> fromOccupation) {
        if (given == null) {
            return fromOccupation.stream().map(SkillRef::id).toList();
        }
        Map<String, String> resolved = taxonomy.resolveSkills(given);
        List<String> unknown =
                given.stream().filter(g -> !resolved.containsKey(g)).toList();
        if (!unknown.isEmpty()) {
            throw RuleViolation.of("vacancy.skill-unknown", "Unknown ESCO skill(s): " + String.join(", ", unknown));
        }
        return new ArrayList<>(given.stream().map(resolved::get).distinct().toList());
    }
}
