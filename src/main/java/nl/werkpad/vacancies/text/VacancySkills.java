package nl.werkpad.vacancies.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.werkpad.extraction.Extraction;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.extraction.TextInput;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.domain.SkillsFromDescription;
import org.springframework.stereotype.Component;

/**
 * Skills (and an occupation) from a vacancy text, for the API, the CSV import and the employer's form: the
 * extraction reads, {@link SkillsFromDescription} decides which skills are essential and which optional.
 */
@Component
public class VacancySkills {

    /** A derived skill with the words it came from, as the API and the form show it. */
    public record Derived(SkillRef skill, String relation, double score, List<Words> evidence) {}

    public record Words(int start, int end, String text, String how) {}

    private static final int READ = 40;

    private final SkillExtraction extraction;

    VacancySkills(SkillExtraction extraction) {
        this.extraction = extraction;
    }

    /** Skills the text asks for; empty when it names none clearly enough (or is no text at all). */
    public List<Derived> fromDescription(String description) {
        return read(description)
                .map(found -> {
                    SkillsFromDescription.Derived derived = SkillsFromDescription.of(found);
                    return Stream.concat(
                                    derived.essential().stream().map(s -> derived(s, "essential")),
                                    derived.optional().stream().map(s -> derived(s, "optional")))
                            .toList();
                })
                .orElse(List.of());
    }

    /** The occupation a vacancy title (or, failing that, its text) names best. */
    public Optional<OccupationRef> occupation(String title, String description) {
        return read(title)
                .flatMap(found -> found.occupations().stream().findFirst().map(Extraction.FoundOccupation::occupation))
                .or(() -> read(description)
                        .flatMap(found ->
                                found.occupations().stream().findFirst().map(Extraction.FoundOccupation::occupation)));
    }

    /** The input with derived skills when it has a description and no skills of its own; else as it was. */
    public Optional<VacancyInput> withDerivedSkills(VacancyInput in, List<Derived> derived) {
        if (derived.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VacancyInput(
                in.organisation(),
                in.title(),
                in.description(),
                in.occupation(),
                in.municipality(),
                in.kind(),
                in.hoursPerWeek(),
                in.contractType(),
                in.sector(),
                in.salaryMinCents(),
                in.salaryMaxCents(),
                in.closingDate(),
                in.positions(),
                in.requiredCertificate(),
                in.status(),
                derived.stream()
                        .filter(d -> d.relation().equals("essential"))
                        .map(d -> d.skill().id())
                        .toList(),
                derived.stream()
                        .filter(d -> d.relation().equals("optional"))
                        .map(d -> d.skill().id())
                        .toList()));
    }

    /** True when the input leaves its skills to be found: a description and neither essential nor optional skills. */
    public static boolean asksForDerivation(VacancyInput in) {
        return in.description() != null
                && !in.description().isBlank()
                && (in.essentialSkills() == null || in.essentialSkills().isEmpty())
                && (in.optionalSkills() == null || in.optionalSkills().isEmpty());
    }

    private Optional<Extraction> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(extraction.extract(TextInput.checked("description", text, null, READ)));
        } catch (InvalidInput e) {
            // a text that cannot be read gives nothing to derive; the vacancy's own rules judge the field itself
            return Optional.empty();
        }
    }

    private static Derived derived(Extraction.FoundSkill s, String relation) {
        return new Derived(
                s.skill(),
                relation,
                s.score(),
                s.evidence().stream()
                        .map(e -> new Words(
                                e.start(),
                                e.end(),
                                e.text(),
                                e.how().name().toLowerCase(Locale.ROOT).replace('_', '-')))
                        .toList());
    }
}
